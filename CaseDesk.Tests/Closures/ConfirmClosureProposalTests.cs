using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Letters.Templates;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Documents;
using CaseDesk.Tests.Letters;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using static CaseDesk.Core.Closures.AdministrativeClosureReason;

namespace CaseDesk.Tests.Closures;

public sealed class ConfirmClosureProposalTests
{
    private static readonly DateOnly October1 = new(2026, 10, 1);

    /// <summary>A case waiting on the complainant for 40 days, with its pending NoClarification proposal.</summary>
    private static async Task<(Case Case, ClosureProposal Proposal, TestClock Clock)> ProposedAsync(TestDb testDb)
    {
        var c = await testDb.InsertAsync(ClosureFixtures.Verified(ClosureFixtures.At(October1)));
        await testDb.AddWaitAsync(c.Id, WaitingFor.Complainant, ClosureFixtures.At(October1));
        var clock = ClosureFixtures.ClockOn(October1.AddDays(40));
        await testDb.Scan(clock).ExecuteAsync();
        return (c, Assert.Single(await testDb.ProposalsAsync()), clock);
    }

    [Fact]
    public async Task ExecuteAsync_Supervisor_ClosesTheCaseWithTheGroundOnCaseEventProposalAndLetter()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (c, proposal, clock) = await ProposedAsync(testDb);
        clock.Advance(TimeSpan.FromHours(2));

        var result = await testDb.Confirm(clock).ExecuteAsync(proposal.Id, c.Version, "  Pengadu tidak menjawab surat.  ",
            issueLetter: true, WorkflowFixtures.Supervisor);

        Assert.True(result.Succeeded, string.Join(", ", result.Messages));
        Assert.Equal((CaseStatus.Closed, c.Version + 1), (result.NewStatus, result.NewVersion));
        Assert.StartsWith("B.1/BP3MI-SULTRA/", result.LetterNumber);

        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((CaseStatus.Closed, NoClarification, clock.Now.UtcDateTime), (saved.Status, saved.AdministrativeClosureReason,
            saved.ClosedAtUtc));
        Assert.Equal((null, null), (saved.WaitingFor, saved.DueOn));
        var transition = saved.Events.Single(e => e.Type == CaseEventType.Transition);
        Assert.Equal(("CloseAdministratively", CaseStatus.Verification, CaseStatus.Closed, "Pengadu tidak menjawab surat."),
            (transition.Trigger, transition.FromStatus, transition.ToStatus, transition.Note));
        Assert.Equal(WorkflowFixtures.Supervisor.UserId, transition.ActorId);
        var facts = StepFacts.Parse(transition.Data);
        Assert.Equal((NoClarification, "PS30-KLARIFIKASI"), (facts?.ClosureReason, facts?.ClosureCode));
        Assert.Contains(saved.Events, e => e.Type == CaseEventType.LetterIssued);

        var decided = Assert.Single(await testDb.ProposalsAsync());
        Assert.Equal((ClosureProposalStatus.Confirmed, WorkflowFixtures.Supervisor.UserId, clock.Now.UtcDateTime,
            "Pengadu tidak menjawab surat."), (decided.Status, decided.DecidedById, decided.DecidedAtUtc, decided.DecisionNote));
        await using (var db = await testDb.Factory.CreateDbContextAsync())
        {
            Assert.NotNull(Assert.Single(db.CaseWaits).EndedAtUtc);
        }

