using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseDesk.Tests.Cases;

public sealed class CaseCommandsTests
{
    private static readonly Actor Supervisor = new("sup-1", "Ibu Supervisor", new HashSet<string> { Roles.Supervisor });

    [Fact]
    public async Task Update_ChangedFields_SavesAndRecordsBeforeAfter()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var id = await OpenAsync(testDb, clock);
        var input = UpdateCase.ToInput(await LoadAsync(testDb, id));
        input.WorkerName = "  Wa Ode Siti Aminah ";
        input.WorkerPhone = "0812 3456 7890";
        input.Category = ComplaintCategory.Trafficking;
        input.HomeRegencyCode = "7402";
        clock.Advance(TimeSpan.FromHours(2));

        var result = await new UpdateCase(testDb.Factory, clock).ExecuteAsync(id, input, 1, Supervisor);

        Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
        Assert.Equal(2, result.NewVersion);
        var c = await LoadAsync(testDb, id);
        Assert.Equal("Wa Ode Siti Aminah", c.WorkerName);
        Assert.Equal("+6281234567890", c.WorkerPhone);
        Assert.Equal(Urgency.Urgent, c.Urgency); // re-derived from the new category
        Assert.Equal(2, c.Version);
        Assert.Equal(clock.Now.UtcDateTime, c.UpdatedAtUtc);
        var edited = Assert.Single(c.Events, e => e.Type == CaseEventType.Edited);
        Assert.Equal(
            "Nama pekerja: \"Wa Ode Siti 1\" → \"Wa Ode Siti Aminah\"\n" +
            "Kabupaten/kota asal: Buton Tengah (7414) → Muna (7402)\n" +
            "Telepon pekerja: (kosong) → \"•••••••••••890\"\n" +
            "Kategori masalah: Gaji tidak dibayar → Tindak pidana perdagangan orang (TPPO)",
            edited.Note);
        Assert.Equal("Ibu Supervisor", edited.ActorName);
    }

    [Fact]
    public async Task Update_NothingChanged_SucceedsWithoutEventOrNewVersion()
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = await OpenAsync(testDb);
        var input = UpdateCase.ToInput(await LoadAsync(testDb, id));

        var result = await new UpdateCase(testDb.Factory, new TestClock()).ExecuteAsync(id, input, 1, Supervisor);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.NewVersion);
        var c = await LoadAsync(testDb, id);
        Assert.Equal(1, c.Version);
        Assert.DoesNotContain(c.Events, e => e.Type == CaseEventType.Edited);
    }

    [Fact]
    public async Task ToInput_OpenedCase_RoundTripsTheForm()
    {
        await using var testDb = await TestDb.CreateAsync();
        var original = CaseTestData.Valid(CaseKind.Mediation);
        original.ComplainantIsWorker = false;
        original.ComplainantName = "La Ode Amir";
        original.ComplainantRelation = "Suami";
        original.ComplainantPhone = "+62 812 3456 789";
        var opened = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(original, Supervisor);

        var input = UpdateCase.ToInput(await LoadAsync(testDb, opened.CaseId!.Value));

        Assert.Empty(CaseValidator.Validate(input, CaseTestData.Today));
        Assert.Equal(CaseKind.Mediation, input.Kind);
        Assert.False(input.ComplainantIsWorker);
        Assert.Equal("+628123456789", input.ComplainantPhone);
        Assert.Equal(original.WorkerNik, input.WorkerNik);
        Assert.Equal(original.Narrative, input.Narrative);
    }

    [Fact]
    public async Task Update_StaleVersion_ConflictAndNothingChanged()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var id = await OpenAsync(testDb, clock);
        var update = new UpdateCase(testDb.Factory, clock);
        var first = UpdateCase.ToInput(await LoadAsync(testDb, id));
        first.HomeVillage = "Lakudo";
        var second = UpdateCase.ToInput(await LoadAsync(testDb, id));
        second.HomeVillage = "Mawasangka";

        var winner = await update.ExecuteAsync(id, first, 1, Supervisor);
        var loser = await update.ExecuteAsync(id, second, 1, Supervisor);

        Assert.True(winner.Succeeded);
        Assert.Equal(CommandOutcome.Conflict, loser.Outcome);
        Assert.Null(loser.NewVersion);
        var c = await LoadAsync(testDb, id);
        Assert.Equal("Lakudo", c.HomeVillage);
        Assert.Equal(2, c.Version);
        Assert.Single(c.Events, e => e.Type == CaseEventType.Edited);
    }

    [Fact]
    public async Task Update_ClosedCase_NotAllowed()
    {
        await using var testDb = await TestDb.CreateAsync();
        var closed = await CaseTestData.InsertAsync(testDb.Factory, "ADU-2025-000001",
            c => c.Status = CaseStatus.Closed);
        var input = CaseTestData.Valid();

        var result = await new UpdateCase(testDb.Factory, new TestClock()).ExecuteAsync(closed.Id, input, 1, Supervisor);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal("La Ode Direct", (await LoadAsync(testDb, closed.Id)).WorkerName);
    }

    [Fact]
    public async Task Update_UnknownCase_NotFound()
    {
        await using var testDb = await TestDb.CreateAsync();
        var result = await new UpdateCase(testDb.Factory, new TestClock())
            .ExecuteAsync(404, CaseTestData.Valid(), 1, Supervisor);
        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task Update_KindChanged_Invalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = await OpenAsync(testDb);
        var input = UpdateCase.ToInput(await LoadAsync(testDb, id));
        input.Kind = CaseKind.Repatriation;

        var result = await new UpdateCase(testDb.Factory, new TestClock()).ExecuteAsync(id, input, 1, Supervisor);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal("Kind", Assert.Single(result.Errors).Field);
        Assert.Equal(CaseKind.Complaint, (await LoadAsync(testDb, id)).Kind);
    }

    [Fact]
    public async Task Update_InvalidInput_InvalidAndNothingChanged()
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = await OpenAsync(testDb);
        var input = UpdateCase.ToInput(await LoadAsync(testDb, id));
        input.WorkerName = "Changed";
        input.WorkerNik = "0000000000000000";

        var result = await new UpdateCase(testDb.Factory, new TestClock()).ExecuteAsync(id, input, 1, Supervisor);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal("WorkerNik", Assert.Single(result.Errors).Field);
        var c = await LoadAsync(testDb, id);
        Assert.Equal("Wa Ode Siti 1", c.WorkerName);
        Assert.Equal(1, c.Version);
    }

    [Fact]
    public async Task Update_NikChangedAfterVerification_ClearsVerification()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var id = await OpenAsync(testDb, clock);
        await new VerifyWorkerIdentity(testDb.Factory, clock).ExecuteAsync(id, 1, Supervisor);
        var input = UpdateCase.ToInput(await LoadAsync(testDb, id));
        input.WorkerNik = "7414015505900099";

        var result = await new UpdateCase(testDb.Factory, clock).ExecuteAsync(id, input, 2, Supervisor);

        Assert.True(result.Succeeded);
        var c = await LoadAsync(testDb, id);
        Assert.Null(c.IdentityVerifiedAtUtc);
        Assert.Null(c.IdentityVerifiedById);
        Assert.Contains("Verifikasi identitas dibatalkan",
            Assert.Single(c.Events, e => e.Type == CaseEventType.Edited).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_LongNarrative_NoteShortenedWithinColumn()
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = await OpenAsync(testDb);
        var input = UpdateCase.ToInput(await LoadAsync(testDb, id));
        input.Narrative = new string('x', 8000);

        var result = await new UpdateCase(testDb.Factory, new TestClock()).ExecuteAsync(id, input, 1, Supervisor);

        Assert.True(result.Succeeded);
        var note = Assert.Single((await LoadAsync(testDb, id)).Events, e => e.Type == CaseEventType.Edited).Note!;
        Assert.True(note.Length < 200, note);
        Assert.StartsWith("Kronologi: \"Gaji tidak dibayar", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNote_Text_TrimmedOnTimelineWithoutVersionChange()
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = await OpenAsync(testDb);

        var result = await new AddCaseNote(testDb.Factory, new TestClock()).ExecuteAsync(id, "  Keluarga datang.  ", Supervisor);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.NewVersion);
        var c = await LoadAsync(testDb, id);
        Assert.Equal(1, c.Version);
        var note = Assert.Single(c.Events, e => e.Type == CaseEventType.Note);
        Assert.Equal("Keluarga datang.", note.Note);
        Assert.Equal(Supervisor.UserId, note.ActorId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task AddNote_Empty_Invalid(string? text)
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = await OpenAsync(testDb);
        using var culture = new UiCulture("en");

        var result = await new AddCaseNote(testDb.Factory, new TestClock()).ExecuteAsync(id, text!, Supervisor);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal("The note cannot be empty.", Assert.Single(result.Errors).Message);
        Assert.DoesNotContain((await LoadAsync(testDb, id)).Events, e => e.Type == CaseEventType.Note);
    }

    [Fact]
    public async Task AddNote_TooLong_Invalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = await OpenAsync(testDb);
        var note = new AddCaseNote(testDb.Factory, new TestClock());

        var tooLong = await note.ExecuteAsync(id, new string('n', 4001), Supervisor);
        var longest = await note.ExecuteAsync(id, new string('n', 4000), Supervisor);

        Assert.Equal(CommandOutcome.Invalid, tooLong.Outcome);
        Assert.True(longest.Succeeded);
    }

    [Fact]
    public async Task AddNote_ClosedCase_Allowed()
    {
        await using var testDb = await TestDb.CreateAsync();
        var closed = await CaseTestData.InsertAsync(testDb.Factory, "ADU-2025-000001", c => c.Status = CaseStatus.Closed);

        var result = await new AddCaseNote(testDb.Factory, new TestClock()).ExecuteAsync(closed.Id, "Arsip.", Supervisor);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task AddNote_UnknownCase_NotFound()
    {
        await using var testDb = await TestDb.CreateAsync();
        var result = await new AddCaseNote(testDb.Factory, new TestClock()).ExecuteAsync(404, "Catatan.", Supervisor);
        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task Assign_ExistingOfficer_AssignsWithEventAndVersion()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await Access.AccessFixture.AddUserWithRolesAsync(testDb, "Pak Rahman", Roles.Officer);
        var id = await OpenAsync(testDb);

        var result = await new AssignCase(testDb.Factory, new TestClock()).ExecuteAsync(id, officer.UserId, Supervisor);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.NewVersion);
        var c = await LoadAsync(testDb, id);
        Assert.Equal(officer.UserId, c.AssignedOfficerId);
        Assert.Equal(2, c.Version);
        Assert.Equal("Ditugaskan kepada Pak Rahman.", Assert.Single(c.Events, e => e.Type == CaseEventType.Assigned).Note);
    }

    [Fact]
    public async Task Assign_Null_Unassigns()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await testDb.AddUserAsync("Pak Rahman", Roles.Officer);
        var opened = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(CaseTestData.Valid(), officer);

        var result = await new AssignCase(testDb.Factory, new TestClock()).ExecuteAsync(opened.CaseId!.Value, null, Supervisor);

        Assert.True(result.Succeeded);
        var c = await LoadAsync(testDb, opened.CaseId.Value);
        Assert.Null(c.AssignedOfficerId);
        Assert.Single(c.Events, e => e.Type == CaseEventType.Assigned);
    }

    [Fact]
    public async Task Assign_UnknownOfficer_InvalidAndUnchanged()
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = await OpenAsync(testDb);

        var result = await new AssignCase(testDb.Factory, new TestClock()).ExecuteAsync(id, "nobody", Supervisor);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal("AssignedOfficerId", Assert.Single(result.Errors).Field);
        Assert.Null((await LoadAsync(testDb, id)).AssignedOfficerId);
    }

    [Fact]
    public async Task Assign_UnknownCase_NotFound()
    {
        await using var testDb = await TestDb.CreateAsync();
        var result = await new AssignCase(testDb.Factory, new TestClock()).ExecuteAsync(404, null, Supervisor);
        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task VerifyIdentity_OpenCase_RecordsWhoAndWhen()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var id = await OpenAsync(testDb, clock);
        clock.Advance(TimeSpan.FromMinutes(30));

        var result = await new VerifyWorkerIdentity(testDb.Factory, clock).ExecuteAsync(id, 1, Supervisor);

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.NewVersion);
        var c = await LoadAsync(testDb, id);
        Assert.Equal(clock.Now.UtcDateTime, c.IdentityVerifiedAtUtc);
        Assert.Equal(Supervisor.UserId, c.IdentityVerifiedById);
        Assert.Equal("Identitas pekerja diverifikasi (NIK, paspor).",
            Assert.Single(c.Events, e => e.Type == CaseEventType.IdentityVerified).Note);
    }

    [Fact]
    public async Task VerifyIdentity_StaleVersion_Conflict()
    {
        await using var testDb = await TestDb.CreateAsync();
        var id = await OpenAsync(testDb);

        var result = await new VerifyWorkerIdentity(testDb.Factory, new TestClock()).ExecuteAsync(id, 7, Supervisor);

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.Null((await LoadAsync(testDb, id)).IdentityVerifiedAtUtc);
    }

    [Fact]
    public async Task VerifyIdentity_ClosedCase_NotAllowed()
    {
        await using var testDb = await TestDb.CreateAsync();
        var closed = await CaseTestData.InsertAsync(testDb.Factory, "ADU-2025-000001", c =>
        {
            c.Status = CaseStatus.Withdrawn;
            c.WorkerNik = "7414011505900001";
        });

        var result = await new VerifyWorkerIdentity(testDb.Factory, new TestClock()).ExecuteAsync(closed.Id, 1, Supervisor);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
    }

    [Fact]
    public async Task VerifyIdentity_NoDocuments_Invalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        var bare = await CaseTestData.InsertAsync(testDb.Factory, "ADU-2025-000001");

        var result = await new VerifyWorkerIdentity(testDb.Factory, new TestClock()).ExecuteAsync(bare.Id, 1, Supervisor);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Null((await LoadAsync(testDb, bare.Id)).IdentityVerifiedAtUtc);
    }

    [Fact]
    public async Task VerifyIdentity_UnknownCase_NotFound()
    {
        await using var testDb = await TestDb.CreateAsync();
        var result = await new VerifyWorkerIdentity(testDb.Factory, new TestClock()).ExecuteAsync(404, 1, Supervisor);
        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
    }

    private static async Task<int> OpenAsync(TestDb testDb, TestClock? clock = null)
    {
        var result = await new OpenCase(testDb.Factory, clock ?? new TestClock()).ExecuteAsync(CaseTestData.Valid(), Supervisor);
        Assert.True(result.Succeeded);
        return result.CaseId!.Value;
    }

    private static async Task<Case> LoadAsync(TestDb testDb, int id)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == id);
    }
}

