using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Workflow;
using Stateless;
using static CaseDesk.Core.Cases.CaseStatus;
using static CaseDesk.Core.Workflow.CaseTrigger;

namespace CaseDesk.Tests.Workflow;

public sealed class WorkflowGuardTests
{
    private static readonly Dictionary<string, Action<Case>> Breakers = new()
    {
        ["identity not verified"] = c => c.IdentityVerifiedAtUtc = null,
        ["no P3MI"] = c => c.PlacementCompanyName = null,
        ["blank P3MI"] = c => c.PlacementCompanyName = "  ",
        ["no employer"] = c => c.EmployerName = null,
        ["no representation"] = c => c.Representation = null,
        ["no respondent at all"] = c => (c.PlacementCompanyName, c.EmployerName, c.Representation) = (null, null, null),
        ["no identity, no respondent"] = c =>
            (c.IdentityVerifiedAtUtc, c.PlacementCompanyName, c.EmployerName, c.Representation) = (null, null, null, null),
        ["no outcome"] = c => c.MediationOutcome = null,
        ["failed outcome"] = c => c.MediationOutcome = MediationOutcome.Failed,
        ["no referral target"] = c => c.ReferralTarget = null,
        ["no country"] = c => c.DestinationCountryCode = null,
        ["no arrival"] = c => c.ArrivalAtUtc = null,
        ["nothing broken"] = _ => { },
    };

    public static TheoryData<CaseKind, CaseStatus, Sector, CaseTrigger, string, string[]> UnmetGuards() => new()
    {
        { CaseKind.Complaint, Verification, Sector.Formal, StartMediation, "identity not verified", ["worker identity verified"] },
        { CaseKind.Mediation, Verification, Sector.Formal, StartMediation, "identity not verified", ["worker identity verified"] },
        { CaseKind.Complaint, Verification, Sector.Formal, StartMediation, "no P3MI", ["placement company (P3MI) recorded"] },
        { CaseKind.Complaint, Verification, Sector.Formal, StartMediation, "blank P3MI", ["placement company (P3MI) recorded"] },
        { CaseKind.Complaint, Verification, Sector.Formal, StartMediation, "no respondent at all", ["placement company (P3MI) recorded"] },
        { CaseKind.Complaint, Verification, Sector.Formal, StartMediation, "no employer", [] },
        { CaseKind.Complaint, Verification, Sector.IndividualEmployer, StartMediation, "no employer", ["employer and KBRI/KJRI recorded"] },
        { CaseKind.Mediation, Verification, Sector.IndividualEmployer, StartMediation, "no representation", ["employer and KBRI/KJRI recorded"] },
        { CaseKind.Complaint, Verification, Sector.IndividualEmployer, StartMediation, "no respondent at all", ["employer and KBRI/KJRI recorded"] },
        { CaseKind.Complaint, Verification, Sector.IndividualEmployer, StartMediation, "no P3MI", [] },
        {
            CaseKind.Complaint, Verification, Sector.IndividualEmployer, StartMediation, "no identity, no respondent",
            ["worker identity verified", "employer and KBRI/KJRI recorded"]
        },
        {
            CaseKind.Complaint, Verification, Sector.Formal, StartMediation, "no identity, no respondent",
            ["worker identity verified", "placement company (P3MI) recorded"]
        },
        { CaseKind.Complaint, Verification, Sector.ShipCrew, StartMediation, "no respondent at all", ["respondent recorded"] },
        { CaseKind.Complaint, Verification, Sector.ShipCrew, StartMediation, "no P3MI", [] },
        { CaseKind.Mediation, Verification, Sector.Other, StartMediation, "no respondent at all", ["respondent recorded"] },
        { CaseKind.Complaint, Resolved, Sector.Formal, Close, "no outcome", ["mediation outcome recorded"] },
        { CaseKind.Mediation, Resolved, Sector.Formal, Close, "failed outcome", ["mediation outcome recorded"] },
        { CaseKind.Complaint, Referred, Sector.Formal, Close, "no referral target", ["referral target recorded"] },
        { CaseKind.Repatriation, Verification, Sector.Formal, StartCoordination, "identity not verified", ["worker identity verified"] },
        { CaseKind.Repatriation, Verification, Sector.IndividualEmployer, StartCoordination, "no country", ["destination country recorded"] },
        { CaseKind.Repatriation, Arrived, Sector.Formal, HandOver, "no arrival", ["arrival date recorded"] },
        { CaseKind.Complaint, Intake, Sector.Formal, StartVerification, "identity not verified", [] },
        { CaseKind.Repatriation, Coordinating, Sector.Formal, RecordArrival, "no arrival", [] },
        { CaseKind.Complaint, Verification, Sector.Formal, Refer, "nothing broken", [] },
    };

