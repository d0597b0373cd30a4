using System.Globalization;
using System.Security.Claims;
using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Components.Pages.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CaseDesk.Tests.Pages;

/// <summary>The admin's user page against a real database and Identity's real UserManager.</summary>
public sealed class UsersPageTests : BunitContext, IAsyncLifetime
{
    private TestDb db = null!;
    private Actor admin = null!;
    private Actor officer = null!;

    public async Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        db = await TestDb.CreateAsync();
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        TestIdentity.Add(Services, db, new TestClock());
        Services.AddScoped<CurrentUser>();
        // Seeded through a provider of its own: bUnit's cannot take registrations once it has served one.
        var seeding = new ServiceCollection();
        TestIdentity.Add(seeding, db, new TestClock());
        await using (var seeder = seeding.BuildServiceProvider())
        {
            await TestIdentity.EnsureRolesAsync(seeder);
            admin = await TestIdentity.AddUserAsync(seeder, "Admin Kantor", Roles.Admin);
            officer = await TestIdentity.AddUserAsync(seeder, "Wa Ode Petugas", Roles.Officer);
        }

        var auth = AddAuthorization();
        auth.SetAuthorized(admin.DisplayName);
        auth.SetRoles(Roles.Admin);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, admin.UserId),
            new Claim(CurrentUser.DisplayNameClaim, admin.DisplayName));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await db.DisposeAsync();
    }

    private async Task<AppUser?> FindAsync(string email)
    {
        await using var context = await db.Factory.CreateDbContextAsync();
        return await context.Users.SingleOrDefaultAsync(u => u.Email == email);
    }

    [Fact]
    public void Page_ListsUsersWithRolesAndStatus()
    {
        Render<MudPopoverProvider>();
        var cut = Render<Users>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=user-table] tbody tr").Count));
        var officerRow = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Wa Ode Petugas"));
        Assert.Contains("wa.ode.petugas@test.local", officerRow.TextContent);
        Assert.Contains("Petugas pengaduan", officerRow.TextContent);
        Assert.Contains("Aktif", officerRow.QuerySelector(".user-status")!.TextContent);
        var adminRow = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Admin Kantor"));
        Assert.Contains("Akun Anda", adminRow.TextContent);
        // Nobody disables their own account: the button is not offered (Core refuses it anyway).
        Assert.Empty(adminRow.QuerySelectorAll(".user-disable"));
    }

    [Fact]
    public async Task AddDialog_CreatesTheUserAndShowsItInTheList()
    {
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<Users>();
        cut.WaitForElement("[data-testid=user-table]");

        cut.Find("button.user-add").Click();
        provider.WaitForElement("#user-email").Change("la.ode@test.local");
        provider.Find("#user-name").Change("La Ode Kepala");
        provider.Find(".user-role-Officer input").Change(false);
        provider.Find(".user-role-Supervisor input").Change(true);
        provider.Find("#user-password").Change("sagu-dan-ikan-bakar-tiap-jumat");
        provider.Find("button.user-save").Click();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=user-table] tbody tr").Count));
        var row = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("La Ode Kepala"));
        Assert.Contains("Kepala seksi", row.TextContent);
        Assert.DoesNotContain("Petugas pengaduan", row.TextContent);
        var user = await FindAsync("la.ode@test.local");
        Assert.NotNull(user);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.Equal(AuditAction.UserCreated, (await context.AuditEntries.SingleAsync()).Action);
    }

    [Fact]
    public async Task AddDialog_CommonPassword_ShowsTheMessageAndStaysOpen()
    {
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<Users>();
        cut.WaitForElement("[data-testid=user-table]");

        cut.Find("button.user-add").Click();
        provider.WaitForElement("#user-email").Change("la.ode@test.local");
        provider.Find("#user-name").Change("La Ode Kepala");
        provider.Find("#user-password").Change("password123");
        provider.Find("button.user-save").Click();

        provider.WaitForAssertion(() => Assert.Contains("Kata sandi ini terlalu umum", provider.Markup));
        Assert.NotEmpty(provider.FindAll("#user-email"));
        Assert.Null(await FindAsync("la.ode@test.local"));
    }

    [Fact]
    public async Task Disable_AfterConfirmation_LocksTheAccount()
    {
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<Users>();
        cut.WaitForElement("[data-testid=user-table]");

        cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Wa Ode Petugas")).QuerySelector("button.user-disable")!
            .Click();
        provider.WaitForAssertion(() => Assert.Contains("Nonaktifkan akun Wa Ode Petugas", provider.Markup));
        provider.Find("button.confirm-yes").Click();

        cut.WaitForAssertion(() => Assert.Contains("Dinonaktifkan",
            cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Wa Ode Petugas")).TextContent));
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(officer.UserId))!));
    }

    [Fact]
    public async Task Disable_Cancelled_ChangesNothing()
    {
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<Users>();
        cut.WaitForElement("[data-testid=user-table]");

        cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Wa Ode Petugas")).QuerySelector("button.user-disable")!
            .Click();
        provider.WaitForElement("button.confirm-no").Click();

        Assert.Null((await FindAsync("wa.ode.petugas@test.local"))!.LockoutEnd);
    }

    [Fact]
    public async Task RolesDialog_RemovingOwnAdminRole_ShowsTheRefusalAndKeepsTheRole()
    {
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<Users>();
        cut.WaitForElement("[data-testid=user-table]");

        cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Admin Kantor")).QuerySelector("button.user-roles")!
            .Click();
        provider.WaitForElement(".user-roles-dialog .user-role-Admin input").Change(false);
        provider.Find(".user-roles-dialog .user-role-Officer input").Change(true);
        provider.Find("button.user-save").Click();

        provider.WaitForAssertion(() => Assert.Contains("Anda tidak dapat mencabut peran Admin dari akun Anda sendiri.",
            provider.Find(".user-dialog-error").TextContent));
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.Equal([Roles.Admin], await users.GetRolesAsync((await users.FindByIdAsync(admin.UserId))!));
    }
}
