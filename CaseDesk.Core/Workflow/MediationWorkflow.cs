using CaseDesk.Core.Cases;
using Stateless.Reflection;
using CaseMachine = Stateless.StateMachine<CaseDesk.Core.Cases.CaseStatus, CaseDesk.Core.Workflow.CaseTrigger>;

namespace CaseDesk.Core.Workflow;

/// <summary>
/// A mediation case, opened directly between the worker or family and a P3MI or employer: it starts at
/// verification. Complaints follow the same steps once verified (<see cref="ComplaintWorkflow"/>).
/// </summary>
internal static class MediationWorkflow
{
    private static readonly DynamicStateInfos MediationBySector = new()
    {
        { CaseStatus.Mediation, "other sectors" },
        { CaseStatus.MediationViaRepresentation, "individual employer" },
    };

    public static void Configure(CaseMachine m, Case c)
    {
        m.Configure(CaseStatus.Verification)
            .PermitDynamicIf(CaseTrigger.StartMediation, () => MediationState(c), "by sector", MediationBySector,
                Guards.IdentityVerified.On(c),
                Guards.PlacementCompanyRecorded.On(c),
                Guards.EmployerAndRepresentationRecorded.On(c),
                Guards.RespondentRecorded.On(c))
            .Permit(CaseTrigger.Refer, CaseStatus.Referred);

        // Agreement and failure are configured once here; mediation through KBRI/KJRI inherits them.
        m.Configure(CaseStatus.Mediation)
            .Permit(CaseTrigger.RecordAgreement, CaseStatus.Resolved)
            .Permit(CaseTrigger.RecordMediationFailure, CaseStatus.Referred);

        m.Configure(CaseStatus.MediationViaRepresentation)
            .SubstateOf(CaseStatus.Mediation);

        m.Configure(CaseStatus.Resolved)
            .PermitIf(CaseTrigger.Close, CaseStatus.Closed, Guards.MediationAgreementRecorded.On(c));

        m.Configure(CaseStatus.Referred)
            .PermitIf(CaseTrigger.Close, CaseStatus.Closed, Guards.ReferralTargetRecorded.On(c));
    }

    // An individual employer has no P3MI to summon: the embassy or consulate mediates instead.
    private static CaseStatus MediationState(Case c) =>
        c.Sector == Sector.IndividualEmployer ? CaseStatus.MediationViaRepresentation : CaseStatus.Mediation;
}
