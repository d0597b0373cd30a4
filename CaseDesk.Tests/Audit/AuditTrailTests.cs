using System.Data.Common;
using System.Text.Json;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Letters;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static CaseDesk.Core.Cases.CaseStatus;

namespace CaseDesk.Tests.Audit;

public sealed class AuditTrailTests
{
    private const string Ip = "10.20.30.40";

    private static readonly Actor Supervisor = new("sup-1", "Ibu Supervisor", new HashSet<string> { Roles.Supervisor });

    [Fact]
    public async Task OpenCase_WithScope_WritesCaseCreatedWithWhoWhenIpAndCase()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        using var scope = AuditScope.Begin(new AuditScope("someone-else", "Circuit User", Ip));

        var opened = await new OpenCase(testDb.Factory, clock).ExecuteAsync(CaseTestData.Valid(), Supervisor);

        var entry = Assert.Single(await EntriesAsync(testDb), e => e.Action == AuditAction.CaseCreated);
        Assert.Equal((Supervisor.UserId, Supervisor.DisplayName, Ip, opened.CaseId),
            (entry.UserId, entry.UserName, entry.IpAddress, entry.CaseId));
        Assert.Equal(clock.Now.UtcDateTime, entry.AtUtc);
        Assert.Contains(opened.ReferenceNumber!, entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateCase_ChangedFields_WritesBeforeAfterWithMaskedIdentifiers()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var id = (await new OpenCase(testDb.Factory, clock).ExecuteAsync(CaseTestData.Valid(), Supervisor)).CaseId!.Value;
        var input = UpdateCase.ToInput(await testDb.LoadAsync(id));
        var oldNik = (await testDb.LoadAsync(id)).WorkerNik!;
        input.WorkerName = "Wa Ode Siti Aminah";
        input.WorkerNik = "7414015505900099";
        input.WorkerPhone = "0812 3456 7890";
        clock.Advance(TimeSpan.FromHours(1));

        using (AuditScope.Begin(new AuditScope(null, null, Ip)))
        {
            Assert.True((await new UpdateCase(testDb.Factory, clock).ExecuteAsync(id, input, 1, Supervisor)).Succeeded);
        }

        var entry = Assert.Single(await EntriesAsync(testDb), e => e.Action == AuditAction.CaseUpdated);
        Assert.Equal((Supervisor.UserId, Ip, id, clock.Now.UtcDateTime),
            (entry.UserId, entry.IpAddress, entry.CaseId, entry.AtUtc));
        var changes = JsonSerializer.Deserialize<AuditChanges>(entry.Detail, JsonSerializerOptions.Web)!.Changes;
        Assert.Contains(new AuditFieldChange(nameof(Case.WorkerName), "Wa Ode Siti 1", "Wa Ode Siti Aminah"), changes);
        Assert.Contains(new AuditFieldChange(nameof(Case.WorkerNik), PersonalDataMask.Mask(oldNik, 4, 4),
            "7414••••••••0099"), changes);
        Assert.Contains(new AuditFieldChange(nameof(Case.WorkerPhone), null, "•••••••••••890"), changes);
        Assert.DoesNotContain("7414015505900099", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(oldNik, entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("81234567", entry.Detail, StringComparison.Ordinal);
        // Bookkeeping columns are not "changes".
        Assert.DoesNotContain(changes, c => c.Field is nameof(Case.Version) or nameof(Case.UpdatedAtUtc));
    }

    [Fact]
    public async Task UpdateCase_VersionConflict_WritesNoAuditRow()
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = (await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(CaseTestData.Valid(), Supervisor))
            .CaseId!.Value;
        var input = UpdateCase.ToInput(await testDb.LoadAsync(id));
        input.WorkerName = "Nama Lain";

        var result = await new UpdateCase(testDb.Factory, new TestClock()).ExecuteAsync(id, input, 7, Supervisor);

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.DoesNotContain(await EntriesAsync(testDb), e => e.Action == AuditAction.CaseUpdated);
    }

    [Fact]
    public async Task Transition_WritesFromToAndTrigger()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));

        using (AuditScope.Begin(new AuditScope(null, null, Ip)))
        {
            await testDb.Transition().ExecuteAsync(c.Id, CaseTrigger.StartVerification, new StepInput(), c.Version,
                WorkflowFixtures.Officer);
        }

        var entry = Assert.Single(await EntriesAsync(testDb), e => e.Action == AuditAction.CaseTransition);
        Assert.Equal((WorkflowFixtures.Officer.UserId, WorkflowFixtures.Officer.DisplayName, Ip, c.Id),
            (entry.UserId, entry.UserName, entry.IpAddress, entry.CaseId));
        Assert.Contains("\"from\":\"Intake\"", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("\"to\":\"Verification\"", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("\"trigger\":\"StartVerification\"", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transition_FailingSave_LeavesNoAuditRow()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));
        // Fails after the audit rows were inserted, inside the action's transaction: the rollback must take them too.
        var failing = testDb.FactoryWith(o => o.AddInterceptors(new FailAfterAuditInsert()));
        var before = (await EntriesAsync(testDb)).Count;

        await Assert.ThrowsAnyAsync<Exception>(() => new TransitionCase(failing, new TestClock()).ExecuteAsync(c.Id,
            CaseTrigger.StartVerification, new StepInput(), c.Version, WorkflowFixtures.Officer));

        Assert.Equal(before, (await EntriesAsync(testDb)).Count);
        Assert.Equal(Intake, (await testDb.LoadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task NoteAssignAndVerify_WriteTheirRowsWithoutTheNoteText()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await Access.AccessFixture.AddUserWithRolesAsync(testDb, "petugas", Roles.Officer);
        var supervisor = await testDb.AddUserAsync("supervisor", Roles.Supervisor);
        var clock = new TestClock();
        var id = (await new OpenCase(testDb.Factory, clock).ExecuteAsync(CaseTestData.Valid(), supervisor)).CaseId!.Value;

        await new AddCaseNote(testDb.Factory, clock).ExecuteAsync(id, "Ibu pekerja menelepon: 0812999888", supervisor);
        await new AssignCase(testDb.Factory, clock).ExecuteAsync(id, officer.UserId, supervisor);
        var version = (await testDb.LoadAsync(id)).Version;
        await new VerifyWorkerIdentity(testDb.Factory, clock).ExecuteAsync(id, version, supervisor);

        var entries = await EntriesAsync(testDb);
        var note = Assert.Single(entries, e => e.Action == AuditAction.CaseNoteAdded);
        Assert.DoesNotContain("0812999888", note.Detail, StringComparison.Ordinal);
        Assert.Equal(supervisor.UserId, Assert.Single(entries, e => e.Action == AuditAction.CaseAssigned).UserId);
        Assert.Equal(id, Assert.Single(entries, e => e.Action == AuditAction.IdentityVerified).CaseId);
    }

    [Fact]
    public async Task IssueAndCancelLetter_WriteLetterIssuedAndLetterCancelled()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var issued = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting,
            null, WorkflowFixtures.Officer);

        await testDb.Cancel().ExecuteAsync(issued.LetterId!.Value, "Jadwal diubah.", WorkflowFixtures.Supervisor);

        var entries = await EntriesAsync(testDb);
        var issuedRow = Assert.Single(entries, e => e.Action == AuditAction.LetterIssued);
        Assert.Equal((WorkflowFixtures.Officer.UserId, c.Id, nameof(Letter), issued.Number),
            (issuedRow.UserId, issuedRow.CaseId, issuedRow.EntityType, issuedRow.EntityId));
        var cancelled = Assert.Single(entries, e => e.Action == AuditAction.LetterCancelled);
        Assert.Equal((WorkflowFixtures.Supervisor.UserId, issued.Number), (cancelled.UserId, cancelled.EntityId));
        Assert.Contains("Jadwal diubah.", cancelled.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAndDeleteHoliday_WriteHolidayChangedByTheAdmin()
    {
        await using var testDb = await TestDb.CreateAsync();
        var admin = new Actor("admin-1", "Admin Satu", new HashSet<string> { Roles.Admin });
        var recompute = new RecomputeDueDates(testDb.Factory, new TestClock());
        var date = new DateOnly(2026, 11, 25);

        await new SaveHoliday(testDb.Factory, recompute).ExecuteAsync(null, new HolidayInput(date, "Hari Guru", false),
            admin);
        await new DeleteHoliday(testDb.Factory, recompute).ExecuteAsync(date, admin);

        var rows = (await EntriesAsync(testDb)).Where(e => e.Action == AuditAction.HolidayChanged).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((admin.UserId, "2026-11-25"), (r.UserId, r.EntityId)));
        Assert.Contains("\"change\":\"Added\"", rows[0].Detail, StringComparison.Ordinal);
        Assert.Contains("\"change\":\"Deleted\"", rows[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordPersonalDataView_ExistingCase_WritesTheView()
    {
        await using var testDb = await TestDb.CreateAsync();
        // Without intake consents, so the view is the only audited action besides the creation.
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake), withConsents: false);
        var clock = new TestClock();

        PersonalDataResult recorded;
        using (AuditScope.Begin(new AuditScope(null, null, Ip)))
        {
            recorded = await new RecordPersonalDataView(testDb.Factory, clock).ExecuteAsync(c.Id, Supervisor);
        }

        Assert.Equal(CommandOutcome.Succeeded, recorded.Outcome);
        var entry = Assert.Single(await EntriesAsync(testDb), e => e.Action != AuditAction.CaseCreated);
        Assert.Equal((AuditAction.PersonalDataViewed, Supervisor.UserId, Ip, c.Id, clock.Now.UtcDateTime),
            (entry.Action, entry.UserId, entry.IpAddress, entry.CaseId, entry.AtUtc));
        Assert.Contains(c.ReferenceNumber, entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordPersonalDataView_UnknownCase_RecordsNothing()
    {
        await using var testDb = await TestDb.CreateAsync();

        Assert.Equal(CommandOutcome.NotFound,
            (await new RecordPersonalDataView(testDb.Factory, new TestClock()).ExecuteAsync(999, Supervisor)).Outcome);

        Assert.Empty(await EntriesAsync(testDb));
    }

    [Fact]
    public async Task RecordAuditEvent_SignInFailure_KeepsTheReasonAndAddress()
    {
        await using var testDb = await TestDb.CreateAsync();

        await new RecordAuditEvent(testDb.Factory, new TestClock()).ExecuteAsync(new AuditRecord(
            AuditAction.SignInFailed, "-", "salah@test.local", Ip, new { email = "salah@test.local", reason = "UnknownAccount" }));

        var entry = Assert.Single(await EntriesAsync(testDb));
        Assert.Equal((AuditAction.SignInFailed, Ip), (entry.Action, entry.IpAddress));
        Assert.Contains("UnknownAccount", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditEntries_UpdateOrDeleteThroughEf_IsRefusedByTheDatabase()
    {
        await using var testDb = await TestDb.CreateAsync();
        await new RecordAuditEvent(testDb.Factory, new TestClock()).ExecuteAsync(
            new AuditRecord(AuditAction.SignIn, "u1", "User", Ip, new { }));

        await using (var db = await testDb.Factory.CreateDbContextAsync())
        {
            var entry = await db.AuditEntries.SingleAsync();
            entry.Detail = "{\"tampered\":true}";
            var update = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Contains("append-only", update.InnerException?.Message, StringComparison.Ordinal);
        }

        await using (var db = await testDb.Factory.CreateDbContextAsync())
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            var bulk = await Assert.ThrowsAsync<SqliteException>(() => db.AuditEntries.ExecuteDeleteAsync());
            Assert.Contains("append-only", bulk.Message, StringComparison.Ordinal);
        }

        await using (var db = await testDb.Factory.CreateDbContextAsync())
        {
            var kept = await db.AuditEntries.AsNoTracking().SingleAsync();
            Assert.Equal("{}", kept.Detail);
        }
    }

    [Theory]
    [InlineData("WorkerNik", "7414012345670012", "7414••••••••0012")]
    [InlineData("WorkerPassportNo", "C1234567", "C1••••67")]
    [InlineData("ComplainantPhone", "+6281234567890", "•••••••••••890")]
    [InlineData("WorkerDateOfBirth", "1990-01-01", "••••")]
    [InlineData("WorkerName", "Wa Ode", "Wa Ode")]
    public void PersonalDataMask_ForField_MasksOnlyPersonalIdentifiers(string field, string value, string expected) =>
        Assert.Equal(expected, PersonalDataMask.ForField(field, value));

    internal static async Task<List<AuditEntry>> EntriesAsync(TestDb testDb)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    private sealed class FailAfterAuditInsert : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command,
            CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"AuditEntries\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("Simulated failure after the audit rows were written.")
                : ValueTask.FromResult(result);
    }
}
