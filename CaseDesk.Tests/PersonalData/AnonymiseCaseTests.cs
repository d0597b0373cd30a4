using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Letters;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using static CaseDesk.Tests.PersonalData.PersonalDataTests;

namespace CaseDesk.Tests.PersonalData;

public sealed class AnonymiseCaseTests
{
    private const string Reason = "Permohonan tertulis pekerja migran tanggal 20 November 2026.";

    [Theory]
    [InlineData("supervisor")]
    [InlineData("head")]
    public async Task AnonymiseCase_ClosedCase_ReplacesPersonalDataAndKeepsTheRecord(string role)
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);
        var letter = await testDb.Issue().ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            ActorFor("assigned-officer", c));
        Assert.True(letter.Succeeded, string.Join(" ", letter.Messages));
        await AddNoteAsync(testDb, c.Id, $"Ditelepon ke {WorkerPhone}, NIK {Nik} dicek.");
        await CloseAsync(testDb, c.Id);
        var before = await testDb.LoadAsync(c.Id);
        var clock = new TestClock();

        var result = await new AnonymiseCase(testDb.Factory, clock).ExecuteAsync(c.Id, Reason,
            c.ReferenceNumber.ToLowerInvariant(), before.Version, ActorFor(role, c));

        Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
        var after = await testDb.LoadAsync(c.Id);
        Assert.Equal((AnonymiseCase.Marker, null, null, null, null, null), (after.WorkerName, after.WorkerNik,
            after.WorkerPassportNo, after.WorkerPhone, after.WorkerDateOfBirth, after.HomeVillage));
        Assert.Equal((AnonymiseCase.Marker, null, AnonymiseCase.Marker, AnonymiseCase.Marker),
            (after.ComplainantName, after.ComplainantPhone, after.Narrative, after.MediationTerms));
        Assert.Equal(clock.Now.UtcDateTime, after.AnonymisedAtUtc);
        // What statistics and the record of the office's work rest on is unchanged.
        Assert.Equal((before.ReferenceNumber, before.Kind, before.Status, before.Sector, before.HomeRegencyCode,
                before.Category, before.DestinationCountryCode, before.PlacementCompanyName, before.CreatedAtUtc,
                before.ClosedAtUtc, before.WorkerSex),
            (after.ReferenceNumber, after.Kind, after.Status, after.Sector, after.HomeRegencyCode, after.Category,
                after.DestinationCountryCode, after.PlacementCompanyName, after.CreatedAtUtc, after.ClosedAtUtc,
                after.WorkerSex));
        Assert.Equal(before.Events.Select(e => (e.Id, e.Type, e.AtUtc, e.ActorName)),
            after.Events.Where(e => e.Type != CaseEventType.Anonymised).Select(e => (e.Id, e.Type, e.AtUtc, e.ActorName)));
        Assert.All(after.Events.Where(e => e.Type != CaseEventType.Anonymised && e.Note is not null),
            e => Assert.Equal(AnonymiseCase.Marker, e.Note));
        var anonymised = Assert.Single(after.Events, e => e.Type == CaseEventType.Anonymised);
        Assert.Equal(Reason, anonymised.Note);

        var stored = Assert.Single(await testDb.LettersAsync());
        Assert.Equal(letter.Number, stored.Number);
        foreach (var personal in new[] { "Wa Ode Sitti", "La Ode Ahmad", Nik, Passport, WorkerPhone, ComplainantPhone,
                     "Lakudo", "1990", "enam bulan" })
        {
            Assert.False(stored.Snapshot.Contains(personal, StringComparison.Ordinal), $"{personal} in {stored.Snapshot}");
        }

        var snapshot = LetterSnapshot.FromJson(stored.Snapshot);
        Assert.Equal((AnonymiseCase.Marker, LetterType.ComplaintReceipt, c.ReferenceNumber),
            (snapshot.Case.Worker.Name, snapshot.Type, snapshot.Case.ReferenceNumber));

        await using var db = await testDb.Factory.CreateDbContextAsync();
        var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.CaseAnonymised);
        Assert.Equal(c.Id, audit.CaseId);
        Assert.Contains(nameof(Case.WorkerName), audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Wa Ode", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Gaji", audit.Detail, StringComparison.Ordinal);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.CaseUpdated && e.CaseId == c.Id
            && e.AtUtc == clock.Now.UtcDateTime));
    }

    [Fact]
    public async Task AnonymiseCase_OpenCase_IsRefusedAndChangesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);

        var result = await new AnonymiseCase(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, Reason,
            c.ReferenceNumber, c.Version, ActorFor("supervisor", c));

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        var after = await testDb.LoadAsync(c.Id);
        Assert.Equal(("Wa Ode Sitti", Nik, null), (after.WorkerName, after.WorkerNik, after.AnonymisedAtUtc));
    }

    [Theory]
    [InlineData("assigned-officer")]
    [InlineData("other-officer")]
    [InlineData("admin")]
    public async Task AnonymiseCase_NotSupervisorOrHead_IsRefused(string role)
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);
        await CloseAsync(testDb, c.Id);

        var result = await new AnonymiseCase(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, Reason,
            c.ReferenceNumber, c.Version, ActorFor(role, c));

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal(Nik, (await testDb.LoadAsync(c.Id)).WorkerNik);
    }

    [Theory]
    [InlineData(Reason, "ADU-2020-000001")]
    [InlineData(" ", null)]
    public async Task AnonymiseCase_WrongReferenceOrNoReason_IsInvalid(string reason, string? reference)
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);
        await CloseAsync(testDb, c.Id);

        var result = await new AnonymiseCase(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, reason,
            reference ?? c.ReferenceNumber, c.Version, ActorFor("supervisor", c));

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Null((await testDb.LoadAsync(c.Id)).AnonymisedAtUtc);
    }

    [Fact]
    public async Task AnonymiseCase_Anonymised_CannotBeReopened()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);
        await CloseAsync(testDb, c.Id);
        var supervisor = ActorFor("supervisor", c);
        var done = await new AnonymiseCase(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, Reason,
            c.ReferenceNumber, c.Version, supervisor);

        var reopen = await testDb.Transition().ExecuteAsync(c.Id, CaseTrigger.Reopen,
            WorkflowFixtures.ValidInput(CaseTrigger.Reopen), done.NewVersion!.Value, supervisor);

        Assert.Equal(TransitionOutcome.NotPermitted, reopen.Outcome);
        Assert.Equal(CaseStatus.Closed, (await testDb.LoadAsync(c.Id)).Status);
    }

    internal static async Task CloseAsync(TestDb testDb, int caseId)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var closedAt = new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc);
        await db.Cases.Where(x => x.Id == caseId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, CaseStatus.Closed).SetProperty(x => x.ClosedAtUtc, closedAt));
    }

    private static async Task AddNoteAsync(TestDb testDb, int caseId, string note)
    {
        var result = await new AddCaseNote(testDb.Factory, new TestClock())
            .ExecuteAsync(caseId, note, WorkflowFixtures.Officer);
        Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
    }
}

