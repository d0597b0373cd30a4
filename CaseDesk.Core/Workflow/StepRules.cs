using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;

namespace CaseDesk.Core.Workflow;

/// <summary>What each step asks for, how its input is validated and how it is written onto the case.</summary>
internal static class StepRules
{
    // Column limits of CaseConfiguration: SQLite does not enforce them, so the step does.
    private const int NoteMax = 4000;
    private const int TermsMax = 4000;
    private const int ReferralDetailMax = 1000;
    private const int ArrivalPointMax = 150;
    private const int HandedOverToMax = 200;

    public static StepData DataFor(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.RecordAgreement => StepData.Agreement,
        CaseTrigger.RecordMediationFailure => StepData.MediationFailure,
        CaseTrigger.Refer => StepData.Referral,
        CaseTrigger.Reject => StepData.Rejection,
        CaseTrigger.RecordArrival => StepData.Arrival,
        CaseTrigger.HandOver => StepData.HandOver,
        CaseTrigger.Withdraw or CaseTrigger.Reopen => StepData.Reason,
        CaseTrigger.CloseAdministratively => StepData.AdministrativeClosure,
        _ => StepData.None,
    };

    /// <summary>Steps the page confirms first: they end the case for good (only a supervisor can reopen).</summary>
    public static bool IsIrreversible(CaseTrigger trigger) =>
        trigger is CaseTrigger.Reject or CaseTrigger.Withdraw or CaseTrigger.Close or CaseTrigger.CloseAdministratively;

    /// <summary>Localized messages, empty when the input is valid for the step.</summary>
    public static IReadOnlyList<string> Validate(CaseTrigger trigger, StepInput input, DateTime nowUtc)
    {
        var errors = new List<string>();
        void Require(bool condition, string key)
        {
            if (!condition)
            {
                errors.Add(WorkflowText.Get(key));
            }
        }

        void MaxLength(string? value, int max)
        {
            if (value is not null && value.Trim().Length > max)
            {
                errors.Add(string.Format(System.Globalization.CultureInfo.CurrentUICulture,
                    WorkflowText.Get("Invalid_TooLong"), max));
            }
        }

        MaxLength(input.Note, NoteMax);
        switch (DataFor(trigger))
        {
            case StepData.Agreement:
                Require(Filled(input.MediationTerms), "Invalid_TermsRequired");
                MaxLength(input.MediationTerms, TermsMax);
                Require(input.SettlementAmount is null or >= 0, "Invalid_SettlementNegative");
                break;
            case StepData.MediationFailure:
            case StepData.Referral:
                Require(input.ReferralTarget is { } target && Enum.IsDefined(target), "Invalid_ReferralTargetRequired");
                MaxLength(input.ReferralDetail, ReferralDetailMax);
                break;
            case StepData.Rejection:
                Require(input.RejectionReason is { } reason && Enum.IsDefined(reason), "Invalid_RejectionReasonRequired");
                break;
            case StepData.Arrival:
                Require(input.ArrivalAtUtc is not null, "Invalid_ArrivalRequired");
                Require(input.ArrivalAtUtc is null || ToUtc(input.ArrivalAtUtc.Value) <= nowUtc, "Invalid_ArrivalInFuture");
                Require(Filled(input.ArrivalPoint), "Invalid_ArrivalPointRequired");
                MaxLength(input.ArrivalPoint, ArrivalPointMax);
                break;
            case StepData.HandOver:
                Require(Filled(input.HandedOverTo), "Invalid_HandedOverToRequired");
                MaxLength(input.HandedOverTo, HandedOverToMax);
                break;
            case StepData.Reason:
                Require(Filled(input.Note), "Invalid_ReasonRequired");
                break;
            case StepData.AdministrativeClosure:
                Require(input.ClosureReason is { } ground && Enum.IsDefined(ground), "Invalid_ClosureReasonRequired");
                break;
            case StepData.None:
                break;
        }

        return errors;
    }

    /// <summary>Writes the step's data onto the case; call only with input that passed <see cref="Validate"/>.</summary>
    public static void Apply(Case c, CaseTrigger trigger, StepInput input)
    {
        switch (DataFor(trigger))
        {
            case StepData.Agreement:
                c.MediationOutcome = MediationOutcome.Agreement;
                c.SettlementAmount = input.SettlementAmount;
                c.MediationTerms = input.MediationTerms!.Trim();
                break;
            case StepData.MediationFailure:
                c.MediationOutcome = MediationOutcome.Failed;
                c.SettlementAmount = null;
                c.ReferralTarget = input.ReferralTarget;
                c.ReferralDetail = Clean(input.ReferralDetail);
                break;
            case StepData.Referral:
                c.ReferralTarget = input.ReferralTarget;
                c.ReferralDetail = Clean(input.ReferralDetail);
                break;
            case StepData.Rejection:
                c.RejectionReason = input.RejectionReason;
                break;
            case StepData.Arrival:
                c.ArrivalAtUtc = ToUtc(input.ArrivalAtUtc!.Value);
                c.ArrivalPoint = input.ArrivalPoint!.Trim();
                break;
            case StepData.HandOver:
                c.HandedOverTo = input.HandedOverTo!.Trim();
                break;
            case StepData.AdministrativeClosure:
                c.AdministrativeClosureReason = input.ClosureReason;
                break;
            case StepData.Reason:
            case StepData.None:
                break;
        }
    }

    /// <summary>What the step recorded, for its timeline event (only the members its <see cref="StepData"/> names).</summary>
    public static StepFacts Facts(CaseTrigger trigger, StepInput input) => DataFor(trigger) switch
    {
        StepData.Agreement => new()
        {
            SettlementAmount = input.SettlementAmount,
            MediationTerms = Clean(input.MediationTerms),
        },
        StepData.MediationFailure or StepData.Referral => new()
        {
            ReferralTarget = input.ReferralTarget,
            ReferralDetail = Clean(input.ReferralDetail),
        },
        StepData.Rejection => new() { RejectionReason = input.RejectionReason },
        StepData.Arrival => new()
        {
            ArrivalAtUtc = input.ArrivalAtUtc is { } at ? ToUtc(at) : null,
            ArrivalPoint = Clean(input.ArrivalPoint),
        },
        StepData.HandOver => new() { HandedOverTo = Clean(input.HandedOverTo) },
        StepData.AdministrativeClosure when input.ClosureReason is { } ground => new()
        {
            ClosureReason = ground,
            ClosureCode = AdministrativeClosureReasons.Code(ground),
        },
        _ => new(),
    };

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
