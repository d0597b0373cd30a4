using CaseDesk.Core.Cases;
using CaseMachine = Stateless.StateMachine<CaseDesk.Core.Cases.CaseStatus, CaseDesk.Core.Workflow.CaseTrigger>;

namespace CaseDesk.Core.Workflow;

/// <summary>
/// A complaint (pengaduan): received, verified, then mediated or referred (advocacy) exactly like a mediation case.
/// Reject, withdraw and reopen are shared by every kind (<see cref="CaseWorkflow"/>).
/// </summary>
internal static class ComplaintWorkflow
{
    public static void Configure(CaseMachine m, Case c)
    {
        m.Configure(CaseStatus.Intake)
            .Permit(CaseTrigger.StartVerification, CaseStatus.Verification);

        // Verification → Mediation | MediationViaRepresentation | Referred → Resolved | Referred → Closed.
        MediationWorkflow.Configure(m, c);
    }
}
