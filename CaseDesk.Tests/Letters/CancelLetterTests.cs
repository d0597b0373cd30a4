using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using static CaseDesk.Core.Cases.CaseStatus;

namespace CaseDesk.Tests.Letters;

public sealed class CancelLetterTests
{
    [Fact]
    public async Task ExecuteAsync_KeepsTheNumberAndRecordsWhoWhenAndWhy()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var issued = await testDb.Issue(clock).ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting,
            null, WorkflowFixtures.Officer);
        clock.Advance(TimeSpan.FromHours(2));

        var result = await testDb.Cancel(clock).ExecuteAsync(issued.LetterId!.Value, "  Jadwal mediasi diubah.  ",
            WorkflowFixtures.Supervisor);

        Assert.True(result.Succeeded);
        Assert.Equal(issued.Number, result.Number);
        var letter = Assert.Single(await testDb.LettersAsync());
        Assert.Equal(("B.1/BP3MI-SULTRA/PP.02.02/XI/2026", 1), (letter.Number, letter.Sequence));
        Assert.True(letter.IsCancelled);
        Assert.Equal((clock.Now.UtcDateTime, WorkflowFixtures.Supervisor.UserId, WorkflowFixtures.Supervisor.DisplayName,
                "Jadwal mediasi diubah."),
            (letter.CancelledAtUtc!.Value, letter.CancelledById, letter.CancelledByName, letter.CancelReason));
        var cancelled = Assert.Single((await testDb.LoadAsync(c.Id)).Events, e => e.Type == CaseEventType.LetterCancelled);
        Assert.Equal("Surat Undangan Mediasi nomor B.1/BP3MI-SULTRA/PP.02.02/XI/2026 dibatalkan. Alasan: Jadwal mediasi diubah.",
            cancelled.Note);
        Assert.Equal(WorkflowFixtures.Supervisor.DisplayName, cancelled.ActorName);
    }

    [Fact]
    public async Task ExecuteAsync_NextLetterAfterACancellation_ContinuesTheSequence()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var first = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting, null,
            WorkflowFixtures.Officer);
        await testDb.Cancel().ExecuteAsync(first.LetterId!.Value, "Salah alamat.", WorkflowFixtures.Officer);

        var second = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting, null,
            WorkflowFixtures.Officer);

        Assert.Equal("B.2/BP3MI-SULTRA/PP.02.02/XI/2026", second.Number);
        Assert.Equal([(1, true), (2, false)], (await testDb.LettersAsync()).Select(l => (l.Sequence, l.IsCancelled)));
    }

    [Theory]
    [InlineData("id-ID", "Surat ini sudah dibatalkan.")]
    [InlineData("en", "This letter has already been cancelled.")]
    public async Task ExecuteAsync_Twice_IsRefusedAndTheFirstCancellationStays(string culture, string expected)
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture(culture);
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var issued = await testDb.Issue().ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        await testDb.Cancel().ExecuteAsync(issued.LetterId!.Value, "Pertama.", WorkflowFixtures.Officer);

        var again = await testDb.Cancel().ExecuteAsync(issued.LetterId!.Value, "Kedua.", WorkflowFixtures.Supervisor);

        Assert.Equal((CommandOutcome.NotAllowed, expected), (again.Outcome, Assert.Single(again.Messages)));
        Assert.Equal("Pertama.", Assert.Single(await testDb.LettersAsync()).CancelReason);
        Assert.Single((await testDb.LoadAsync(c.Id)).Events, e => e.Type == CaseEventType.LetterCancelled);
    }

    [Theory]
    [InlineData("id-ID", "Alasan pembatalan wajib diisi.")]
    [InlineData("en", "A reason for the cancellation is required.")]
    public async Task ExecuteAsync_WithoutReason_IsInvalid(string culture, string expected)
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture(culture);
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var issued = await testDb.Issue().ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        var result = await testDb.Cancel().ExecuteAsync(issued.LetterId!.Value, "   ", WorkflowFixtures.Officer);

        Assert.Equal((CommandOutcome.Invalid, expected), (result.Outcome, Assert.Single(result.Messages)));
        Assert.False(Assert.Single(await testDb.LettersAsync()).IsCancelled);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownLetter_ReturnsNotFound()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");

        var result = await testDb.Cancel().ExecuteAsync(77, "Tidak perlu.", WorkflowFixtures.Officer);

        Assert.Equal((CommandOutcome.NotFound, "Letter not found."), (result.Outcome, Assert.Single(result.Messages)));
    }
}
