using System.Security.Claims;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Exports;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Web;
using CaseDesk.Tests.Workflow;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Components.Pages.Cases;
using CaseDesk.Web.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Exports;

/// <summary>The export endpoints' handler over a small database: who may ask for what, and what the response is.</summary>
public sealed class ExportEndpointsTests : IAsyncLifetime
{
    private const string Nik = "7414014101950002";
    private TestDb _db = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDb.CreateAsync();
        var open = WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Verification);
        open.WorkerNik = Nik;
        open.WorkerName = "=HYPERLINK(\"http://contoh\")";
        await _db.InsertAsync(open);
        await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Repatriation, CaseStatus.Closed));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Export_Officer_StreamsTheQueueSelectionAsAnAttachment()
    {
        var http = Context(Roles.Officer);

        var result = Export(ExportFormat.Csv, http, "");
        await result.ExecuteAsync(http);

        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", http.Response.ContentType);
        Assert.Equal("attachment; filename=kasus-2026-11-23.csv; filename*=UTF-8''kasus-2026-11-23.csv",
            http.Response.Headers.ContentDisposition.ToString());
        Assert.Equal("no-store", http.Response.Headers.CacheControl.ToString());
        var records = ExportFiles.ReadCsv(Body(http));
        Assert.Equal(2, records.Count); // header + the open case; the closed one is not in the default queue
        Assert.Equal("'=HYPERLINK(\"http://contoh\")", records[1][5]);
        Assert.DoesNotContain(Nik, string.Join(",", records.SelectMany(r => r)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_QueueParameters_SelectTheSameCasesAsTheQueue()
    {
        var http = Context(Roles.Officer);

        await Export(ExportFormat.Xlsx, http, "?open=false&kind=Repatriation").ExecuteAsync(http);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", http.Response.ContentType);
        var rows = ExportFiles.Rows(Body(http));
        Assert.Equal(2, rows.Count);
        Assert.Equal("Pemulangan", rows[1]["B"].Text);
    }

    [Fact]
    public async Task Export_PersonalByOfficer_IsForbiddenWithAnIndonesianReason()
    {
        var http = Context(Roles.Officer);

        var result = Export(ExportFormat.Csv, http, "?personal=true");

        var text = Assert.IsType<ContentHttpResult>(result);
        Assert.Equal(StatusCodes.Status403Forbidden, text.StatusCode);
        Assert.StartsWith("Hanya supervisor, admin, atau kepala balai", text.ResponseContent, StringComparison.Ordinal);
        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.AuditEntries.CountAsync(
            e => e.Action == AuditAction.ExportPersonalData || e.Action == AuditAction.ExportCompleted));
    }

    [Theory]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Admin)]
    [InlineData(CaseExport.HeadRole)]
    public async Task Export_PersonalBySupervisorAdminOrHead_IncludesNikAndIsAudited(string role)
    {
        var http = Context(role);

        await Export(ExportFormat.Csv, http, "?personal=true&open=false").ExecuteAsync(http);

        var records = ExportFiles.ReadCsv(Body(http));
        Assert.Equal("NIK", records[0][6]);
        Assert.Contains(records, r => r[6] == Nik);
        await using var db = await _db.Factory.CreateDbContextAsync();
        var started = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ExportPersonalData);
        Assert.Equal("user-1", started.UserId);
        Assert.Contains("\"filter\":\"open=false\"", started.Detail, StringComparison.Ordinal);
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.ExportCompleted);
        Assert.Equal("user-1", entry.UserId);
        Assert.Contains("\"rows\":2", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_PersonalInEnglish_IsForbiddenInEnglish()
    {
        using var _ = new CultureScope("en-US");

        var result = Export(ExportFormat.Xlsx, Context(Roles.Officer), "?personal=1");

        Assert.StartsWith("Only supervisors", Assert.IsType<ContentHttpResult>(result).ResponseContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Request_Url_IsTheQueueQueryPlusPersonal()
    {
        var query = QueueQuery.Default with { Kind = CaseKind.Complaint, OpenOnly = false, Regency = "7414" };

        Assert.Equal("/exports/cases.csv", new ExportRequest(QueueQuery.Default, ExportFormat.Csv).Url());
        Assert.Equal("/exports/cases.xlsx?kind=Complaint&regency=7414&open=false&personal=true",
            new ExportRequest(query, ExportFormat.Xlsx, IncludePersonalData: true).Url());
    }

    [Fact]
    public void Request_FromItsOwnUrl_IsTheSameRequest()
    {
        var request = new ExportRequest(QueueQuery.Default with
        {
            Search = "wa ode & co",
            Sector = Sector.ShipCrew,
            From = new DateOnly(2026, 1, 1),
            Due = DueFilter.Overdue,
        }, ExportFormat.Csv, IncludePersonalData: true);
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + request.Url()).Query);

        var parsed = ExportRequest.FromQuery(ExportFormat.Csv,
            name => values.TryGetValue(name, out var v) ? v.ToString() : null);

        Assert.Equal(request, parsed);
    }

    private IResult Export(ExportFormat format, HttpContext http, string query)
    {
        http.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        var clock = new TestClock();
        var export = new ExportCases(new CaseExportQuery(_db.Factory, clock), _db.Factory, clock);
        return ExportEndpoints.Export(format, http, export, clock, Localizer());
    }

    private static DefaultHttpContext Context(string role)
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "user-1"),
                new Claim(ClaimTypes.Name, "pengguna@casedesk.local"),
                new Claim(CurrentUser.DisplayNameClaim, "Pengguna Satu"),
                new Claim(ClaimTypes.Role, role),
            ], "Test"));
        return new DefaultHttpContext
        {
            RequestServices = services,
            User = user,
            Response = { Body = new AsyncOnlyStream() },
        };
    }

    private static byte[] Body(HttpContext http) => ((AsyncOnlyStream)http.Response.Body).ToArray();

    private static IStringLocalizer<ExportRequest> Localizer() =>
        new StringLocalizer<ExportRequest>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
}
