using System.Data.Common;
using CaseDesk.Core;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static CaseDesk.Core.Cases.CaseStatus;
using static CaseDesk.Core.Workflow.CaseTrigger;

namespace CaseDesk.Tests.Letters;

public sealed class StepLetterTests
{
    public static TheoryData<CaseKind, CaseTrigger, LetterType?> Mapping() => new()
    {
        { CaseKind.Complaint, StartVerification, LetterType.ClarificationInvitation },
        { CaseKind.Repatriation, StartVerification, null },
        { CaseKind.Complaint, StartMediation, LetterType.MediationInvitation },
        { CaseKind.Mediation, StartMediation, LetterType.MediationInvitation },
        { CaseKind.Complaint, RecordAgreement, LetterType.MediationMinutes },
        { CaseKind.Complaint, RecordMediationFailure, LetterType.MediationMinutes },
        { CaseKind.Complaint, Refer, LetterType.Referral },
        { CaseKind.Repatriation, StartCoordination, null },
        { CaseKind.Repatriation, RecordArrival, LetterType.RepatriationNotice },
        { CaseKind.Repatriation, HandOver, null },
        { CaseKind.Complaint, Close, LetterType.ClosureNotice },
        { CaseKind.Repatriation, Close, LetterType.ClosureNotice },
        { CaseKind.Complaint, Reject, null },
        { CaseKind.Complaint, Withdraw, null },
        { CaseKind.Complaint, Reopen, null },
    };

    [Theory]
    [MemberData(nameof(Mapping))]
    public void For_EachTrigger_OffersItsLetter(CaseKind kind, CaseTrigger trigger, LetterType? expected) =>
        Assert.Equal(expected, StepLetters.For(trigger, WorkflowFixtures.Complete(kind)));

    [Fact]
    public void For_VerificationWithoutRespondent_OffersNoClarification()
    {
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Intake, Sector.ShipCrew);
        (c.PlacementCompanyName, c.EmployerName) = (null, null);

