using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Consents;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Consents;

public sealed class IntakeConsentTests
{
    [Fact]
    public async Task OpenCase_WithConsents_RecordsThemWithTheCaseOnTheIntakeDate()
    {
        await using var testDb = await TestDb.CreateAsync();
        var input = CaseTestData.Valid();
        input.ConsentsGiven = [ConsentPurpose.Processing, ConsentPurpose.SharingRepresentation];
        input.ConsentMethod = ConsentMethod.SignedForm;

        var officer = await testDb.AddUserAsync("Petugas Satu", Roles.Officer);
        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(input, officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
        var consents = await testDb.ConsentQueries().ForCaseAsync(result.CaseId!.Value);
        Assert.Equal([ConsentPurpose.Processing, ConsentPurpose.SharingRepresentation],
            consents.History.Select(h => h.Purpose).Order());
        Assert.All(consents.History, h => Assert.Equal(
            (ConsentDecision.Given, ConsentMethod.SignedForm, new DateOnly(2026, 11, 23), "Petugas Satu"),
            (h.Decision, h.Method, h.DecidedOn, h.RecordedByName)));
        Assert.False(consents.IsGiven(ConsentPurpose.SharingPolice));

        var saved = await testDb.LoadAsync(result.CaseId.Value);
        Assert.Equal(2, saved.Events.Count(e => e.Type == CaseEventType.ConsentRecorded));
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(a =>
            a.Action == AuditAction.ConsentRecorded && a.CaseId == result.CaseId));
    }

    [Fact]
    public async Task OpenCase_ConsentsWithoutMethod_IsInvalidAndSavesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var input = CaseTestData.Valid();
        input.ConsentsGiven = [ConsentPurpose.Processing];

        var officer = await testDb.AddUserAsync("Petugas Satu", Roles.Officer);
        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(input, officer);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(CaseInput.ConsentMethod), "Pilih cara persetujuan diperoleh."), (error.Field, error.Message));
        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Empty(db.Cases);
        Assert.Empty(db.ConsentRecords);
    }

    [Fact]
    public async Task OpenCase_NoConsentTicked_RecordsNone()
    {
        await using var testDb = await TestDb.CreateAsync();

        var officer = await testDb.AddUserAsync("Petugas Satu", Roles.Officer);
        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(CaseTestData.Valid(), officer);

        Assert.True(result.Succeeded);
        Assert.Empty((await testDb.ConsentQueries().ForCaseAsync(result.CaseId!.Value)).History);
    }
}
