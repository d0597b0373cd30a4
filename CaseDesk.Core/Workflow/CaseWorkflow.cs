using CaseDesk.Core.Accounts;
using CaseDesk.Core.Approvals;
using CaseDesk.Core.Cases;
using Stateless.Graph;
using CaseMachine = Stateless.StateMachine<CaseDesk.Core.Cases.CaseStatus, CaseDesk.Core.Workflow.CaseTrigger>;

namespace CaseDesk.Core.Workflow;

/// <summary>Binds a Stateless machine to one case for one operation (never cached: Stateless is not thread-safe).</summary>
public sealed class CaseWorkflow
{
    /// <summary>Forward steps first, then the ones that end or undo the case.</summary>
    private static readonly CaseTrigger[] DisplayOrder =
    [
        CaseTrigger.StartVerification,
        CaseTrigger.StartMediation,
        CaseTrigger.RecordAgreement,
        CaseTrigger.RecordMediationFailure,
        CaseTrigger.Refer,
        CaseTrigger.StartCoordination,
        CaseTrigger.RecordArrival,
        CaseTrigger.HandOver,
        CaseTrigger.Close,
        CaseTrigger.Reopen,
        CaseTrigger.Reject,
        CaseTrigger.Withdraw,
    ];

    /// <summary>
    /// The status a new case of this kind starts in: a mediation case is opened on an already identified dispute, so
    /// it starts at verification; complaints and repatriations start at intake.
    /// </summary>
    public static CaseStatus InitialStatus(CaseKind kind) =>
        kind == CaseKind.Mediation ? CaseStatus.Verification : CaseStatus.Intake;

    /// <summary>Every step of the case's current state, enabled or not, in a stable display order.</summary>
    public static IReadOnlyList<WorkflowStep> GetSteps(Case c, Actor actor)
    {
        var machine = Build(c, actor);
        var steps = new List<WorkflowStep>();
        foreach (var trigger in DisplayOrder)
        {
            // CanFire reports no unmet guards (null) for a trigger the state does not have at all.
            var enabled = machine.CanFire(trigger, out var unmet);
            if (!enabled && unmet is not { Count: > 0 })
            {
                continue; // not a step of this state at all
            }

            var needsApproval = ApprovalRules.NeedsApproval(trigger, actor);
            steps.Add(new WorkflowStep(trigger,
                needsApproval ? ApprovalText.RequestLabel(trigger) : WorkflowText.Trigger(trigger), enabled,
                unmet?.Select(Guards.Localize).ToList() ?? [], StepRules.IsIrreversible(trigger), StepRules.DataFor(trigger),
                StepLetters.For(trigger, c), needsApproval));
        }

        return steps;
    }

    /// <summary>The Mermaid state diagram of one kind, exported from the machine definition.</summary>
    public static string MermaidDiagram(CaseKind kind)
    {
        // Guards are never evaluated for a diagram, so a placeholder case is enough.
        var placeholder = new Case
        {
            ReferenceNumber = "-",
            Kind = kind,
            Status = InitialStatus(kind),
            Sector = Sector.Formal,
            WorkerName = "-",
            WorkerSex = Sex.Female,
            HomeRegencyCode = "-",
            Category = ComplaintCategory.Other,
            Channel = IntakeChannel.WalkIn,
            Narrative = "-",
        };
        return MermaidGraph.Format(Build(placeholder, Actor.System).GetInfo());
    }

    /// <summary>A machine whose state is the case's <see cref="Case.Status"/>: firing it assigns the entity.</summary>
    internal static CaseMachine Build(Case c, Actor actor)
    {
        var machine = new CaseMachine(() => c.Status, s => c.Status = s);
        switch (c.Kind)
        {
            case CaseKind.Complaint:
                ComplaintWorkflow.Configure(machine, c);
                break;
            case CaseKind.Mediation:
                MediationWorkflow.Configure(machine, c);
                break;
            case CaseKind.Repatriation:
                RepatriationWorkflow.Configure(machine, c);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(c), c.Kind, "unknown case kind");
        }

        ConfigureShared(machine, actor);
        return machine;
    }

    /// <summary>Steps every kind shares, added once to whichever states the kind's own definition uses.</summary>
    private static void ConfigureShared(CaseMachine machine, Actor actor)
    {
        var states = machine.GetInfo().States.ToList();
        var used = states.Select(s => (CaseStatus)s.UnderlyingState).ToHashSet();

        foreach (var state in new[] { CaseStatus.Intake, CaseStatus.Verification }.Where(used.Contains))
        {
            machine.Configure(state).Permit(CaseTrigger.Reject, CaseStatus.Rejected);
        }

        // Substates inherit withdrawal and administrative closure from their superstate. An administrative closure
        // (Perban 6/2024 Ps 30) is made by a supervisor confirming the system's proposal; it is not in DisplayOrder,
        // so never offered as a step on the case page.
        foreach (var state in states.Where(s => s.Superstate is null).Select(s => (CaseStatus)s.UnderlyingState)
                     .Where(Case.IsOpenStatus).Order())
        {
            machine.Configure(state)
                .Permit(CaseTrigger.Withdraw, CaseStatus.Withdrawn)
                .PermitIf(CaseTrigger.CloseAdministratively, CaseStatus.Closed, Guards.Supervisor.On(actor));
        }

        if (used.Contains(CaseStatus.Closed))
        {
            machine.Configure(CaseStatus.Closed)
                .PermitIf(CaseTrigger.Reopen, CaseStatus.Verification, Guards.Supervisor.On(actor));
        }
    }
}
