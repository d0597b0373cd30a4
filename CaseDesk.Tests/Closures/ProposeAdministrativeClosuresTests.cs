using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using static CaseDesk.Core.Closures.AdministrativeClosureReason;

namespace CaseDesk.Tests.Closures;

/// <summary>Each rule of Perban 6/2024 Ps 30 proposes on the day its threshold is reached, not the day before.</summary>
public sealed class ProposeAdministrativeClosuresTests
{
    private static readonly DateOnly October1 = new(2026, 10, 1);

    [Fact]
    public async Task ExecuteAsync_IncompleteFile_ProposesOnTheThirtiethDayAfterRegistration()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Incomplete(ClosureFixtures.At(October1)));

        var before = await testDb.Scan(ClosureFixtures.ClockOn(October1.AddDays(29))).ExecuteAsync();
        Assert.Equal(0, before.TotalProposed);
        Assert.Empty(await testDb.ProposalsAsync());

        var at = await testDb.Scan(ClosureFixtures.ClockOn(October1.AddDays(30))).ExecuteAsync();

        Assert.Equal(1, at.Proposed[IncompleteFile]);
        var p = Assert.Single(await testDb.ProposalsAsync());
        Assert.Equal((c.Id, IncompleteFile, ClosureProposalStatus.Pending), (p.CaseId, p.Reason, p.Status));
        Assert.Equal((ClosureFixtures.At(October1), 30), (p.ConditionStartedAtUtc, p.DayCount));
    }

    [Fact]
    public async Task ExecuteAsync_IncompleteFile_CountsOfficeDaysInWita()
    {
        await using var testDb = await TestDb.CreateAsync();
        // 1 October 23:30 UTC is already 2 October 07:30 WITA: the file was registered on 2 October.
        await testDb.InsertAsync(ClosureFixtures.Incomplete(new DateTime(2026, 10, 1, 23, 30, 0, DateTimeKind.Utc)));

        Assert.Equal(0, (await testDb.Scan(ClosureFixtures.ClockOn(new DateOnly(2026, 10, 31))).ExecuteAsync()).TotalProposed);
        Assert.Equal(1, (await testDb.Scan(ClosureFixtures.ClockOn(new DateOnly(2026, 11, 1))).ExecuteAsync()).TotalProposed);
    }

    [Theory]
    [InlineData(CaseStatus.Intake, null, true)]
    [InlineData(CaseStatus.Verification, null, true)]
    [InlineData(CaseStatus.Verification, "verified", false)]
    [InlineData(CaseStatus.Mediation, null, false)]
    [InlineData(CaseStatus.Rejected, null, false)]
    public async Task ExecuteAsync_IncompleteFile_OnlyOpenIntakeOrVerificationWithoutVerifiedIdentity(CaseStatus status,
        string? verified, bool proposed)
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = ClosureFixtures.Incomplete(ClosureFixtures.At(October1), status);
        c.IdentityVerifiedAtUtc = verified is null ? null : ClosureFixtures.At(October1);
        await testDb.InsertAsync(c);

        var result = await testDb.Scan(ClosureFixtures.ClockOn(October1.AddDays(60))).ExecuteAsync();

        Assert.Equal(proposed ? 1 : 0, result.Proposed[IncompleteFile]);
    }

    [Fact]
    public async Task ExecuteAsync_NoClarification_ProposesOnTheFifteenthWorkingDayOfTheWait()
    {
        await using var testDb = await TestDb.CreateAsync();
        var asked = new DateOnly(2026, 11, 2); // a Monday
        var c = await testDb.InsertAsync(ClosureFixtures.Verified(ClosureFixtures.At(October1)));
        await testDb.AddWaitAsync(c.Id, WaitingFor.Complainant, ClosureFixtures.At(asked, 9));
        var calendar = await testDb.CalendarAsync();
        var threshold = calendar.AddWorkingDays(asked, ClosureRulesForTests.ClarificationWorkingDays);

        // The calendar day before the fifteenth working day (and a weekend before it) is still too early.
        Assert.Equal(0, (await testDb.Scan(ClosureFixtures.ClockOn(threshold.AddDays(-1), 16)).ExecuteAsync()).TotalProposed);
        var at = await testDb.Scan(ClosureFixtures.ClockOn(threshold, 8)).ExecuteAsync();

        Assert.Equal(1, at.Proposed[NoClarification]);
        var p = Assert.Single(await testDb.ProposalsAsync());
        Assert.Equal((NoClarification, 15), (p.Reason, p.DayCount));
        Assert.Equal(ClosureFixtures.At(asked, 9), p.ConditionStartedAtUtc);
    }

    [Fact]
    public async Task ExecuteAsync_WaitOnAnotherParty_IsNoClarificationRequest()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Verified(ClosureFixtures.At(October1)));
        await testDb.AddWaitAsync(c.Id, WaitingFor.Representation, ClosureFixtures.At(October1));

        var result = await testDb.Scan(ClosureFixtures.ClockOn(October1.AddDays(90))).ExecuteAsync();

        Assert.Equal(0, result.TotalProposed);
    }

    [Fact]
    public async Task ExecuteAsync_ComplainantUnreachable_ProposesOnTheSixtiethDay()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Verified(ClosureFixtures.At(October1), CaseStatus.Mediation));
        await testDb.AddWaitAsync(c.Id, WaitingFor.ComplainantUnreachable, ClosureFixtures.At(October1, 15));

        Assert.Equal(0, (await testDb.Scan(ClosureFixtures.ClockOn(October1.AddDays(59), 18)).ExecuteAsync()).TotalProposed);
        var at = await testDb.Scan(ClosureFixtures.ClockOn(October1.AddDays(60), 7)).ExecuteAsync();

        Assert.Equal(1, at.Proposed[ComplainantUnreachable]);
        var p = Assert.Single(await testDb.ProposalsAsync());
        Assert.Equal((ComplainantUnreachable, 60), (p.Reason, p.DayCount));
    }

    [Fact]
    public async Task ExecuteAsync_HandedToOtherAgency_ProposesOnceReferredWithATarget()
    {
        await using var testDb = await TestDb.CreateAsync();
        var verification = ClosureFixtures.Verified(ClosureFixtures.At(October1));
        verification.ReferralTarget = ReferralTarget.Police; // a target alone is not a hand-over
        await testDb.InsertAsync(verification);
        var referred = ClosureFixtures.Verified(ClosureFixtures.At(October1), CaseStatus.Referred);
        referred.ReferralTarget = ReferralTarget.Police;
        await testDb.InsertAsync(referred);
        var referredOn = new DateOnly(2026, 10, 20);
        await testDb.AddEventAsync(referred.Id, CaseEventType.Transition, ClosureFixtures.At(referredOn), WorkflowFixtures.Officer,
            CaseStatus.Referred);

        var result = await testDb.Scan(ClosureFixtures.ClockOn(referredOn)).ExecuteAsync();

        Assert.Equal(1, result.Proposed[HandedToOtherAgency]);
        var p = Assert.Single(await testDb.ProposalsAsync());
        Assert.Equal((referred.Id, HandedToOtherAgency, ReferralTarget.Police), (p.CaseId, p.Reason, p.ReferralTarget));
        Assert.Equal((ClosureFixtures.At(referredOn), 0), (p.ConditionStartedAtUtc, p.DayCount));
    }

    [Fact]
    public async Task ExecuteAsync_NoResponseAfterUnresolvable_ProposesSixCalendarMonthsAfterTheLastOfficerAction()
    {
        await using var testDb = await TestDb.CreateAsync();
        var told = new DateOnly(2026, 5, 23);
        var c = await testDb.InsertAsync(ClosureFixtures.Unresolvable(ClosureFixtures.At(new DateOnly(2026, 4, 1))));
        await testDb.AddEventAsync(c.Id, CaseEventType.Created, ClosureFixtures.At(new DateOnly(2026, 4, 1)), WorkflowFixtures.Officer);
        await testDb.AddEventAsync(c.Id, CaseEventType.Note, ClosureFixtures.At(told, 14), WorkflowFixtures.Officer);
        // What the system does later is no response from the office's side.
        await testDb.AddEventAsync(c.Id, CaseEventType.Note, ClosureFixtures.At(new DateOnly(2026, 9, 1)), Actor.System);

        Assert.Equal(0, (await testDb.Scan(ClosureFixtures.ClockOn(new DateOnly(2026, 11, 22), 20)).ExecuteAsync()).TotalProposed);
        var at = await testDb.Scan(ClosureFixtures.ClockOn(new DateOnly(2026, 11, 23), 7)).ExecuteAsync();

        Assert.Equal(1, at.Proposed[NoResponseAfterUnresolvable]);
        var p = Assert.Single(await testDb.ProposalsAsync());
        Assert.Equal((NoResponseAfterUnresolvable, ClosureFixtures.At(told, 14), 184),
            (p.Reason, p.ConditionStartedAtUtc, p.DayCount));
    }

    [Fact]
    public async Task ExecuteAsync_FailedMediationReferredOn_HandedOverFirstThenNoResponseAfterDismissal()
    {
        await using var testDb = await TestDb.CreateAsync();
        var told = new DateOnly(2026, 3, 2);
        var failed = ClosureFixtures.Unresolvable(ClosureFixtures.At(new DateOnly(2026, 2, 2)));
        failed.ReferralTarget = ReferralTarget.Disnaker;
        var c = await testDb.InsertAsync(failed);
        await testDb.AddEventAsync(c.Id, CaseEventType.Note, ClosureFixtures.At(told, 10), WorkflowFixtures.Officer);
        var clock = ClosureFixtures.ClockOn(told.AddDays(1));

        var first = await testDb.Scan(clock).ExecuteAsync();
        var handedOver = Assert.Single(await testDb.ProposalsAsync());
        Assert.Equal((1, HandedToOtherAgency), (first.TotalProposed, handedOver.Reason));
        Assert.True((await testDb.Dismiss(clock).ExecuteAsync(handedOver.Id, "Disnaker masih menangani; tunggu kabar.",
            WorkflowFixtures.Supervisor)).Succeeded);

        clock.Now = new DateTimeOffset(ClosureFixtures.At(told.AddMonths(6)));
        var later = await testDb.Scan(clock).ExecuteAsync();

        Assert.Equal(1, later.Proposed[NoResponseAfterUnresolvable]);
        Assert.Single(await testDb.ProposalsAsync(), p => p.Status == ClosureProposalStatus.Pending
            && p.Reason == NoResponseAfterUnresolvable);
    }

    [Fact]
    public async Task ExecuteAsync_NoResponse_MonthEndClampsToTheShorterMonth()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Unresolvable(ClosureFixtures.At(new DateOnly(2026, 8, 1))));
        await testDb.AddEventAsync(c.Id, CaseEventType.Note, ClosureFixtures.At(new DateOnly(2026, 8, 31)), WorkflowFixtures.Officer);

        // 31 August + 6 months = 28 February 2027.
        Assert.Equal(0, (await testDb.Scan(ClosureFixtures.ClockOn(new DateOnly(2027, 2, 27))).ExecuteAsync()).TotalProposed);
        Assert.Equal(1, (await testDb.Scan(ClosureFixtures.ClockOn(new DateOnly(2027, 2, 28))).ExecuteAsync()).TotalProposed);
    }

    [Fact]
    public async Task ExecuteAsync_Proposal_WritesASystemTimelineEventInIndonesianAndKeepsTheVersion()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(ClosureFixtures.Incomplete(ClosureFixtures.At(new DateOnly(2026, 10, 12))));
        var clock = ClosureFixtures.ClockOn(new DateOnly(2026, 11, 23));

        await testDb.Scan(clock).ExecuteAsync();

        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(c.Version, saved.Version);
        var e = Assert.Single(saved.Events);
        Assert.Equal((CaseEventType.ClosureProposed, "system", "Sistem", clock.Now.UtcDateTime),
            (e.Type, e.ActorId, e.ActorName, e.AtUtc));
        Assert.Contains("Peraturan Badan Nomor 6 Tahun 2024 Pasal 30 (kode PS30-BERKAS)", e.Note);
        Assert.Contains("Berkas belum lengkap sejak 12 Oktober 2026 (42 hari)", e.Note);
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedScans_CreateNoDuplicates()
    {
        await using var testDb = await TestDb.CreateAsync();
        await testDb.InsertAsync(ClosureFixtures.Incomplete(ClosureFixtures.At(October1)));
        var clock = ClosureFixtures.ClockOn(October1.AddDays(40));

        var first = await testDb.Scan(clock).ExecuteAsync();
        clock.Advance(TimeSpan.FromDays(1));
        var second = await testDb.Scan(clock).ExecuteAsync();
        var third = await testDb.Scan(clock).ExecuteAsync();

        Assert.Equal((1, 0, 0), (first.TotalProposed, second.TotalProposed, third.TotalProposed));
        Assert.Equal((0, 0), (second.Expired, third.Expired));
        Assert.Single(await testDb.ProposalsAsync());
    }

    [Fact]
    public async Task ExecuteAsync_CaseMeetingTwoRules_GetsOnePendingProposal()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Incomplete(ClosureFixtures.At(October1), CaseStatus.Verification));
        await testDb.AddWaitAsync(c.Id, WaitingFor.ComplainantUnreachable, ClosureFixtures.At(October1));

        var result = await testDb.Scan(ClosureFixtures.ClockOn(October1.AddDays(70))).ExecuteAsync();

        Assert.Equal(1, result.TotalProposed);
        Assert.Equal(IncompleteFile, Assert.Single(await testDb.ProposalsAsync()).Reason);
    }

    [Fact]
    public async Task Database_SecondPendingProposalForOneCase_IsRefused()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Incomplete(ClosureFixtures.At(October1)));
        await using var db = await testDb.Factory.CreateDbContextAsync();
        db.ClosureProposals.Add(new ClosureProposal { CaseId = c.Id, Reason = IncompleteFile, Status = ClosureProposalStatus.Pending });
        db.ClosureProposals.Add(new ClosureProposal { CaseId = c.Id, Reason = NoClarification, Status = ClosureProposalStatus.Pending });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task ExecuteAsync_DismissedReason_IsNotProposedAgain()
    {
        await using var testDb = await TestDb.CreateAsync();
        await testDb.InsertAsync(ClosureFixtures.Incomplete(ClosureFixtures.At(October1)));
        var clock = ClosureFixtures.ClockOn(October1.AddDays(31));
        await testDb.Scan(clock).ExecuteAsync();
        var proposal = Assert.Single(await testDb.ProposalsAsync());
        Assert.True((await testDb.Dismiss(clock).ExecuteAsync(proposal.Id, "Dokumen sedang dikirim keluarga.",
            WorkflowFixtures.Supervisor)).Succeeded);

        clock.Advance(TimeSpan.FromDays(20));
        var again = await testDb.Scan(clock).ExecuteAsync();

        Assert.Equal(0, again.TotalProposed);
        Assert.Equal(ClosureProposalStatus.Dismissed, Assert.Single(await testDb.ProposalsAsync()).Status);
    }

    [Fact]
    public async Task ExecuteAsync_DismissedReasonWhoseConditionStartsAgain_IsProposedAgainAtTheNewThreshold()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Verified(ClosureFixtures.At(October1)));
        await testDb.AddWaitAsync(c.Id, WaitingFor.ComplainantUnreachable, ClosureFixtures.At(October1));
        var clock = ClosureFixtures.ClockOn(October1.AddDays(60));
        await testDb.Scan(clock).ExecuteAsync();
        var first = Assert.Single(await testDb.ProposalsAsync());
        await testDb.Dismiss(clock).ExecuteAsync(first.Id, "Keluarga baru saja memberi nomor baru.", WorkflowFixtures.Supervisor);

        // The new number did not answer either: a new wait, a new 60 days.
        var restarted = October1.AddDays(62);
        await testDb.EndWaitAsync(c.Id, ClosureFixtures.At(restarted, 8));
        await testDb.AddWaitAsync(c.Id, WaitingFor.ComplainantUnreachable, ClosureFixtures.At(restarted, 9));

        Assert.Equal(0, (await testDb.Scan(ClosureFixtures.ClockOn(restarted.AddDays(59))).ExecuteAsync()).TotalProposed);
        Assert.Equal(1, (await testDb.Scan(ClosureFixtures.ClockOn(restarted.AddDays(60))).ExecuteAsync()).TotalProposed);
        var proposals = await testDb.ProposalsAsync();
        Assert.Equal([ClosureProposalStatus.Dismissed, ClosureProposalStatus.Pending], proposals.Select(p => p.Status));
    }

    [Fact]
    public async Task ExecuteAsync_PendingProposalWhoseConditionEnded_IsWithdrawnWithATimelineEvent()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Verified(ClosureFixtures.At(October1)));
        await testDb.AddWaitAsync(c.Id, WaitingFor.Complainant, ClosureFixtures.At(October1));
        var clock = ClosureFixtures.ClockOn(October1.AddDays(40));
        await testDb.Scan(clock).ExecuteAsync();
        Assert.Equal(ClosureProposalStatus.Pending, Assert.Single(await testDb.ProposalsAsync()).Status);

        await testDb.EndWaitAsync(c.Id, clock.Now.UtcDateTime); // the complainant answered
        clock.Advance(TimeSpan.FromDays(1));
        var result = await testDb.Scan(clock).ExecuteAsync();

        Assert.Equal((1, 0), (result.Expired, result.TotalProposed));
        var p = Assert.Single(await testDb.ProposalsAsync());
        Assert.Equal((ClosureProposalStatus.Expired, "system", clock.Now.UtcDateTime), (p.Status, p.DecidedById, p.DecidedAtUtc));
        var events = (await testDb.LoadAsync(c.Id)).Events.OrderBy(e => e.Id).ToList();
        Assert.Equal([CaseEventType.ClosureProposed, CaseEventType.ClosureProposalExpired], events.Select(e => e.Type));
        Assert.Contains("PS30-KLARIFIKASI", events[1].Note);
    }

    [Fact]
    public async Task ExecuteAsync_PendingProposalOfACaseClosedOtherwise_IsWithdrawn()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ClosureFixtures.Incomplete(ClosureFixtures.At(October1)));
        var clock = ClosureFixtures.ClockOn(October1.AddDays(30));
        await testDb.Scan(clock).ExecuteAsync();

        var withdrawn = await testDb.Transition(clock).ExecuteAsync(c.Id, Core.Workflow.CaseTrigger.Withdraw,
            new Core.Workflow.StepInput { Note = "Pengadu mencabut pengaduan." }, c.Version, WorkflowFixtures.Supervisor);
        Assert.True(withdrawn.Succeeded);
        Assert.Empty(await new ClosureQueries(testDb.Factory).GetPendingAsync()); // no longer listed at once
        var result = await testDb.Scan(clock).ExecuteAsync();

        Assert.Equal(1, result.Expired);
        Assert.Equal(ClosureProposalStatus.Expired, Assert.Single(await testDb.ProposalsAsync()).Status);
    }

    [Fact]
    public async Task ExecuteAsync_MoreCasesThanOneBatch_ProposesForEveryOne()
    {
        await using var testDb = await TestDb.CreateAsync();
        var count = ProposeAdministrativeClosures.BatchSize * 2 + 17;
        await using (var db = await testDb.Factory.CreateDbContextAsync())
        {
            for (var i = 0; i < count; i++)
            {
                db.Cases.Add(ClosureFixtures.Incomplete(ClosureFixtures.At(October1)));
            }

            db.Cases.Add(ClosureFixtures.Verified(ClosureFixtures.At(October1))); // complete: never proposed
            await db.SaveChangesAsync();
        }

        var result = await testDb.Scan(ClosureFixtures.ClockOn(October1.AddDays(30))).ExecuteAsync();

        Assert.Equal(count, result.Proposed[IncompleteFile]);
        Assert.Equal(count, (await testDb.ProposalsAsync()).Select(p => p.CaseId).Distinct().Count());
        Assert.Equal(0, (await testDb.Scan(ClosureFixtures.ClockOn(October1.AddDays(30))).ExecuteAsync()).TotalProposed);
    }
}

/// <summary>The thresholds as the tests state them (independent of the constants in Core).</summary>
internal static class ClosureRulesForTests
{
    public const int ClarificationWorkingDays = 15;
}
