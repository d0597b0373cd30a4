using System.Security.Claims;
using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Exports;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CaseDesk.Tests.Exports;

/// <summary>The export dialog over a real database: the count, the personal-data option by role, the download.</summary>
public sealed class ExportDialogTests : BunitContext, IAsyncLifetime
{
    private TestDb _db = default!;

    public async Task InitializeAsync()
    {
        _db = await TestDb.CreateAsync();
        await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Verification));
        await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Mediation));
        await _db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Repatriation, CaseStatus.Closed));

        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSupplyValueFromQueryProvider();
        Services.AddSingleton(_db.Factory);
        Services.AddSingleton<TimeProvider>(new TestClock());
        Services.AddTransient<CaseQueries>();
        Services.AddTransient<AssignCase>();
        Services.AddTransient<CaseExportQuery>();
        Services.AddScoped<CurrentUser>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Dialog_Officer_ShowsTheCountAndNoPersonalOption()
    {
        SignIn(Roles.Officer);

        var provider = await ShowAsync(QueueQuery.Default);

        provider.WaitForAssertion(() => Assert.Equal("Filter saat ini memilih 2 kasus; semuanya akan diekspor.",
            provider.Find("[data-testid=export-count]").TextContent));
        Assert.Empty(provider.FindAll("[data-testid=export-personal]"));
        Assert.Contains("tidak memuat data pribadi", provider.Find(".export-dialog").TextContent,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Admin)]
    [InlineData(CaseExport.HeadRole)]
    public async Task Dialog_SupervisorAdminOrHead_OffersPersonalDataWithTheLawAndTheRecord(string role)
    {
        SignIn(role);

        var provider = await ShowAsync(QueueQuery.Default with { OpenOnly = false });

        provider.WaitForAssertion(() => Assert.Contains("3 kasus", provider.Find("[data-testid=export-count]").TextContent,
            StringComparison.Ordinal));
        Assert.Contains("Sertakan data pribadi (NIK, nomor paspor, telepon)",
            provider.Find("[data-testid=export-personal]").TextContent, StringComparison.Ordinal);
        var note = provider.Find("[data-testid=export-personal-note]").TextContent;
        Assert.Contains("UU No. 27 Tahun 2022", note, StringComparison.Ordinal);
        Assert.Contains("dicatat atas nama Anda", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialog_Download_FetchesTheFilterWithPersonalDataAndCloses()
    {
        SignIn(Roles.Supervisor);
        var module = JSInterop.SetupModule(ExportDialog.ModulePath);
        module.Setup<ExportDownloadResult?>("download", _ => true)
            .SetResult(new ExportDownloadResult(true, 200, false, "kasus-2026-11-23.xlsx"));
        var provider = await ShowAsync(QueueQuery.Default with { Kind = CaseKind.Complaint }, ExportFormat.Xlsx);
        provider.WaitForElement("[data-testid=export-count]");

        provider.Find("[data-testid=export-personal] input").Change(true);
        provider.Find("button[data-testid=export-download]").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll(".export-dialog")));
        var invocation = Assert.Single(module.Invocations["download"]);
        Assert.Equal("exports/cases.xlsx?kind=Complaint&personal=true", invocation.Arguments[1]);
    }

    [Theory]
    [InlineData(403, false, "Anda tidak berwenang menyertakan data pribadi dalam ekspor.")]
    [InlineData(401, false, "Sesi Anda telah berakhir.")]
    [InlineData(500, false, "Ekspor gagal.")]
    [InlineData(0, true, "Unduhan dibatalkan.")]
    public async Task Dialog_DownloadNotSaved_SaysWhyInIndonesianAndStaysOpen(int status, bool aborted, string message)
    {
        SignIn(Roles.Officer);
        var module = JSInterop.SetupModule(ExportDialog.ModulePath);
        module.Setup<ExportDownloadResult?>("download", _ => true)
            .SetResult(new ExportDownloadResult(false, status, aborted));
        var provider = await ShowAsync(QueueQuery.Default);
        provider.WaitForElement("[data-testid=export-count]");

        provider.Find("button[data-testid=export-download]").Click();

        provider.WaitForAssertion(() => Assert.StartsWith(message,
            provider.Find("[data-testid=export-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal("exports/cases.csv", module.Invocations["download"].Single().Arguments[1]);
        Assert.False(provider.Find("button[data-testid=export-download]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Dialog_FilterWithoutCases_CannotDownload()
    {
        SignIn(Roles.Officer);

        var provider = await ShowAsync(QueueQuery.Default with { Kind = CaseKind.Mediation });

        provider.WaitForAssertion(() => Assert.Equal("Filter saat ini tidak memilih kasus apa pun.",
            provider.Find("[data-testid=export-count]").TextContent));
        Assert.True(provider.Find("button[data-testid=export-download]").HasAttribute("disabled"));
    }

    [Fact]
    public void Queue_ExportMenu_OpensTheDialogForTheAppliedFilter()
    {
        SignIn(Roles.Officer);
        Services.GetRequiredService<NavigationManager>().NavigateTo("cases?kind=Repatriation&open=false");
        var provider = Render<MudDialogProvider>();
        var popovers = Render<MudPopoverProvider>();
        var queue = Render<Queue>();

        queue.Find("[data-testid=queue-export] button").Click();
        popovers.WaitForElement("[data-testid=queue-export-xlsx]").Click();

        provider.WaitForAssertion(() => Assert.Equal("Filter saat ini memilih 1 kasus; semuanya akan diekspor.",
            provider.Find("[data-testid=export-count]").TextContent));
        Assert.Contains("Excel (.xlsx)", provider.Find(".mud-dialog-title").TextContent, StringComparison.Ordinal);
    }

    private async Task<IRenderedComponent<MudDialogProvider>> ShowAsync(QueueQuery query,
        ExportFormat format = ExportFormat.Csv)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => dialogs.ShowAsync<ExportDialog>(null, new DialogParameters<ExportDialog>
        {
            { d => d.Query, query },
            { d => d.Format, format },
        }));
        return provider;
    }

    private void SignIn(string role)
    {
        var auth = AddAuthorization();
        // SetRoles rebuilds the principal without claims: roles first.
        auth.SetAuthorized("Pengguna Satu").SetRoles(role).SetClaims(
            new Claim(ClaimTypes.NameIdentifier, "user-1"),
            new Claim(CurrentUser.DisplayNameClaim, "Pengguna Satu"));
    }
}
