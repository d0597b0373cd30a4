using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Cases;

public sealed class OpenCaseTests
{
    private static readonly Actor Supervisor = new("sup-1", "Ibu Supervisor", new HashSet<string> { Roles.Supervisor });

    [Fact]
    public async Task Execute_EachKind_NumbersPerKindAndYear()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());

        var first = await open.ExecuteAsync(CaseTestData.Valid(CaseKind.Complaint, 1), Supervisor);
        var second = await open.ExecuteAsync(CaseTestData.Valid(CaseKind.Complaint, 2), Supervisor);
        var mediation = await open.ExecuteAsync(CaseTestData.Valid(CaseKind.Mediation, 3), Supervisor);
        var repatriation = await open.ExecuteAsync(CaseTestData.Valid(CaseKind.Repatriation, 4), Supervisor);

        Assert.Equal("ADU-2026-000001", first.ReferenceNumber);
        Assert.Equal("ADU-2026-000002", second.ReferenceNumber);
        Assert.Equal("MED-2026-000001", mediation.ReferenceNumber);
        Assert.Equal("PUL-2026-000001", repatriation.ReferenceNumber);
        Assert.All([first, second, mediation, repatriation], r => Assert.True(r.Succeeded));
    }

    [Fact]
    public async Task Execute_AcrossNewYearInWita_RestartsNumbering()
    {
        await using var testDb = await TestDb.CreateAsync();
        // 31 December 23:59 WITA is still 2026; one minute later (16:00 UTC) it is 2027 in Kendari.
        var clock = new TestClock(new DateTimeOffset(2026, 12, 31, 15, 59, 0, TimeSpan.Zero));
        var open = new OpenCase(testDb.Factory, clock);

        var lastOf2026 = await open.ExecuteAsync(CaseTestData.Valid(n: 1), Supervisor);
        clock.Advance(TimeSpan.FromMinutes(1));
        var firstOf2027 = await open.ExecuteAsync(CaseTestData.Valid(n: 2), Supervisor);
        var secondOf2027 = await open.ExecuteAsync(CaseTestData.Valid(n: 3), Supervisor);

        Assert.Equal("ADU-2026-000001", lastOf2026.ReferenceNumber);
        Assert.Equal("ADU-2027-000001", firstOf2027.ReferenceNumber);
        Assert.Equal("ADU-2027-000002", secondOf2027.ReferenceNumber);
    }

    [Fact]
    public async Task Execute_ValidInput_StoresNormalizedCase()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await testDb.AddUserAsync("Pak Officer", Roles.Officer);
        var clock = new TestClock();
        var input = CaseTestData.Valid();
        input.WorkerName = "  Wa Ode Siti Hajar  ";
        input.WorkerNik = "7414 0155 0590 0001";
        input.WorkerPassportNo = " c 1234567 ";
        input.WorkerPhone = "0812-3456-7890";
        input.ComplainantIsWorker = false;
        input.ComplainantName = " La Ode Amir ";
        input.ComplainantRelation = "Suami";
        input.ComplainantPhone = "+60 12-345 6789";
        input.DestinationCountryCode = "my";
        input.Narrative = "  Gaji tidak dibayar selama enam bulan.  ";

        var result = await new OpenCase(testDb.Factory, clock).ExecuteAsync(input, officer);

        Assert.True(result.Succeeded);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var c = await db.Cases.Include(x => x.Events).SingleAsync(x => x.Id == result.CaseId);
        Assert.Equal("Wa Ode Siti Hajar", c.WorkerName);
        Assert.Equal("7414015505900001", c.WorkerNik);
        Assert.Equal("C1234567", c.WorkerPassportNo);
        Assert.Equal("+6281234567890", c.WorkerPhone);
        Assert.Equal("La Ode Amir", c.ComplainantName);
        Assert.Equal("+60123456789", c.ComplainantPhone);
        Assert.Equal("MY", c.DestinationCountryCode);
        Assert.Equal("Gaji tidak dibayar selama enam bulan.", c.Narrative);
        Assert.Equal(CaseStatus.Intake, c.Status);
        Assert.Equal(Urgency.Normal, c.Urgency);
        Assert.Equal(1, c.Version);
        Assert.Equal(clock.Now.UtcDateTime, c.CreatedAtUtc);
        Assert.Equal(clock.Now.UtcDateTime, c.UpdatedAtUtc);
        Assert.Equal(officer.UserId, c.CreatedById);
        Assert.Equal(officer.UserId, c.AssignedOfficerId);
        Assert.Null(c.Representation); // formal sector: no default

        var created = Assert.Single(c.Events);
        Assert.Equal(CaseEventType.Created, created.Type);
        Assert.Equal(CaseStatus.Intake, created.ToStatus);
        Assert.Equal("Pak Officer", created.ActorName);
        Assert.Equal("Kasus dicatat melalui Datang langsung.", created.Note);
    }

    [Fact]
    public async Task Execute_ComplainantIsWorker_DropsComplainantFields()
    {
        await using var testDb = await TestDb.CreateAsync();
        var input = CaseTestData.Valid();
        input.ComplainantName = "Leftover from the form";

        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(input, Supervisor);

        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Null((await db.Cases.SingleAsync(x => x.Id == result.CaseId)).ComplainantName);
    }

    [Fact]
    public async Task Execute_Mediation_StartsInVerification()
    {
        await using var testDb = await TestDb.CreateAsync();

        var result = await new OpenCase(testDb.Factory, new TestClock())
            .ExecuteAsync(CaseTestData.Valid(CaseKind.Mediation), Supervisor);

        await using var db = await testDb.Factory.CreateDbContextAsync();
        var c = await db.Cases.SingleAsync(x => x.Id == result.CaseId);
        Assert.Equal(CaseStatus.Verification, c.Status);
        Assert.Null(c.AssignedOfficerId); // a supervisor who records a case is not its officer
    }

    [Theory]
    [InlineData(ComplaintCategory.Trafficking, false, Urgency.Urgent)]
    [InlineData(ComplaintCategory.Deceased, false, Urgency.Urgent)]
    [InlineData(ComplaintCategory.UnpaidWages, true, Urgency.Urgent)]
    [InlineData(ComplaintCategory.UnpaidWages, false, Urgency.Normal)]
    public async Task Execute_CategoryAndStranded_DeriveUrgency(ComplaintCategory category, bool stranded,
        Urgency expected)
    {
        await using var testDb = await TestDb.CreateAsync();
        var input = CaseTestData.Valid();
        input.Category = category;
        input.StrandedAbroad = stranded;

        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(input, Supervisor);

        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(expected, (await db.Cases.SingleAsync(x => x.Id == result.CaseId)).Urgency);
    }

    [Fact]
    public async Task Execute_IndividualEmployerWithoutRepresentation_DefaultsFromCountry()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());
        var defaulted = CaseTestData.Valid(n: 1);
        defaulted.Sector = Sector.IndividualEmployer;
        defaulted.DestinationCountryCode = "SA";
        var given = CaseTestData.Valid(n: 2);
        given.Sector = Sector.IndividualEmployer;
        given.Representation = "KJRI Jeddah";

        var first = await open.ExecuteAsync(defaulted, Supervisor);
        var second = await open.ExecuteAsync(given, Supervisor);

        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal("KBRI Riyadh", (await db.Cases.SingleAsync(x => x.Id == first.CaseId)).Representation);
        Assert.Equal("KJRI Jeddah", (await db.Cases.SingleAsync(x => x.Id == second.CaseId)).Representation);
    }

    [Fact]
    public async Task Execute_InvalidInput_StoresNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var input = CaseTestData.Valid();
        input.WorkerNik = "1234";

        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(input, Supervisor);

        Assert.False(result.Succeeded);
        Assert.Null(result.CaseId);
        Assert.Equal("WorkerNik", Assert.Single(result.Errors).Field);
        Assert.Empty(result.Duplicates);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(0, await db.CaseEvents.CountAsync());
        Assert.Equal(0, await db.ReferenceCounters.CountAsync());
    }

    [Fact]
    public async Task Execute_SameNikAsOpenCase_ReturnsDuplicateAndStoresNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());
        var existing = await open.ExecuteAsync(CaseTestData.Valid(n: 1), Supervisor);
        var again = CaseTestData.Valid(n: 2);
        again.WorkerNik = CaseTestData.Valid(n: 1).WorkerNik;

        var result = await open.ExecuteAsync(again, Supervisor);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Errors);
        var duplicate = Assert.Single(result.Duplicates);
        Assert.Equal(existing.CaseId, duplicate.CaseId);
        Assert.Equal("ADU-2026-000001", duplicate.ReferenceNumber);
        Assert.Equal(CaseStatus.Intake, duplicate.Status);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Cases.CountAsync());
        Assert.Equal(1, (await db.ReferenceCounters.SingleAsync()).LastValue);
    }

    [Fact]
    public async Task Execute_SamePassportDifferentCase_ReturnsDuplicate()
    {
        using var culture = new UiCulture("id");
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());
        await open.ExecuteAsync(CaseTestData.Valid(n: 1), Supervisor);
        var again = CaseTestData.Valid(n: 2);
        again.WorkerNik = null;
        again.WorkerPassportNo = CaseTestData.Valid(n: 1).WorkerPassportNo!.ToLowerInvariant();

        var result = await open.ExecuteAsync(again, Supervisor);

        Assert.Equal("Nomor paspor sama", Assert.Single(result.Duplicates).MatchReason);
    }

    [Fact]
    public async Task Execute_SameNameAndBirthDateIgnoringCaseAndSpaces_ReturnsDuplicate()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());
        await open.ExecuteAsync(CaseTestData.Valid(n: 1), Supervisor);
        var again = CaseTestData.Valid(n: 2);
        again.WorkerName = "  wa ODE siti 1 ";

        var result = await open.ExecuteAsync(again, Supervisor);

        Assert.Single(result.Duplicates);
    }

    [Fact]
    public async Task Execute_SameNameDifferentBirthDate_NoDuplicate()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());
        await open.ExecuteAsync(CaseTestData.Valid(n: 1), Supervisor);
        var again = CaseTestData.Valid(n: 2);
        again.WorkerName = CaseTestData.Valid(n: 1).WorkerName;
        again.WorkerDateOfBirth = new DateOnly(1991, 5, 15);

        var result = await open.ExecuteAsync(again, Supervisor);

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(CaseStatus.Closed)]
    [InlineData(CaseStatus.Rejected)]
    [InlineData(CaseStatus.Withdrawn)]
    public async Task Execute_SameNikAsFinishedCase_NotADuplicate(CaseStatus finished)
    {
        await using var testDb = await TestDb.CreateAsync();
        var input = CaseTestData.Valid();
        await CaseTestData.InsertAsync(testDb.Factory, "ADU-2025-000009", c =>
        {
            c.WorkerNik = input.WorkerNik;
            c.Status = finished;
        });

        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(input, Supervisor);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Duplicates);
    }

    [Fact]
    public async Task Execute_DuplicatesAcknowledged_Proceeds()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());
        await open.ExecuteAsync(CaseTestData.Valid(), Supervisor);
        var again = CaseTestData.Valid();
        again.DuplicatesAcknowledged = true;

        var result = await open.ExecuteAsync(again, Supervisor);

        Assert.True(result.Succeeded);
        Assert.Equal("ADU-2026-000002", result.ReferenceNumber);
    }

    [Fact]
    public async Task Execute_LinkedToDuplicate_ProceedsAndStoresLink()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());
        var existing = await open.ExecuteAsync(CaseTestData.Valid(), Supervisor);
        var again = CaseTestData.Valid(CaseKind.Repatriation);
        again.LinkedCaseId = existing.CaseId;

        var result = await open.ExecuteAsync(again, Supervisor);

        Assert.True(result.Succeeded);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(existing.CaseId, (await db.Cases.SingleAsync(x => x.Id == result.CaseId)).LinkedCaseId);
    }

    [Fact]
    public async Task Execute_LinkedToUnknownCase_Invalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        var input = CaseTestData.Valid();
        input.LinkedCaseId = 4242;

        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(input, Supervisor);

        Assert.Equal("LinkedCaseId", Assert.Single(result.Errors).Field);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task FindDuplicates_MatchesByEachRule_ReportsReason()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());
        var byNik = await open.ExecuteAsync(CaseTestData.Valid(n: 1), Supervisor);
        var byPassport = await open.ExecuteAsync(CaseTestData.Valid(n: 2), Supervisor);
        var byName = await open.ExecuteAsync(CaseTestData.Valid(n: 3), Supervisor);
        await open.ExecuteAsync(CaseTestData.Valid(n: 4), Supervisor);
        var probe = new CaseInput
        {
            WorkerNik = CaseTestData.Valid(n: 1).WorkerNik,
            WorkerPassportNo = CaseTestData.Valid(n: 2).WorkerPassportNo,
            WorkerName = CaseTestData.Valid(n: 3).WorkerName,
            WorkerDateOfBirth = CaseTestData.Valid(n: 3).WorkerDateOfBirth,
        };

        using var culture = new UiCulture("en");
        var found = await open.FindDuplicatesAsync(probe);

        Assert.Equal(3, found.Count);
        Assert.Equal("Same NIK", Assert.Single(found, d => d.CaseId == byNik.CaseId).MatchReason);
        Assert.Equal("Same passport number", Assert.Single(found, d => d.CaseId == byPassport.CaseId).MatchReason);
        Assert.Equal("Same name and date of birth", Assert.Single(found, d => d.CaseId == byName.CaseId).MatchReason);
    }

    [Fact]
    public async Task FindDuplicates_NoIdentifyingData_Empty()
    {
        await using var testDb = await TestDb.CreateAsync();
        var open = new OpenCase(testDb.Factory, new TestClock());
        await open.ExecuteAsync(CaseTestData.Valid(), Supervisor);

        Assert.Empty(await open.FindDuplicatesAsync(new CaseInput { WorkerName = "Wa Ode Siti 1" }));
    }

    [Fact]
    public async Task Execute_ConcurrentIntakes_GetDistinctConsecutiveNumbers()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        const int writers = 8;

        // Separate OpenCase instances and contexts, started together on the thread pool, as from separate circuits.
        var results = await Task.WhenAll(Enumerable.Range(1, writers).Select(n => Task.Run(() =>
            new OpenCase(testDb.Factory, clock).ExecuteAsync(CaseTestData.Valid(n: n), Supervisor))));

        Assert.All(results, r => Assert.True(r.Succeeded));
        var expected = Enumerable.Range(1, writers).Select(n => OpenCase.FormatReference(CaseKind.Complaint, 2026, n));
        Assert.Equal(expected, results.Select(r => r.ReferenceNumber!).Order());
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(writers, (await db.ReferenceCounters.SingleAsync()).LastValue);
    }

    [Fact]
    public async Task BeginTransaction_OnSqlite_TakesTheWriteLockImmediately()
    {
        // OpenCase relies on this: a second writer must wait at BEGIN, not fail when upgrading a read lock.
        await using var testDb = await TestDb.CreateAsync();
        await using var first = await testDb.Factory.CreateDbContextAsync();
        await using var transaction = await first.Database.BeginTransactionAsync();

        await using var second = new Microsoft.Data.Sqlite.SqliteConnection(testDb.ConnectionString + ";Default Timeout=1");
        await second.OpenAsync();
        await using var command = second.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
    }
}