        var issued = await testDb.Queries().GetAsync(result.LetterId!.Value);
        Assert.Equal(LetterType.ClosureNotice, issued!.Letter.Type);
        var text = string.Join(" ", PdfRead.PageTexts(new PdfSharpRenderer().Render(LetterDocument.Compose(issued.Snapshot))));
        Assert.Contains("ditutup secara administratif berdasarkan Peraturan Badan Nomor 6 Tahun 2024 Pasal 30 " +
            "(kode PS30-KLARIFIKASI): pengadu tidak memberikan klarifikasi dalam jangka waktu 15 (lima belas) hari kerja " +
            "sejak klarifikasi diminta.", text);
        Assert.Contains("Catatan penutupan: Pengadu tidak menjawab surat.", text);
        Assert.DoesNotContain("kesepakatan tidak dilaksanakan", text);
    }

    [Fact]
    public async Task ExecuteAsync_WithoutLetter_ClosesAndIssuesNone()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (c, proposal, clock) = await ProposedAsync(testDb);

        var result = await testDb.Confirm(clock).ExecuteAsync(proposal.Id, c.Version, null, issueLetter: false,
            WorkflowFixtures.Supervisor);

        Assert.True(result.Succeeded);
        Assert.Null(result.LetterId);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Equal(CaseStatus.Closed, (await testDb.LoadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task ExecuteAsync_Officer_IsNotPermittedAndNothingChanges()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (c, proposal, clock) = await ProposedAsync(testDb);

        var result = await testDb.Confirm(clock).ExecuteAsync(proposal.Id, c.Version, null, true, WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Equal((CaseStatus.Verification, c.Version), ((await testDb.LoadAsync(c.Id)).Status, (await testDb.LoadAsync(c.Id)).Version));
        Assert.Equal(ClosureProposalStatus.Pending, Assert.Single(await testDb.ProposalsAsync()).Status);
        Assert.Empty(await testDb.LettersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_StaleCaseVersion_IsAConflictAndNothingChanges()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (c, proposal, clock) = await ProposedAsync(testDb);

        var result = await testDb.Confirm(clock).ExecuteAsync(proposal.Id, c.Version - 1, null, true,
            WorkflowFixtures.Supervisor);

        Assert.Equal(TransitionOutcome.Conflict, result.Outcome);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((CaseStatus.Verification, c.Version, null), (saved.Status, saved.Version, saved.AdministrativeClosureReason));
        Assert.Equal(ClosureProposalStatus.Pending, Assert.Single(await testDb.ProposalsAsync()).Status);
        Assert.Empty(await testDb.LettersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_ProposalAlreadyDecided_IsRefused()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (c, proposal, clock) = await ProposedAsync(testDb);
        await testDb.Dismiss(clock).ExecuteAsync(proposal.Id, "Masih diupayakan.", WorkflowFixtures.Supervisor);

        var result = await testDb.Confirm(clock).ExecuteAsync(proposal.Id, c.Version, null, true, WorkflowFixtures.Supervisor);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Equal(ClosureText.Get("Error_NotPending"), Assert.Single(result.Messages));
        Assert.Equal(CaseStatus.Verification, (await testDb.LoadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task ExecuteAsync_ConditionGoneSinceTheScan_WithdrawsTheProposalAndKeepsTheCaseOpen()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (c, proposal, clock) = await ProposedAsync(testDb);
        await testDb.EndWaitAsync(c.Id, clock.Now.UtcDateTime);

        var result = await testDb.Confirm(clock).ExecuteAsync(proposal.Id, c.Version, null, true, WorkflowFixtures.Supervisor);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Equal(ClosureText.Get("Error_ConditionGone"), Assert.Single(result.Messages));
        Assert.Equal(ClosureProposalStatus.Expired, Assert.Single(await testDb.ProposalsAsync()).Status);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((CaseStatus.Verification, c.Version), (saved.Status, saved.Version));
        Assert.Contains(saved.Events, e => e.Type == CaseEventType.ClosureProposalExpired);
    }

    [Fact]
    public async Task TransitionCase_CloseAdministratively_IsOnlyReachedThroughAProposal()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Verified(ClosureFixtures.At(October1)));

        var result = await testDb.Transition().ExecuteAsync(c.Id, CaseTrigger.CloseAdministratively,
            new StepInput { ClosureReason = IncompleteFile }, c.Version, WorkflowFixtures.Supervisor);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Equal(CaseStatus.Verification, (await testDb.LoadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task Reopen_AdministrativelyClosedCase_ClearsTheGround()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (c, proposal, clock) = await ProposedAsync(testDb);
        var closed = await testDb.Confirm(clock).ExecuteAsync(proposal.Id, c.Version, null, false, WorkflowFixtures.Supervisor);

        var reopened = await testDb.Transition(clock).ExecuteAsync(c.Id, CaseTrigger.Reopen,
            new StepInput { Note = "Pengadu datang dengan dokumen." }, closed.NewVersion!.Value, WorkflowFixtures.Supervisor);

        Assert.True(reopened.Succeeded);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((CaseStatus.Verification, null, null), (saved.Status, saved.AdministrativeClosureReason, saved.ClosedAtUtc));
    }

    [Fact]
    public async Task Dismiss_WithoutReason_IsInvalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (_, proposal, clock) = await ProposedAsync(testDb);

        var result = await testDb.Dismiss(clock).ExecuteAsync(proposal.Id, "   ", WorkflowFixtures.Supervisor);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(ClosureProposalStatus.Pending, Assert.Single(await testDb.ProposalsAsync()).Status);
    }

    [Fact]
    public async Task Dismiss_Officer_IsNotAllowed()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (_, proposal, clock) = await ProposedAsync(testDb);

        var result = await testDb.Dismiss(clock).ExecuteAsync(proposal.Id, "Tidak setuju.", WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal(ClosureProposalStatus.Pending, Assert.Single(await testDb.ProposalsAsync()).Status);
    }

    [Fact]
    public async Task Dismiss_Supervisor_RecordsDecisionAndTimelineEventWithoutChangingTheCase()
    {
        await using var testDb = await TestDb.CreateAsync();
        var (c, proposal, clock) = await ProposedAsync(testDb);

        var result = await testDb.Dismiss(clock).ExecuteAsync(proposal.Id, " Keluarga sedang mengumpulkan dokumen. ",
            WorkflowFixtures.Supervisor);

        Assert.True(result.Succeeded);
        var decided = Assert.Single(await testDb.ProposalsAsync());
        Assert.Equal((ClosureProposalStatus.Dismissed, "Keluarga sedang mengumpulkan dokumen.", WorkflowFixtures.Supervisor.DisplayName),
            (decided.Status, decided.DecisionNote, decided.DecidedByName));
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((CaseStatus.Verification, c.Version), (saved.Status, saved.Version));
        var e = saved.Events.Single(x => x.Type == CaseEventType.ClosureProposalDismissed);
        Assert.Equal("Usulan penutupan administratif (kode PS30-KLARIFIKASI) ditolak. Alasan: Keluarga sedang mengumpulkan dokumen.",
            e.Note);
        Assert.Equal(WorkflowFixtures.Supervisor.DisplayName, e.ActorName);
    }
}