        Assert.Null(StepLetters.For(StartVerification, c));
    }

    [Fact]
    public void GetSteps_NameTheLetterEachStepOffers()
    {
        var steps = CaseWorkflow.GetSteps(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved), WorkflowFixtures.Officer);

        Assert.Equal(LetterType.ClosureNotice, steps.Single(s => s.Trigger == Close).Letter);
        Assert.Null(steps.Single(s => s.Trigger == Withdraw).Letter);
    }

    [Fact]
    public async Task ExecuteAsync_StepWithItsLetter_CommitsStatusEventLetterAndCounterTogether()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Verification);
        c.MediationOutcome = null;
        await testDb.InsertAsync(c);

        var result = await testDb.Transition().ExecuteAsync(c.Id, StartMediation,
            new StepInput { Letter = LetterFixtures.Meeting }, c.Version, WorkflowFixtures.Officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Messages));
        Assert.Equal("B.1/BP3MI-SULTRA/PP.02.02/XI/2026", result.LetterNumber);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((Mediation, c.Version + 1), (saved.Status, saved.Version));
        Assert.Equal([CaseEventType.Transition, CaseEventType.LetterIssued],
            saved.Events.OrderBy(e => e.Id).Select(e => e.Type));
        var letter = Assert.Single(await testDb.LettersAsync());
        Assert.Equal((result.LetterId, LetterType.MediationInvitation, c.Id), ((int?)letter.Id, letter.Type, letter.CaseId));
        Assert.Equal(1, Assert.Single(await testDb.CountersAsync()).LastSequence);
    }

    [Fact]
    public async Task ExecuteAsync_AgreementWithMinutes_SnapshotHoldsTheAgreementJustRecorded()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Mediation);
        (c.MediationOutcome, c.MediationTerms, c.SettlementAmount) = (null, null, null);
        await testDb.InsertAsync(c);

        var result = await testDb.Transition().ExecuteAsync(c.Id, RecordAgreement,
            WorkflowFixtures.ValidInput(RecordAgreement) with { Letter = LetterDetails.None }, c.Version,
            WorkflowFixtures.Officer);

        var s = (await testDb.Queries().GetAsync(result.LetterId!.Value))!.Snapshot;
        Assert.Equal((LetterType.MediationMinutes, "Sepakat", "P3MI membayar gaji.", "Rp15.000.000"),
            (s.Type, s.Case.MediationOutcomeLabel, s.Case.MediationTerms, s.Case.SettlementAmountText));
    }

    [Fact]
    public async Task ExecuteAsync_CloseWithNotice_SnapshotHoldsTheClosingDateAndNote()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));

        var result = await testDb.Transition().ExecuteAsync(c.Id, Close,
            new StepInput { Note = "Pembayaran telah diterima pengadu.", Letter = LetterDetails.None }, c.Version,
            WorkflowFixtures.Supervisor);

        Assert.True(result.Succeeded, string.Join(", ", result.Messages));
        var s = (await testDb.Queries().GetAsync(result.LetterId!.Value))!.Snapshot;
        Assert.Equal((LetterType.ClosureNotice, "23 November 2026", "Pembayaran telah diterima pengadu."),
            (s.Type, s.Case.ClosedDateText, s.Case.ClosingNote));
        Assert.Equal("Sdri. Wa Ode Sitti", s.Details.AddresseeName);
        Assert.Equal(["Kabupaten Buton Tengah"], s.Details.AddresseeAddress);
    }

    [Fact]
    public async Task ExecuteAsync_ArrivalWithNotice_IsAddressedToTheHomeRegencysLabourOffice()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = WorkflowFixtures.Complete(CaseKind.Repatriation, Coordinating);
        (c.ArrivalAtUtc, c.ArrivalPoint) = (null, null);
        await testDb.InsertAsync(c);

        var result = await testDb.Transition().ExecuteAsync(c.Id, RecordArrival,
            WorkflowFixtures.ValidInput(RecordArrival) with { Letter = LetterDetails.None }, c.Version,
            WorkflowFixtures.Officer);

        Assert.Equal("B.1/BP3MI-SULTRA/PP.03.01/XI/2026", result.LetterNumber);
        var s = (await testDb.Queries().GetAsync(result.LetterId!.Value))!.Snapshot;
        Assert.Equal("Kepala Dinas Tenaga Kerja Kabupaten Buton Tengah", s.Details.AddresseeName);
        Assert.Equal(("Minggu, 22 November 2026 pukul 14.30 WITA", "Pelabuhan Nusantara Kendari"),
            (s.Case.ArrivalText, s.Case.ArrivalPoint));
        Assert.Equal(new DateTime(2026, 11, 22, 14, 30, 0), s.Case.ArrivalOfficeTime);
    }

    [Fact]
    public async Task ExecuteAsync_StepWithoutLetterRequest_IssuesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));

        var result = await testDb.Transition().ExecuteAsync(c.Id, Close, StepInput.None, c.Version,
            WorkflowFixtures.Supervisor);

        Assert.True(result.Succeeded);
        Assert.Equal((null, null), (result.LetterId, result.LetterNumber));
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
    }

    [Theory]
    [InlineData("id-ID", "Langkah ini tidak menerbitkan surat.")]
    [InlineData("en", "This step does not issue a letter.")]
    public async Task ExecuteAsync_LetterAskedOfAStepThatHasNone_IsInvalidAndChangesNothing(string culture, string expected)
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture(culture);
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));

        var result = await testDb.Transition().ExecuteAsync(c.Id, Reject,
            WorkflowFixtures.ValidInput(Reject) with { Letter = LetterDetails.None }, c.Version, WorkflowFixtures.Supervisor);

        Assert.Equal((TransitionOutcome.Invalid, expected), (result.Outcome, Assert.Single(result.Messages)));
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((Intake, c.Version), (saved.Status, saved.Version));
        Assert.Empty(saved.Events);
        Assert.Empty(await testDb.LettersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_InvalidLetterDetails_AreReportedWithTheStepsOwnErrorsAndNothingChanges()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification));

        var result = await testDb.Transition().ExecuteAsync(c.Id, StartMediation,
            new StepInput { Note = new string('n', 4001), Letter = LetterFixtures.Meeting with { MeetingTime = null } },
            c.Version, WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.Invalid, result.Outcome);
        Assert.Equal(["The text is too long (at most 4000 characters).", "The meeting time is required."], result.Messages);
        Assert.Equal(Verification, (await testDb.LoadAsync(c.Id)).Status);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_StaleVersionWithLetter_ReturnsConflictAndIssuesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));

        var result = await testDb.Transition().ExecuteAsync(c.Id, Close, new StepInput { Letter = LetterDetails.None },
            c.Version - 1, WorkflowFixtures.Supervisor);

        Assert.Equal(TransitionOutcome.Conflict, result.Outcome);
        Assert.Null(result.LetterNumber);
        Assert.Equal(Resolved, (await testDb.LoadAsync(c.Id)).Status);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_LetterAllocationFails_RollsBackTheStepAndTheCounter()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));
        await testDb.ExecuteAsync(db =>
        {
            db.LetterCounters.Add(new LetterCounter { Year = 2026, LastSequence = 5 });
            return Task.CompletedTask;
        });
        var failing = testDb.FactoryWith(o => o.AddInterceptors(new FailOnLetterInsert()));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => new TransitionCase(failing, new TestClock())
            .ExecuteAsync(c.Id, Close, new StepInput { Letter = LetterDetails.None }, c.Version, WorkflowFixtures.Supervisor));

        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((Resolved, c.Version, (DateTime?)null), (saved.Status, saved.Version, saved.ClosedAtUtc));
        Assert.Empty(saved.Events);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Equal(5, Assert.Single(await testDb.CountersAsync()).LastSequence);
    }

    [Fact]
    public async Task ExecuteAsync_NumberAlreadyTaken_FailsWholeAndLeavesTheCaseAsItWas()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));
        // A register whose counter lost track (e.g. restored from an older backup): number 1 exists already.
        await testDb.ExecuteAsync(db =>
        {
            db.Letters.Add(new Letter
            {
                CaseId = c.Id,
                Type = LetterType.ClosureNotice,
                Year = 2026,
                Sequence = 1,
                Number = "B.1/BP3MI-SULTRA/PP.02.01/XI/2026",
                IssuedByName = "Arsip",
                Snapshot = "{}",
            });
            return Task.CompletedTask;
        });

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => testDb.Transition()
            .ExecuteAsync(c.Id, Close, new StepInput { Letter = LetterDetails.None }, c.Version, WorkflowFixtures.Supervisor));

        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((Resolved, c.Version), (saved.Status, saved.Version));
        Assert.Empty(saved.Events);
        Assert.Single(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
    }

    [Fact]
    public async Task TransitionCase_FromTheContainer_UsesTheConfiguredOffice()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Letters:UnitCode"] = "BP3MI-KDI" }).Build());
        services.AddCaseDeskCore(testDb.ConnectionString);
        services.AddSingleton<TimeProvider>(new TestClock());
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<TransitionCase>().ExecuteAsync(c.Id, Close,
            new StepInput { Letter = LetterDetails.None }, c.Version, WorkflowFixtures.Supervisor);

        Assert.Equal("B.1/BP3MI-KDI/PP.02.01/XI/2026", result.LetterNumber);
    }

    /// <summary>Fails the statement that inserts the letter, after the counter was written in the same save.</summary>
    private sealed class FailOnLetterInsert : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"Letters\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("simulated failure of the letter insert")
                : ValueTask.FromResult(result);
    }
}
