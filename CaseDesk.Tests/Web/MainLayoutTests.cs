using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Notifications;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CaseDesk.Tests.Web;

public sealed class MainLayoutTests : BunitContext, IAsyncLifetime
{
    public MainLayoutTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgery>();
        _auth = AddAuthorization();
        SignIn(Roles.Officer);
    }

    private readonly BunitAuthorizationContext _auth;
    private TestDb? _db;

    async Task IAsyncLifetime.InitializeAsync()
    {
        // The notifications bell reads the signed-in user's notifications.
        _db = await TestDb.CreateAsync();
        Services.AddSingleton(_db.Factory);
        Services.AddSingleton(TimeProvider.System);
        Services.AddTransient<NotificationQueries>();
        Services.AddTransient<MarkNotificationRead>();
        Services.AddTransient<MarkAllNotificationsRead>();
        // Supervisors and the head of office see the pending closure proposals count in the menu.
        Services.AddTransient<CaseDesk.Core.Closures.ClosureQueries>();
        Services.AddScoped<CaseDesk.Web.Components.Pages.Closures.ClosureProposalsChanged>();
        Services.AddTransient<CaseDesk.Core.Approvals.ApprovalQueries>();
        Services.AddScoped<CaseDesk.Web.Components.Pages.Approvals.ApprovalsChanged>();
    }

    // MudBlazor's services are only IAsyncDisposable; xunit 2 would call the synchronous Dispose.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }

    [Fact]
    public void MainLayout_HeadOfOffice_ShowsKepalaBalaiAndTheNotificationsBell()
    {
        using var _ = new CultureScope("id-ID");
        SignIn(Roles.Head);

        var cut = RenderLayout();

        Assert.Contains("Kepala Balai", cut.Find("[data-testid=current-user]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=notifications-button]"));
    }

    [Fact]
    public void MainLayout_SignedInOfficer_ShowsNameRoleNavigationAndSignOut()
    {
        using var _ = new CultureScope("id-ID");

        var cut = RenderLayout();

        var user = cut.Find("[data-testid=current-user]").TextContent;
        Assert.Contains("Wa Ode Sitti", user);
        Assert.Contains("Petugas", user);
        Assert.Contains("BP3MI Sulawesi Tenggara", cut.Markup);
        Assert.Equal(new[] { "cases", "cases/new", "reports" }, cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href") ?? ""));
        Assert.Contains("Antrean Kasus", cut.Markup);
        var logout = cut.Find("form.cd-logout");
        Assert.Equal("post", logout.GetAttribute("method"));
        Assert.Equal("account/logout", logout.GetAttribute("action"));
        Assert.NotNull(logout.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Contains("page content", cut.Markup);
    }

    [Fact]
    public void MainLayout_English_ShowsEnglishNavigation()
    {
        using var _ = new CultureScope("en-US");

        var cut = RenderLayout();

        Assert.Contains("Case queue", cut.Markup);
        Assert.Contains("Officer", cut.Find("[data-testid=current-user]").TextContent);
    }

    [Fact]
    public void LanguageSwitch_Click_GoesThroughCultureEndpointWithReturnPath()
    {
        using var _ = new CultureScope("id-ID");
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("cases?regency=7414");
        var cut = RenderLayout();

        cut.FindAll("button.cd-lang-btn").Single(b => b.TextContent == "EN").Click();

        Assert.Equal("http://localhost/culture?culture=en-US&redirectUri=%2Fcases%3Fregency%3D7414", navigation.Uri);
    }

    private void SignIn(string role) =>
        // SetRoles rebuilds the principal without claims: roles first.
        _auth.SetAuthorized("petugas@casedesk.local").SetRoles(role).SetClaims(
            new Claim(ClaimTypes.NameIdentifier, "user-1"),
            new Claim(CurrentUser.DisplayNameClaim, "Wa Ode Sitti"));

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(x => x.Body, (RenderFragment)(b => b.AddContent(0, "page content"))));

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("token", "__RequestVerificationToken");
    }
}
