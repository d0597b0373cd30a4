using CaseDesk.Core.Cases;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using static CaseDesk.Core.Cases.CaseStatus;
using static CaseDesk.Core.Workflow.CaseTrigger;

namespace CaseDesk.Tests.Workflow;

/// <summary>The table of states and steps per kind: every permitted step and, by omission, every forbidden one.</summary>
public sealed class WorkflowDefinitionTests
{
    private static readonly Dictionary<CaseStatus, (CaseTrigger Trigger, CaseStatus To)[]> MediationTable = new()
    {
        [Verification] = [(StartMediation, Mediation), (Refer, Referred), (Reject, Rejected), (Withdraw, Withdrawn)],
        [Mediation] = [(RecordAgreement, Resolved), (RecordMediationFailure, Referred), (Withdraw, Withdrawn)],
        [MediationViaRepresentation] =
            [(RecordAgreement, Resolved), (RecordMediationFailure, Referred), (Withdraw, Withdrawn)],
        [Resolved] = [(Close, Closed), (Withdraw, Withdrawn)],
        [Referred] = [(Close, Closed), (Withdraw, Withdrawn)],
        [Closed] = [(Reopen, Verification)],
    };

    private static readonly Dictionary<CaseKind, Dictionary<CaseStatus, (CaseTrigger Trigger, CaseStatus To)[]>> Tables =
        new()
        {
            [CaseKind.Complaint] = new(MediationTable)
            {
                [Intake] = [(StartVerification, Verification), (Reject, Rejected), (Withdraw, Withdrawn)],
            },
            [CaseKind.Mediation] = MediationTable,
            [CaseKind.Repatriation] = new()
            {
                [Intake] = [(StartVerification, Verification), (Reject, Rejected), (Withdraw, Withdrawn)],
                [Verification] = [(StartCoordination, Coordinating), (Reject, Rejected), (Withdraw, Withdrawn)],
                [Coordinating] = [(RecordArrival, Arrived), (Withdraw, Withdrawn)],
                [Arrived] = [(HandOver, HandedOver), (Withdraw, Withdrawn)],
                [HandedOver] = [(Close, Closed), (Withdraw, Withdrawn)],
                [Closed] = [(Reopen, Verification)],
            },
        };

    public static TheoryData<CaseKind, CaseStatus> EveryKindAndStatus()
    {
        var data = new TheoryData<CaseKind, CaseStatus>();
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            foreach (var status in Enum.GetValues<CaseStatus>())
            {
                data.Add(kind, status);
            }
        }

