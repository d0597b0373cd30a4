using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;

namespace CaseDesk.Tests.Letters;

public sealed class OpenCaseReceiptTests
{
    [Fact]
    public async Task ExecuteAsync_WithReceipt_IssuesTheComplaintReceiptWithTheNewCase()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await testDb.AddUserAsync("Wa Ode Nurhayati", Roles.Officer);
        var input = CaseTestData.Valid();
        input.IssueReceipt = true;

        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(input, officer);

        Assert.True(result.Succeeded);
        Assert.Equal("B.1/BP3MI-SULTRA/PP.02.01/XI/2026", result.ReceiptNumber);
        var letter = Assert.Single(await testDb.LettersAsync());
        Assert.Equal((result.ReceiptLetterId, result.CaseId, LetterType.ComplaintReceipt),
            ((int?)letter.Id, (int?)letter.CaseId, letter.Type));
        var saved = await testDb.LoadAsync(result.CaseId!.Value);
        Assert.Equal([CaseEventType.Created, CaseEventType.LetterIssued], saved.Events.OrderBy(e => e.Id).Select(e => e.Type));
        var s = (await testDb.Queries().GetAsync(letter.Id))!.Snapshot;
        Assert.Equal((result.ReferenceNumber, "Sdri. Wa Ode Siti 1", new DateOnly(2026, 11, 23)),
            (s.Case.ReferenceNumber, s.Details.AddresseeName, s.Case.OpenedDate));
        Assert.Equal(officer.DisplayName, s.IssuedByName);
    }

    [Fact]
    public async Task ExecuteAsync_WithoutReceipt_IssuesNoLetter()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await testDb.AddUserAsync("Wa Ode Nurhayati", Roles.Officer);

        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(CaseTestData.Valid(), officer);

        Assert.True(result.Succeeded);
        Assert.Equal((null, null), (result.ReceiptLetterId, result.ReceiptNumber));
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_InvalidFormWithReceipt_IssuesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await testDb.AddUserAsync("Wa Ode Nurhayati", Roles.Officer);
        var input = CaseTestData.Valid();
        (input.IssueReceipt, input.WorkerName) = (true, " ");

        var result = await new OpenCase(testDb.Factory, new TestClock()).ExecuteAsync(input, officer);

        Assert.False(result.Succeeded);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_SeveralIntakesWithReceipts_NumberReceiptsInOneSequence()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await testDb.AddUserAsync("Wa Ode Nurhayati", Roles.Officer);
        var open = new OpenCase(testDb.Factory, new TestClock());
        var numbers = new List<string?>();
        for (var n = 1; n <= 3; n++)
        {
            var input = CaseTestData.Valid(n: n);
            input.IssueReceipt = true;
            numbers.Add((await open.ExecuteAsync(input, officer)).ReceiptNumber);
        }

        Assert.Equal(["B.1/BP3MI-SULTRA/PP.02.01/XI/2026", "B.2/BP3MI-SULTRA/PP.02.01/XI/2026",
            "B.3/BP3MI-SULTRA/PP.02.01/XI/2026"], numbers);
    }
}
