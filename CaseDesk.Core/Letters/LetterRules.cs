using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Letters;

/// <summary>Which letter fits which case, and what the officer's additions must hold. Messages are localized.</summary>
internal static class LetterRules
{
    // Column-free limits: the details live inside the snapshot JSON, so these keep letters printable.
    public const int NameMax = 200;
    public const int LineMax = 200;
    public const int AddressLinesMax = 6;
    public const int CarbonCopiesMax = 12;
    public const int RemarksMax = 2000;
    public const int CancelReasonMax = 1000;

    /// <summary>Invitations call a meeting: date, time and place are required.</summary>
    public static bool CallsMeeting(LetterType type) =>
        type is LetterType.ClarificationInvitation or LetterType.MediationInvitation;

    /// <summary>Why the letter type does not fit the case as it stands; empty when it fits.</summary>
    public static IReadOnlyList<string> Unfit(LetterType type, Case c)
    {
        if (!Enum.IsDefined(type))
        {
            return [LetterText.Get("Invalid_TypeUnknown")];
        }

        var reasons = new List<string>();
        void Unless(bool condition, string reasonKey)
        {
            if (!condition)
            {
                reasons.Add(reasonKey);
            }
        }

        switch (type)
        {
            case LetterType.ComplaintReceipt:
                break;
            case LetterType.ClarificationInvitation:
                Unless(c.Kind != CaseKind.Repatriation, "Reason_RepatriationCase");
                Unless(c.IsOpen, "Reason_CaseEnded");
                Unless(HasRespondent(c), "Reason_RespondentMissing");
                break;
            case LetterType.MediationInvitation:
                if (c.Kind == CaseKind.Repatriation)
                {
                    reasons.Add("Reason_RepatriationCase");
                    break;
                }

                Unless(c.Status is CaseStatus.Mediation or CaseStatus.MediationViaRepresentation, "Reason_NotInMediation");
                Unless(HasRespondent(c), "Reason_RespondentMissing");
                break;
            case LetterType.MediationMinutes:
                Unless(c.MediationOutcome is not null, "Reason_NoMediationOutcome");
                break;
            case LetterType.Referral:
                Unless(c.ReferralTarget is not null, "Reason_NoReferral");
                break;
            case LetterType.RepatriationNotice:
                if (c.Kind != CaseKind.Repatriation)
                {
                    reasons.Add("Reason_NotRepatriation");
                    break;
                }

                Unless(c.ArrivalAtUtc is not null, "Reason_NoArrival");
                break;
            case LetterType.ClosureNotice:
                Unless(c.Status == CaseStatus.Closed, "Reason_NotClosed");
                break;
        }

        return reasons.Select(key => LetterText.Format("Invalid_NotFit", LetterText.Label(type), LetterText.Get(key)))
            .ToList();
    }

    /// <summary>The officer's additions for this letter type; <paramref name="issueDate"/> is today in WITA.</summary>
    public static IReadOnlyList<string> Validate(LetterType type, LetterDetails details, DateOnly issueDate)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new List<string>();
        void Require(bool condition, string key)
        {
            if (!condition)
            {
                errors.Add(LetterText.Get(key));
            }
        }

        void MaxLength(string? value, int max, string fieldKey)
        {
            if (value is not null && value.Trim().Length > max)
            {
                errors.Add(LetterText.Format("Invalid_TooLong", LetterText.Get(fieldKey), max));
            }
        }

        void Lines(IReadOnlyList<string>? lines, int maxLines, string fieldKey)
        {
            var filled = Filled(lines);
            if (filled.Count > maxLines)
            {
                errors.Add(LetterText.Format("Invalid_TooManyLines", LetterText.Get(fieldKey), maxLines));
            }

            if (filled.Any(l => l.Length > LineMax))
            {
                errors.Add(LetterText.Format("Invalid_TooLong", LetterText.Get(fieldKey), LineMax));
            }
        }

        if (CallsMeeting(type))
        {
            Require(details.MeetingDate is not null, "Invalid_MeetingDateRequired");
            Require(details.MeetingDate is null || details.MeetingDate >= issueDate, "Invalid_MeetingDateInPast");
            Require(details.MeetingTime is not null, "Invalid_MeetingTimeRequired");
            Require(!string.IsNullOrWhiteSpace(details.MeetingPlace), "Invalid_MeetingPlaceRequired");
            MaxLength(details.MeetingPlace, LineMax, "Detail_MeetingPlace");
        }

        MaxLength(details.AddresseeName, NameMax, "Detail_AddresseeName");
        Lines(details.AddresseeAddress, AddressLinesMax, "Detail_AddresseeAddress");
        Lines(details.CarbonCopies, CarbonCopiesMax, "Detail_CarbonCopies");
        MaxLength(details.Remarks, RemarksMax, "Detail_Remarks");
        return errors;
    }

    /// <summary>The placement company, else the employer.</summary>
    public static string? Respondent(Case c) => Clean(c.PlacementCompanyName) ?? Clean(c.EmployerName);

    public static bool HasRespondent(Case c) => Respondent(c) is not null;

    /// <summary>Trimmed non-blank lines.</summary>
    public static IReadOnlyList<string> Filled(IReadOnlyList<string>? lines) =>
        lines is null ? [] : lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