        return data;
    }

    private static (CaseTrigger Trigger, CaseStatus To)[] Expected(CaseKind kind, CaseStatus status) =>
        Tables[kind].TryGetValue(status, out var steps) ? steps : [];

    /// <summary>The table's steps plus the administrative closure (Perban 6/2024 Ps 30), which every open state of
    /// the kind permits a supervisor but the case page never offers as a step.</summary>
    private static (CaseTrigger Trigger, CaseStatus To)[] ExpectedFireable(CaseKind kind, CaseStatus status) =>
        Tables[kind].ContainsKey(status) && Case.IsOpenStatus(status)
            ? [.. Expected(kind, status), (CloseAdministratively, Closed)]
            : Expected(kind, status);

    [Theory]
    [MemberData(nameof(EveryKindAndStatus))]
    public void GetSteps_EveryKindAndStatus_OffersExactlyTheTableSteps(CaseKind kind, CaseStatus status)
    {
        var steps = CaseWorkflow.GetSteps(WorkflowFixtures.Complete(kind, status), WorkflowFixtures.Supervisor);

        Assert.Equal(Expected(kind, status).Select(s => s.Trigger).Order(), steps.Select(s => s.Trigger).Order());
        Assert.All(steps, s => Assert.True(s.Enabled, $"{s.Trigger} disabled: {string.Join(", ", s.UnmetGuards)}"));
        Assert.All(steps, s => Assert.Empty(s.UnmetGuards));
    }

    [Theory]
    [MemberData(nameof(EveryKindAndStatus))]
    public void Fire_EveryKindStatusAndTrigger_MovesToTheTableStateOrIsRefused(CaseKind kind, CaseStatus status)
    {
        var expected = ExpectedFireable(kind, status).ToDictionary(s => s.Trigger, s => s.To);
        foreach (var trigger in Enum.GetValues<CaseTrigger>())
        {
            var c = WorkflowFixtures.Complete(kind, status);
            var machine = CaseWorkflow.Build(c, WorkflowFixtures.Supervisor);

            Assert.Equal(expected.ContainsKey(trigger), machine.CanFire(trigger));
            if (expected.TryGetValue(trigger, out var to))
            {
                machine.Fire(trigger);
                Assert.Equal(to, c.Status);
            }
            else
            {
                Assert.Throws<InvalidOperationException>(() => machine.Fire(trigger));
                Assert.Equal(status, c.Status);
            }
        }
    }

    [Theory]
    [InlineData(CaseKind.Complaint, Intake)]
    [InlineData(CaseKind.Mediation, Verification)]
    [InlineData(CaseKind.Repatriation, Intake)]
    public void InitialStatus_EachKind_IsWhereItsWorkflowStarts(CaseKind kind, CaseStatus expected) =>
        Assert.Equal(expected, CaseWorkflow.InitialStatus(kind));

    [Theory]
    [MemberData(nameof(EveryKindAndStatus))]
    public void CloseAdministratively_OpenStates_PermittedToSupervisorsOnlyAndNeverAStep(CaseKind kind, CaseStatus status)
    {
        var c = WorkflowFixtures.Complete(kind, status);
        var open = Tables[kind].ContainsKey(status) && Case.IsOpenStatus(status);

        Assert.Equal(open, CaseWorkflow.Build(c, WorkflowFixtures.Supervisor).CanFire(CloseAdministratively));
        Assert.False(CaseWorkflow.Build(c, WorkflowFixtures.Officer).CanFire(CloseAdministratively));
        Assert.DoesNotContain(CaseWorkflow.GetSteps(c, WorkflowFixtures.Supervisor), s => s.Trigger == CloseAdministratively);
        Assert.DoesNotContain(CaseWorkflow.GetSteps(c, WorkflowFixtures.Officer), s => s.Trigger == CloseAdministratively);
    }

    [Fact]
    public void GetSteps_MediationState_ListsStepsInStableDisplayOrder()
    {
        var steps = CaseWorkflow.GetSteps(WorkflowFixtures.Complete(CaseKind.Complaint, Verification),
            WorkflowFixtures.Officer);

        Assert.Equal([StartMediation, Refer, Reject, Withdraw], steps.Select(s => s.Trigger));
    }

    [Theory]
    [InlineData(StartVerification, false, StepData.None)]
    [InlineData(StartMediation, false, StepData.None)]
    [InlineData(RecordAgreement, false, StepData.Agreement)]
    [InlineData(RecordMediationFailure, false, StepData.MediationFailure)]
    [InlineData(Refer, false, StepData.Referral)]
    [InlineData(StartCoordination, false, StepData.None)]
    [InlineData(RecordArrival, false, StepData.Arrival)]
    [InlineData(HandOver, false, StepData.HandOver)]
    [InlineData(Reject, true, StepData.Rejection)]
    [InlineData(Withdraw, true, StepData.Reason)]
    [InlineData(Close, true, StepData.None)]
    [InlineData(Reopen, false, StepData.Reason)]
    public void GetSteps_EachTrigger_CarriesItsDialogAndIrreversibility(CaseTrigger trigger, bool irreversible,
        StepData data)
    {
        var step = Enum.GetValues<CaseKind>()
            .SelectMany(kind => Enum.GetValues<CaseStatus>().SelectMany(status =>
                CaseWorkflow.GetSteps(WorkflowFixtures.Complete(kind, status), WorkflowFixtures.Supervisor)))
            .First(s => s.Trigger == trigger);

        Assert.Equal(irreversible, step.Irreversible);
        Assert.Equal(data, step.Data);
    }

    [Fact]
    public void GetSteps_Label_IsTheLocalizedTriggerName()
    {
        WorkflowFixtures.UseCulture("id-ID");
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Intake);
        var steps = CaseWorkflow.GetSteps(c, WorkflowFixtures.Supervisor);
        // An officer asks a supervisor to approve the steps that end a case, and the label says so.
        var officerSteps = CaseWorkflow.GetSteps(c, WorkflowFixtures.Officer);

        Assert.Equal(["Mulai verifikasi", "Tolak", "Cabut pengaduan"], steps.Select(s => s.Label));
        Assert.Equal(["Mulai verifikasi", "Ajukan penolakan", "Ajukan pencabutan"], officerSteps.Select(s => s.Label));
    }

    [Fact]
    public void Build_TwoOperationsOnOneCase_UseIndependentMachines()
    {
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Intake);
        var first = CaseWorkflow.Build(c, WorkflowFixtures.Officer);
        var second = CaseWorkflow.Build(c, WorkflowFixtures.Officer);

        first.Fire(StartVerification);

        Assert.NotSame(first, second);
        Assert.Equal(Verification, second.State); // both read the entity: the case is the only state
    }

    [Fact]
    public void TestClock_IsAfterTheFixtureArrivalDate() =>
        Assert.True(new TestClock().GetUtcNow().UtcDateTime > WorkflowFixtures.ValidInput(RecordArrival).ArrivalAtUtc);
}