public sealed class AnonymisedAuditTrailTests
{
    [Fact]
    public async Task AuditQueries_AnonymisedCase_ShowsChangedFieldsWithoutValuesAndNameSearchFindsNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);
        var input = UpdateCase.ToInput(c);
        input.WorkerName = "Wa Ode Sitti Aminah";
        var edited = await new UpdateCase(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, input, c.Version,
            ActorFor("assigned-officer", c));
        Assert.Equal(CommandOutcome.Succeeded, edited.Outcome);
        var queries = new AuditQueries(testDb.Factory);
        Assert.Equal(1, (await queries.SearchAsync(new AuditFilter(Text: "Aminah"), 0, 50)).TotalCount);
        await AnonymiseCaseTests.CloseAsync(testDb, c.Id);

        var done = await new AnonymiseCase(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, "Permohonan.",
            c.ReferenceNumber, edited.NewVersion!.Value, ActorFor("head", c));

        Assert.Equal(CommandOutcome.Succeeded, done.Outcome);
        Assert.Equal(0, (await queries.SearchAsync(new AuditFilter(Text: "Aminah"), 0, 50)).TotalCount);
        var update = Assert.Single((await queries.SearchAsync(new AuditFilter(Action: AuditAction.CaseUpdated), 0, 50))
            .Items);
        Assert.Contains(nameof(Case.WorkerName), update.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Wa Ode", update.Detail, StringComparison.Ordinal);
    }
}
