using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using static CaseDesk.Core.Cases.CaseStatus;

namespace CaseDesk.Tests.Letters;

public sealed class LetterQueriesTests
{
    [Fact]
    public async Task ListForCaseAsync_NewestFirst_WithLabelsDatesIssuersAndCancellations()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("id-ID");
        var clock = new TestClock();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var other = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var receipt = await testDb.Issue(clock).ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        await testDb.Issue(clock).ExecuteAsync(other.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        clock.Advance(TimeSpan.FromDays(1)); // 24 November, 10:00 WITA
        await testDb.Issue(clock).ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting, null,
            WorkflowFixtures.Supervisor);
        await testDb.Cancel(clock).ExecuteAsync(receipt.LetterId!.Value, "Data pengadu salah.", WorkflowFixtures.Supervisor);

        var list = await testDb.Queries().ListForCaseAsync(c.Id);

        Assert.Equal(2, list.Count);
        var (newest, oldest) = (list[0], list[1]);
        Assert.Equal(("B.3/BP3MI-SULTRA/PP.02.02/XI/2026", LetterType.MediationInvitation, "Surat Undangan Mediasi",
                new DateOnly(2026, 11, 24), WorkflowFixtures.Supervisor.DisplayName, false),
            (newest.Number, newest.Type, newest.TypeLabel, newest.IssuedDate, newest.IssuedByName, newest.IsCancelled));
        Assert.Equal(("B.1/BP3MI-SULTRA/PP.02.01/XI/2026", "Tanda Terima Pengaduan", true, "Data pengadu salah.",
                WorkflowFixtures.Supervisor.DisplayName),
            (oldest.Number, oldest.TypeLabel, oldest.IsCancelled, oldest.CancelReason, oldest.CancelledByName));
    }

    [Fact]
    public async Task ListForCaseAsync_English_LabelsInEnglish()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Repatriation, Arrived));
        await testDb.Issue().ExecuteAsync(c.Id, LetterType.RepatriationNotice, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        var item = Assert.Single(await testDb.Queries().ListForCaseAsync(c.Id));

        Assert.Equal("Repatriation notice", item.TypeLabel);
    }

    [Fact]
    public async Task GetForCaseAsync_LetterOfAnotherCase_IsNotFound()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var other = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var issued = await testDb.Issue().ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        var queries = testDb.Queries();

        var own = await queries.GetForCaseAsync(c.Id, issued.LetterId!.Value);
        var foreign = await queries.GetForCaseAsync(other.Id, issued.LetterId!.Value);
        var missing = await queries.GetAsync(issued.LetterId!.Value + 1);

        Assert.NotNull(own);
        Assert.Equal((issued.Number, issued.Number), (own.Letter.Number, own.Snapshot.Number));
        Assert.Null(foreign);
        Assert.Null(missing);
    }
}
