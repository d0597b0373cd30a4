using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;

namespace CaseDesk.Core.Consents;

/// <summary>
/// Which letters share the complainant's personal data with a third party, and whether the consent for that recipient
/// is currently given. Letters to the complainant (receipt, closure notice), to the respondent within the complaint
/// (invitations) and the minutes of a meeting the parties attended are part of handling the complaint itself; the
/// referral (to the police, Disnaker, KBRI/KJRI or the ministry) and the repatriation notice (to the home regency's
/// Disnaker) hand the case to another agency and need the complainant's consent for that agency.
/// </summary>
public static class ConsentRules
{
    /// <summary>The consent a letter of <paramref name="type"/> needs; null when it shares nothing with a third party.</summary>
    public static ConsentPurpose? SharingPurpose(LetterType type, ReferralTarget? target) => type switch
    {
        LetterType.Referral => target switch
        {
            ReferralTarget.Police => ConsentPurpose.SharingPolice,
            ReferralTarget.Disnaker => ConsentPurpose.SharingDisnaker,
            ReferralTarget.Representation => ConsentPurpose.SharingRepresentation,
            ReferralTarget.MinistryDirectorate => ConsentPurpose.SharingMinistry,
            _ => null,
        },
        LetterType.RepatriationNotice => ConsentPurpose.SharingDisnaker,
        _ => null,
    };

    /// <summary>
    /// Why the letter cannot be issued for lack of consent (localized: which consent is missing or since when it is
    /// withdrawn); null when the letter needs none or the consent is currently given.
    /// </summary>
    public static string? Refusal(LetterType type, ReferralTarget? target, CaseConsents consents)
    {
        ArgumentNullException.ThrowIfNull(consents);
        if (SharingPurpose(type, target) is not { } purpose)
        {
            return null;
        }

        var letter = ConsentText.Get($"Letter_{type}");
        return consents.Current(purpose) switch
        {
            { Decision: ConsentDecision.Given } => null,
            { Decision: ConsentDecision.Withdrawn } withdrawn => ConsentText.Format("Refusal_Withdrawn",
                ConsentText.Recipient(purpose), ConsentText.Date(withdrawn.DecidedOn), letter),
            _ => ConsentText.Format("Refusal_Missing", ConsentText.Recipient(purpose), letter),
        };
    }

    /// <summary>Who may record consents: the staff who handle cases (not an administrator by that role alone).</summary>
    public static bool MayRecord(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Roles.Contains(Roles.Officer) || actor.Roles.Contains(Roles.Supervisor)
            || actor.Roles.Contains(Roles.Head);
    }

    /// <summary>The consent section of the intake form; messages are keyed by <see cref="CaseInput"/> members.</summary>
    public static IReadOnlyList<FieldError> ValidateIntake(CaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (input.ConsentsGiven.Any(p => !Enum.IsDefined(p)))
        {
            errors.Add(new FieldError(nameof(CaseInput.ConsentsGiven), ConsentText.Get("Invalid_PurposeRequired")));
        }

        if (input.ConsentsGiven.Count > 0 && input.ConsentMethod is null)
        {
            errors.Add(new FieldError(nameof(CaseInput.ConsentMethod), ConsentText.Get("Invalid_MethodRequired")));
        }
        else if (input.ConsentMethod is { } chosen && !Enum.IsDefined(chosen))
        {
            errors.Add(new FieldError(nameof(CaseInput.ConsentMethod), ConsentText.Get("Invalid_MethodRequired")));
        }

        return errors;
    }

    /// <summary>A consent or withdrawal recorded on an existing case; <paramref name="today"/> is the office date.</summary>
    internal static IReadOnlyList<string> Validate(ConsentInput input, DateOnly today, ConsentEntry? current)
    {
        var errors = new List<string>();
        void Require(bool condition, string key)
        {
            if (!condition)
            {
                errors.Add(ConsentText.Get(key));
            }
        }

        Require(input.Purpose is { } purpose && Enum.IsDefined(purpose), "Invalid_PurposeRequired");
        Require(input.Decision is { } decision && Enum.IsDefined(decision), "Invalid_DecisionRequired");
        Require(input.Method is { } method && Enum.IsDefined(method), "Invalid_MethodRequired");
        Require(input.DecidedOn is not null, "Invalid_DateRequired");
        Require(input.DecidedOn is null || input.DecidedOn <= today, "Invalid_DateInFuture");
        if (input.Note is { } note && note.Trim().Length > ConsentRecord.NoteMaxLength)
        {
            errors.Add(ConsentText.Format("Invalid_NoteTooLong", ConsentRecord.NoteMaxLength));
        }

        if (input.Decision == ConsentDecision.Withdrawn && current is not { Decision: ConsentDecision.Given })
        {
            errors.Add(ConsentText.Get("Invalid_NothingToWithdraw"));
        }

        // The latest record is the current state: an earlier date would make the history contradict it.
        if (current is not null && input.DecidedOn is { } date && date < current.DecidedOn)
        {
            errors.Add(ConsentText.Format("Invalid_DateBeforeLatest", ConsentText.Date(current.DecidedOn)));
        }

        return errors;
    }
}
