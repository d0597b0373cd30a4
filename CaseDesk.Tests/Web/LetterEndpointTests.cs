using System.Security.Claims;
using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Letters;
using CaseDesk.Tests.Documents;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using CaseDesk.Web.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Web;

public sealed class LetterEndpointTests
{
    private static readonly PdfSharpRenderer Renderer = new();

    [Fact]
    public async Task GetLetter_OfTheCase_ReturnsTheRenderedPdfInline()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Verification));
        var issued = await Issue(testDb).ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        var http = NewContext();

        var result = await LetterEndpoints.GetLetterAsync(c.Id, issued.LetterId!.Value, null,
            new LetterQueries(testDb.Factory), Renderer, new CaseAccess(testDb.Factory), http, default);
        await result.ExecuteAsync(http);

        Assert.Equal(200, http.Response.StatusCode);
        Assert.Equal("application/pdf", http.Response.ContentType);
        Assert.StartsWith("inline", http.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        var text = string.Join(" ", PdfRead.PageTexts(Body(http)));
        Assert.Contains("TANDA TERIMA PENGADUAN", text);
        Assert.Contains(issued.Number!, text);
    }

    [Fact]
    public async Task GetLetter_OfAnotherCaseOrUnknown_IsNotFound()
    {
        await using var testDb = await TestDb.CreateAsync();
        var first = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Verification));
        var second = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Verification));
        var issued = await Issue(testDb).ExecuteAsync(first.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        var wrongCase = await LetterEndpoints.GetLetterAsync(second.Id, issued.LetterId!.Value, null,
            new LetterQueries(testDb.Factory), Renderer, new CaseAccess(testDb.Factory), NewContext(), default);
        var unknown = await LetterEndpoints.GetLetterAsync(first.Id, 9999, null, new LetterQueries(testDb.Factory),
            Renderer, new CaseAccess(testDb.Factory), NewContext(), default);

        Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.NotFound>(wrongCase);
        Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.NotFound>(unknown);
    }

    [Fact]
    public async Task GetLetter_Download_IsAnAttachmentWithAReadableName()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Verification));
        var issued = await Issue(testDb).ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        var http = NewContext();

        var result = await LetterEndpoints.GetLetterAsync(c.Id, issued.LetterId!.Value, true,
            new LetterQueries(testDb.Factory), Renderer, new CaseAccess(testDb.Factory), http, default);
        await result.ExecuteAsync(http);

        var disposition = http.Response.Headers.ContentDisposition.ToString();
        Assert.StartsWith("attachment", disposition, StringComparison.Ordinal);
        Assert.Contains("Tanda-Terima-Pengaduan-B.1-", disposition, StringComparison.Ordinal);
        Assert.DoesNotContain("/", disposition.Split("filename")[1], StringComparison.Ordinal);
    }

    private static IssueLetter Issue(TestDb testDb) =>
        new(testDb.Factory, new TestClock(), Options.Create(new LetterOptions()));

    private static DefaultHttpContext NewContext()
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "officer-1"), new Claim(ClaimTypes.Role, Roles.Officer)], "Test"));
        return new DefaultHttpContext
        {
            RequestServices = services,
            User = user,
            Response = { Body = new MemoryStream() },
        };
    }

    private static byte[] Body(HttpContext http) => ((MemoryStream)http.Response.Body).ToArray();
}
