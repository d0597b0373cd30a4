using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Consents;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using static CaseDesk.Core.Cases.CaseStatus;

namespace CaseDesk.Tests.Consents;

public sealed class RecordConsentTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task ExecuteAsync_Give_AppendsRecordTimelineEventAndAuditRow()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);

        var result = await testDb.Record().ExecuteAsync(c.Id, new ConsentInput(ConsentPurpose.SharingPolice,
            ConsentDecision.Given, ConsentMethod.Verbal, new DateOnly(2026, 11, 20), "  Disampaikan melalui telepon. "),
            WorkflowFixtures.Officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Messages));
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var record = await db.ConsentRecords.AsNoTracking().SingleAsync();
        Assert.Equal((c.Id, ConsentPurpose.SharingPolice, ConsentDecision.Given, ConsentMethod.Verbal,
                new DateOnly(2026, 11, 20), "Disampaikan melalui telepon.", WorkflowFixtures.Officer.DisplayName),
            (record.CaseId, record.Purpose, record.Decision, record.Method, record.DecidedOn, record.Note,
                record.RecordedByName));
        Assert.Equal(new TestClock().Now.UtcDateTime, record.RecordedAtUtc);

        var e = Assert.Single((await testDb.LoadAsync(c.Id)).Events);
        Assert.Equal(CaseEventType.ConsentRecorded, e.Type);
        Assert.StartsWith("Persetujuan dicatat: Berbagi data dengan Kepolisian (Lisan, dicatat petugas, 20 November 2026).",
            e.Note, StringComparison.Ordinal);

        var audit = Assert.Single(await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.ConsentRecorded)
            .ToListAsync());
        Assert.Equal((c.Id, WorkflowFixtures.Officer.UserId), (audit.CaseId, audit.UserId));
        Assert.Contains("\"decision\":\"Given\"", audit.Detail, StringComparison.Ordinal);
        Assert.Contains("\"purpose\":\"SharingPolice\"", audit.Detail, StringComparison.Ordinal);

        // A consent is not a case field: a colleague's open edit is not made stale.
        Assert.Equal(c.Version, (await testDb.LoadAsync(c.Id)).Version);
    }

    [Fact]
    public async Task ExecuteAsync_WithdrawThenGiveAgain_KeepsTheWholeHistoryAndTheLatestIsCurrent()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);

        Assert.True((await testDb.GiveAsync(c.Id, ConsentPurpose.SharingDisnaker, new(2026, 11, 10))).Succeeded);
        Assert.True((await testDb.WithdrawAsync(c.Id, ConsentPurpose.SharingDisnaker, new(2026, 11, 12))).Succeeded);
        var afterWithdrawal = await testDb.ConsentQueries().ForCaseAsync(c.Id);
        Assert.Equal(ConsentDecision.Withdrawn, afterWithdrawal.Current(ConsentPurpose.SharingDisnaker)?.Decision);
        Assert.False(afterWithdrawal.IsGiven(ConsentPurpose.SharingDisnaker));

        Assert.True((await testDb.GiveAsync(c.Id, ConsentPurpose.SharingDisnaker, new(2026, 11, 20))).Succeeded);

        var consents = await testDb.ConsentQueries().ForCaseAsync(c.Id);
        Assert.Equal([ConsentDecision.Given, ConsentDecision.Withdrawn, ConsentDecision.Given],
            consents.History.Select(h => h.Decision));
        Assert.Equal([new DateOnly(2026, 11, 20), new(2026, 11, 12), new(2026, 11, 10)],
            consents.History.Select(h => h.DecidedOn));
        Assert.True(consents.IsGiven(ConsentPurpose.SharingDisnaker));
        Assert.Null(consents.Current(ConsentPurpose.SharingPolice));
        Assert.Equal(3, (await testDb.LoadAsync(c.Id)).Events.Count(e => e.Type == CaseEventType.ConsentRecorded));
    }

    [Fact]
    public async Task ExecuteAsync_WithdrawWhatWasNeverGiven_IsInvalidAndSavesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);

        var result = await testDb.WithdrawAsync(c.Id, ConsentPurpose.SharingPolice, Today);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(["Tidak ada persetujuan yang berlaku untuk ditarik."], result.Messages);
        Assert.Empty((await testDb.ConsentQueries().ForCaseAsync(c.Id)).History);
        Assert.Empty((await testDb.LoadAsync(c.Id)).Events);
    }

    [Fact]
    public async Task ExecuteAsync_NothingChosen_ListsEveryMissingFieldInIndonesian()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);

        var result = await testDb.Record().ExecuteAsync(c.Id, new ConsentInput(null, null, null, null),
            WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(
        [
            "Pilih tujuan persetujuan.", "Pilih apakah persetujuan diberikan atau ditarik.",
            "Pilih cara persetujuan diperoleh.", "Tanggal wajib diisi.",
        ], result.Messages);
    }

    [Fact]
    public async Task ExecuteAsync_English_MessagesInEnglish()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);

        var result = await testDb.Record().ExecuteAsync(c.Id, new ConsentInput(ConsentPurpose.Processing,
            ConsentDecision.Given, null, Today), WorkflowFixtures.Officer);

        Assert.Equal(["Choose how the consent was obtained."], result.Messages);
    }

    [Fact]
    public async Task ExecuteAsync_DateInTheFutureOrBeforeTheLatestRecord_IsInvalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);

        var future = await testDb.GiveAsync(c.Id, ConsentPurpose.Processing, Today.AddDays(1));
        Assert.Equal(["Tanggal tidak boleh melewati hari ini."], future.Messages);

        Assert.True((await testDb.GiveAsync(c.Id, ConsentPurpose.Processing, new(2026, 11, 15))).Succeeded);
        var earlier = await testDb.WithdrawAsync(c.Id, ConsentPurpose.Processing, new(2026, 11, 14));

        Assert.Equal(CommandOutcome.Invalid, earlier.Outcome);
        Assert.Equal(["Tanggal tidak boleh sebelum catatan terakhir untuk tujuan ini (15 November 2026)."], earlier.Messages);
        Assert.Single((await testDb.ConsentQueries().ForCaseAsync(c.Id)).History);
    }

    [Fact]
    public async Task ExecuteAsync_NoteTooLong_IsInvalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);

        var result = await testDb.Record().ExecuteAsync(c.Id, new ConsentInput(ConsentPurpose.Processing,
            ConsentDecision.Given, ConsentMethod.SignedForm, Today, new string('x', ConsentRecord.NoteMaxLength + 1)),
            WorkflowFixtures.Officer);

        Assert.Equal(["Catatan paling banyak 1000 karakter."], result.Messages);
    }

    [Theory]
    [InlineData(Roles.Officer, true)]
    [InlineData(Roles.Supervisor, true)]
    [InlineData(Roles.Head, true)]
    [InlineData(Roles.Admin, false)]
    [InlineData(null, false)]
    public async Task ExecuteAsync_EachRole_OnlyCaseStaffMayRecord(string? role, bool allowed)
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);
        var actor = new Actor("user-1", "Pengguna", role is null ? new HashSet<string>() : new HashSet<string> { role });

        var result = await testDb.GiveAsync(c.Id, ConsentPurpose.Processing, Today, actor);

        Assert.Equal(allowed ? CommandOutcome.Succeeded : CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal(allowed ? 1 : 0, (await testDb.ConsentQueries().ForCaseAsync(c.Id)).History.Count);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownCase_IsNotFound()
    {
        await using var testDb = await TestDb.CreateAsync();

        var result = await testDb.GiveAsync(4242, ConsentPurpose.Processing, Today);

        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task ConsentRecords_UpdateThroughEf_IsRefusedByTheDatabase()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);
        await testDb.GiveAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 1));

        await using (var db = await testDb.Factory.CreateDbContextAsync())
        {
            var record = await db.ConsentRecords.SingleAsync();
            record.Decision = ConsentDecision.Withdrawn;
            var update = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", update.InnerException?.Message, StringComparison.Ordinal);
        }

        Assert.True((await testDb.ConsentQueries().ForCaseAsync(c.Id)).IsGiven(ConsentPurpose.SharingPolice));
    }
}
