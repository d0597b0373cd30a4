using Bunit;
using CaseDesk.Core.Notifications;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CaseDesk.Tests.Pages;

/// <summary>The bell in the app bar, on a real database, for the signed-in officer of <see cref="CasePageTestBase"/>.
/// </summary>
public sealed class NotificationsMenuTests : CasePageTestBase
{
    [Fact]
    public async Task NotificationsMenu_UnreadNotifications_ShowsTheirCountOnTheBadge()
    {
        await AddAsync(EscalationLevel.Officer);
        await AddAsync(EscalationLevel.Supervisor);
        await AddAsync(EscalationLevel.Head, read: true);
        await AddAsync(EscalationLevel.Head, userId: await OtherUserAsync());

        var cut = Render<NotificationsMenu>();

        Assert.Equal("2", cut.Find(".mud-badge").TextContent.Trim());
    }

    [Fact]
    public void NotificationsMenu_NothingUnread_HidesTheBadgeAndSaysSoWhenOpened()
    {
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationsMenu>();

        Assert.Empty(cut.FindAll(".mud-badge"));
        cut.Find("[data-testid=notifications-button]").Click();

        popovers.WaitForAssertion(() =>
            Assert.Equal("Tidak ada notifikasi", popovers.Find(".cd-notifications-empty").TextContent.Trim()));
    }

    [Fact]
    public async Task NotificationsMenu_Open_ListsTheLatestNewestFirstUnreadInBold()
    {
        var c = await SeedCaseAsync();
        await AddAsync(EscalationLevel.Officer, caseId: c.Id, unassigned: true, minutesAgo: 30, read: true);
        await AddAsync(EscalationLevel.Supervisor, caseId: c.Id, minutesAgo: 20);
        await AddAsync(EscalationLevel.Head, caseId: c.Id, minutesAgo: 10);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationsMenu>();

        cut.Find("[data-testid=notifications-button]").Click();

        popovers.WaitForAssertion(() => Assert.Equal(3, popovers.FindAll(".cd-notification").Count));
        var items = popovers.FindAll(".cd-notification");
        Assert.Equal(
        [
            "ADU-2025-000917 terlambat — diteruskan ke Kepala Balai",
            "ADU-2025-000917 terlambat — diteruskan ke Kepala Seksi",
            "ADU-2025-000917 jatuh tempo dan belum ditugaskan kepada petugas",
        ], items.Select(i => i.QuerySelector(".cd-notification-text")!.TextContent.Trim()));
        Assert.Equal([true, true, false], items.Select(i => i.ClassList.Contains("cd-notification-unread")));
        Assert.StartsWith("Jatuh tempo 20 Nov 2026 · 23 Nov 2026",
            items[0].QuerySelector(".cd-notification-meta")!.TextContent.Trim());
    }

    [Fact]
    public async Task NotificationsMenu_English_RendersTheSameFactsInEnglish()
    {
        UseCulture("en-US");
        await AddAsync(EscalationLevel.Supervisor);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationsMenu>();

        cut.Find("[data-testid=notifications-button]").Click();

        popovers.WaitForAssertion(() => Assert.Equal("ADU-2025-000917 overdue — escalated to the supervisors",
            popovers.Find(".cd-notification-text").TextContent.Trim()));
        Assert.StartsWith("Due 20 Nov 2026", popovers.Find(".cd-notification-meta").TextContent.Trim());
    }

    [Fact]
    public async Task NotificationsMenu_ClickANotification_MarksItReadAndOpensTheCase()
    {
        var c = await SeedCaseAsync();
        var id = await AddAsync(EscalationLevel.Officer, caseId: c.Id);
        await AddAsync(EscalationLevel.Supervisor, caseId: c.Id);
        var navigation = Services.GetRequiredService<NavigationManager>();
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationsMenu>();
        cut.Find("[data-testid=notifications-button]").Click();
        popovers.WaitForAssertion(() => Assert.Equal(2, popovers.FindAll(".cd-notification").Count));

        popovers.FindAll(".cd-notification")[1].Click(); // the officer-level one, added first

        cut.WaitForAssertion(() => Assert.Equal($"http://localhost/cases/{c.Id}", navigation.Uri));
        Assert.NotNull(await ReadAtAsync(id));
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find(".mud-badge").TextContent.Trim()));
    }

    [Fact]
    public async Task NotificationsMenu_MarkAllRead_ClearsTheBadgeAndTheBold()
    {
        await AddAsync(EscalationLevel.Officer);
        await AddAsync(EscalationLevel.Supervisor);
        var popovers = Render<MudPopoverProvider>();
        var cut = Render<NotificationsMenu>();
        cut.Find("[data-testid=notifications-button]").Click();
        popovers.WaitForAssertion(() => Assert.Equal(2, popovers.FindAll(".cd-notification-unread").Count));

        popovers.Find(".cd-notifications-mark-all").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-badge")));
        popovers.WaitForAssertion(() => Assert.Empty(popovers.FindAll(".cd-notification-unread")));
        Assert.Equal(2, popovers.FindAll(".cd-notification").Count); // the menu stays open
        Assert.Equal(0, await Services.GetRequiredService<NotificationQueries>().UnreadCountAsync(Officer.UserId));
    }

    [Fact]
    public async Task NotificationsMenu_EveryMinuteAndOnNavigation_RefreshesTheCountUntilDisposed()
    {
        var timers = new ManualClock(Clock.Now);
        Services.AddSingleton<TimeProvider>(timers);
        var cut = Render<NotificationsMenu>();
        Assert.Empty(cut.FindAll(".mud-badge"));

        await AddAsync(EscalationLevel.Officer);
        timers.Advance(NotificationsMenu.RefreshInterval);
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find(".mud-badge").TextContent.Trim()));

        await AddAsync(EscalationLevel.Supervisor);
        Services.GetRequiredService<NavigationManager>().NavigateTo("cases");
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find(".mud-badge").TextContent.Trim()));

        Assert.Equal(1, timers.PendingTimersEvery(NotificationsMenu.RefreshInterval));
        await DisposeComponentsAsync();
        Assert.Equal(0, timers.PendingTimersEvery(NotificationsMenu.RefreshInterval));
    }

    private async Task<long> AddAsync(EscalationLevel level, int? caseId = null, bool unassigned = false,
        int minutesAgo = 0, bool read = false, string? userId = null)
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        var created = Clock.Now.UtcDateTime.AddMinutes(-minutesAgo);
        var n = new Notification
        {
            UserId = userId ?? Officer.UserId,
            Kind = NotificationKind.Escalation,
            CaseId = caseId,
            CaseReference = "ADU-2025-000917",
            Level = level,
            DueOn = new DateOnly(2026, 11, 20),
            CaseUnassigned = unassigned,
            CreatedAtUtc = created,
            ReadAtUtc = read ? created : null,
        };
        db.Notifications.Add(n);
        await db.SaveChangesAsync();
        return n.Id;
    }

    private async Task<string> OtherUserAsync() => (await Db.AddUserAsync("La Ode Rusdin")).UserId;

    private async Task<DateTime?> ReadAtAsync(long id)
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        return await db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAtUtc).SingleAsync();
    }
}