    [Theory]
    [MemberData(nameof(UnmetGuards))]
    public void GetSteps_GuardMetOrUnmet_ReportsExactlyTheRelevantGuards(CaseKind kind, CaseStatus status, Sector sector,
        CaseTrigger trigger, string scenario, string[] expectedUnmet)
    {
        WorkflowFixtures.UseCulture("en");
        var c = WorkflowFixtures.Complete(kind, status, sector);
        Breakers[scenario](c);

        var step = Assert.Single(CaseWorkflow.GetSteps(c, WorkflowFixtures.Officer), s => s.Trigger == trigger);

        Assert.Equal(expectedUnmet.Length == 0, step.Enabled);
        Assert.Equal(expectedUnmet, step.UnmetGuards);
    }

    [Fact]
    public void GetSteps_ClosedCaseForOfficer_ReopenDisabledBecauseNotSupervisor()
    {
        WorkflowFixtures.UseCulture("en");
        var step = Assert.Single(CaseWorkflow.GetSteps(WorkflowFixtures.Complete(CaseKind.Complaint, Closed),
            WorkflowFixtures.Officer));

        Assert.Equal(Reopen, step.Trigger);
        Assert.False(step.Enabled);
        Assert.Equal(["user is a supervisor"], step.UnmetGuards);
    }

    [Theory]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Admin)]
    public void GetSteps_ClosedCaseForSupervisorOrAdmin_ReopenEnabled(string role)
    {
        var actor = new Actor("u", "U", new HashSet<string> { role });
        var step = Assert.Single(CaseWorkflow.GetSteps(WorkflowFixtures.Complete(CaseKind.Repatriation, Closed), actor));

        Assert.Equal(Reopen, step.Trigger);
        Assert.True(step.Enabled);
    }

    [Theory]
    [InlineData("id-ID", "pemberi kerja dan KBRI/KJRI telah dicatat")]
    [InlineData("id", "pemberi kerja dan KBRI/KJRI telah dicatat")]
    [InlineData("en-US", "employer and KBRI/KJRI recorded")]
    [InlineData("en", "employer and KBRI/KJRI recorded")]
    public void GetSteps_UnmetGuard_IsShownInTheUiLanguage(string culture, string expected)
    {
        WorkflowFixtures.UseCulture(culture);
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Verification, Sector.IndividualEmployer);
        c.EmployerName = null;

        var step = CaseWorkflow.GetSteps(c, WorkflowFixtures.Officer).Single(s => s.Trigger == StartMediation);

        Assert.Equal([expected], step.UnmetGuards);
    }

    [Fact]
    public void GetSteps_IndonesianCulture_TranslatesEveryGuard()
    {
        WorkflowFixtures.UseCulture("id-ID");
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Verification);
        c.IdentityVerifiedAtUtc = null;
        c.PlacementCompanyName = null;

        var step = CaseWorkflow.GetSteps(c, WorkflowFixtures.Officer).Single(s => s.Trigger == StartMediation);

        Assert.Equal(["identitas pekerja telah diverifikasi", "perusahaan penempatan (P3MI) telah dicatat"],
            step.UnmetGuards);
    }

    [Fact]
    public void Build_IndividualEmployerCase_StartMediationGoesThroughRepresentation()
    {
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Verification, Sector.IndividualEmployer);
        var machine = CaseWorkflow.Build(c, WorkflowFixtures.Officer);

        machine.Fire(StartMediation);

        Assert.Equal(MediationViaRepresentation, c.Status);
        Assert.True(machine.IsInState(Mediation)); // a substate: agreement and failure come from the superstate
        Assert.True(machine.CanFire(RecordAgreement));
        machine.Fire(RecordAgreement);
        Assert.Equal(Resolved, c.Status);
    }

    [Theory]
    [InlineData(Sector.Formal)]
    [InlineData(Sector.ShipCrew)]
    [InlineData(Sector.Other)]
    public void Build_OtherSectors_StartMediationGoesToMediation(Sector sector)
    {
        var c = WorkflowFixtures.Complete(CaseKind.Mediation, Verification, sector);

        CaseWorkflow.Build(c, WorkflowFixtures.Officer).Fire(StartMediation);

        Assert.Equal(Mediation, c.Status);
    }

    [Fact]
    public void Stateless_TwoGuardedTransitionsOfOneTrigger_ReportsTheUnionOfTheirUnmetGuards()
    {
        // Why the sector branch is one dynamic transition with sector-neutral guards rather than two PermitIf:
        // Stateless would show every branch's unmet guards, including the other sector's.
        var state = "Verification";
        var machine = new StateMachine<string, string>(() => state, s => state = s);
        machine.Configure("Verification")
            .PermitIf("StartMediation", "Mediation", () => false, "placement company (P3MI) recorded")
            .PermitIf("StartMediation", "MediationViaRepresentation", () => false, "employer and KBRI/KJRI recorded");

        Assert.False(machine.CanFire("StartMediation", out var unmet));
        Assert.Equal(["placement company (P3MI) recorded", "employer and KBRI/KJRI recorded"], unmet);
    }
}
