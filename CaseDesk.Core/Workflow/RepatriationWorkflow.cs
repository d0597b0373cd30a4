using CaseDesk.Core.Cases;
using CaseMachine = Stateless.StateMachine<CaseDesk.Core.Cases.CaseStatus, CaseDesk.Core.Workflow.CaseTrigger>;

namespace CaseDesk.Core.Workflow;

/// <summary>
/// A repatriation (pemulangan): deported, sick or stranded workers and the remains of deceased workers, coordinated
/// with KBRI/KJRI, the airline and the transit office, received at the debarkation point and handed over to the
/// family or district government.
/// </summary>
internal static class RepatriationWorkflow
{
    public static void Configure(CaseMachine m, Case c)
    {
        m.Configure(CaseStatus.Intake)
            .Permit(CaseTrigger.StartVerification, CaseStatus.Verification);

        m.Configure(CaseStatus.Verification)
            .PermitIf(CaseTrigger.StartCoordination, CaseStatus.Coordinating,
                Guards.IdentityVerified.On(c),
                Guards.DestinationCountryRecorded.On(c));

        m.Configure(CaseStatus.Coordinating)
            .Permit(CaseTrigger.RecordArrival, CaseStatus.Arrived);

        m.Configure(CaseStatus.Arrived)
            .PermitIf(CaseTrigger.HandOver, CaseStatus.HandedOver, Guards.ArrivalRecorded.On(c));

        m.Configure(CaseStatus.HandedOver)
            .Permit(CaseTrigger.Close, CaseStatus.Closed);
    }
}
