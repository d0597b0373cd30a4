using System.Globalization;
using System.Security.Claims;
using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Components.Pages.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CaseDesk.Tests.Pages;

/// <summary>The admin's holiday page against a real database with the seeded 2026/2027 holidays.</summary>
public sealed class HolidaysPageTests : BunitContext, IAsyncLifetime
{
    private TestDb db = null!;

    public async Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        db = await TestDb.CreateAsync();
        var admin = await db.AddUserAsync("Admin Kantor", Roles.Admin);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(db.Factory);
        Services.AddSingleton<TimeProvider>(new TestClock());
        Services.AddTransient<HolidayQueries>();
        Services.AddTransient<SaveHoliday>();
        Services.AddTransient<DeleteHoliday>();
        Services.AddTransient<RecomputeDueDates>();
        Services.AddScoped<CurrentUser>();
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

    [Fact]
    public void Page_ThisYear_ListsHolidaysWithTypeAndWeekendNote()
    {
        Render<MudPopoverProvider>();
        var cut = Render<Holidays>();

        cut.WaitForAssertion(() => Assert.Equal(25, cut.FindAll("[data-testid=holiday-table] tbody tr").Count));
        Assert.Contains("17 libur nasional, 8 cuti bersama", cut.Find("[data-testid=holiday-summary]").TextContent);
        var nyepiLeave = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Rabu, 18 Maret 2026"));
        Assert.Contains("Cuti bersama", nyepiLeave.TextContent);
        var sunday = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Minggu, 22 Maret 2026"));
        Assert.Contains("Akhir pekan", sunday.TextContent);
    }

    [Fact]
    public void Page_2027_MarksEstimatedDates()
    {
        Render<MudPopoverProvider>();
        var cut = Render<Holidays>();
        cut.WaitForElement("[data-testid=holiday-year-2027]").Click();

        cut.WaitForElement("[data-testid=holiday-estimates]");
        Assert.Contains("perkiraan", cut.Find("[data-testid=holiday-table]").TextContent);
    }

    [Fact]
    public async Task Page_YearWithoutHolidays_WarnsThatOnlyWeekendsCount()
    {
        await using (var context = await db.Factory.CreateDbContextAsync())
        {
            await context.Holidays.Where(h => h.Date.Year == 2027).ExecuteDeleteAsync();
        }

        Render<MudPopoverProvider>();
        var cut = Render<Holidays>();
        cut.WaitForElement("[data-testid=holiday-year-2027]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Belum ada hari libur untuk tahun 2027",
            cut.Find("[data-testid=holiday-empty]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=holiday-table]"));
    }

    [Fact]
    public async Task AddDialog_SavesTheHolidayAndShowsItInTheList()
    {
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<Holidays>();
        cut.WaitForElement("[data-testid=holiday-table]");

        cut.Find("button.holiday-add").Click();
        provider.WaitForElement("#holiday-date").Change("25/11/2026");
        provider.Find("#holiday-name").Change("Hari Guru Nasional (contoh)");
        provider.Find("button.holiday-save").Click();

        cut.WaitForAssertion(() => Assert.Equal(26, cut.FindAll("[data-testid=holiday-table] tbody tr").Count));
        Assert.Contains("Hari Guru Nasional (contoh)", cut.Find("[data-testid=holiday-table]").TextContent);
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.True(await context.Holidays.AnyAsync(h => h.Date == new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void AddDialog_WithoutName_ShowsTheMessageAndStaysOpen()
    {
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<Holidays>();
        cut.WaitForElement("[data-testid=holiday-table]");

        cut.Find("button.holiday-add").Click();
        provider.WaitForElement("#holiday-date").Change("25/11/2026");
        provider.Find("button.holiday-save").Click();

        provider.WaitForAssertion(() => Assert.Contains("Nama hari libur wajib diisi.", provider.Markup));
        Assert.NotEmpty(provider.FindAll(".holiday-dialog"));
    }

    [Fact]
    public async Task Delete_AfterConfirmation_RemovesTheHoliday()
    {
        var provider = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var cut = Render<Holidays>();
        cut.WaitForAssertion(() => Assert.Equal(25, cut.FindAll("[data-testid=holiday-table] tbody tr").Count));

        cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("24 Desember 2026")).QuerySelector("button.holiday-delete")!
            .Click();
        provider.WaitForElement("button.confirm-yes").Click();

        cut.WaitForAssertion(() => Assert.Equal(24, cut.FindAll("[data-testid=holiday-table] tbody tr").Count));
        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.False(await context.Holidays.AnyAsync(h => h.Date == new DateOnly(2026, 12, 24)));
    }
}
