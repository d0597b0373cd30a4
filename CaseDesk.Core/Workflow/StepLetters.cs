using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;

namespace CaseDesk.Core.Workflow;

/// <summary>The letter each workflow step offers to issue with it (in the step's transaction), in one place.</summary>
public static class StepLetters
{
    /// <summary>
    /// The letter <paramref name="trigger"/> offers for <paramref name="c"/>, or null. The repatriation notice goes with
    /// the arrival: it asks the home regency to receive the worker, so it comes before the hand-over it announces.
    /// </summary>
    public static LetterType? For(CaseTrigger trigger, Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return trigger switch
        {
            // A clarification needs someone to invite; a repatriation's verification has no respondent.
            CaseTrigger.StartVerification when c.Kind != CaseKind.Repatriation && LetterRules.HasRespondent(c) =>
                LetterType.ClarificationInvitation,
            CaseTrigger.StartMediation => LetterType.MediationInvitation,
            CaseTrigger.RecordAgreement or CaseTrigger.RecordMediationFailure => LetterType.MediationMinutes,
            CaseTrigger.Refer => LetterType.Referral,
            CaseTrigger.RecordArrival => LetterType.RepatriationNotice,
            CaseTrigger.Close or CaseTrigger.CloseAdministratively => LetterType.ClosureNotice,
            _ => null,
        };
    }
}