/// <summary>Writes that lose a race after their own version check still end as a conflict, not an exception.</summary>
public sealed class CaseCommandsRaceTests
{
    private static readonly Actor Supervisor = new("sup-1", "Ibu Supervisor", new HashSet<string> { Roles.Supervisor });

    [Fact]
    public async Task Update_ConcurrentWriteBeforeSave_Conflict()
    {
        await using var testDb = await TestDb.CreateAsync();
        var opened = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(CaseTestData.Valid(), Supervisor);
        var id = opened.CaseId!.Value;
        var input = CaseTestData.Valid();
        input.HomeVillage = "Lakudo";

        var result = await new UpdateCase(RacingFactory(testDb, id), new TestClock()).ExecuteAsync(id, input, 1, Supervisor);

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var c = await db.Cases.Include(x => x.Events).SingleAsync(x => x.Id == id);
        Assert.Null(c.HomeVillage);
        Assert.Equal(2, c.Version); // only the racing writer's increment
        Assert.DoesNotContain(c.Events, e => e.Type == CaseEventType.Edited);
    }

    [Fact]
    public async Task Assign_ConcurrentWriteBeforeSave_Conflict()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await Access.AccessFixture.AddUserWithRolesAsync(testDb, "Pak Rahman", Roles.Officer);
        var opened = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(CaseTestData.Valid(), Supervisor);
        var id = opened.CaseId!.Value;

        var result = await new AssignCase(RacingFactory(testDb, id), new TestClock()).ExecuteAsync(id, officer.UserId, Supervisor);

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Null((await db.Cases.SingleAsync(x => x.Id == id)).AssignedOfficerId);
    }

    /// <summary>A factory whose contexts let another connection bump the case's version just before saving.</summary>
    private static IDbContextFactory<CaseDeskDb> RacingFactory(TestDb testDb, int caseId) =>
        new Factory(new DbContextOptionsBuilder<CaseDeskDb>()
            .UseSqlite(testDb.ConnectionString)
            .AddInterceptors(new RacingWriter(testDb.ConnectionString, caseId))
            .Options);

    private sealed class Factory(DbContextOptions<CaseDeskDb> options) : IDbContextFactory<CaseDeskDb>
    {
        public CaseDeskDb CreateDbContext() => new(options);
    }

    private sealed class RacingWriter(string connectionString, int caseId) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Cases SET Version = Version + 1 WHERE Id = $id";
            command.Parameters.AddWithValue("$id", caseId);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return result;
        }
    }
}
