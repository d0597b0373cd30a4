using CaseDesk.Core.Notifications;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.ServiceLevels;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Notifications;

/// <summary>A user's notifications: counts, the latest few, and marking read, each only for the owner.</summary>
public sealed class NotificationTests
{
    [Fact]
    public async Task UnreadCountAndLatest_OnlyTheUsersOwn_NewestFirst()
    {
        await using var f = await EscalationFixture.CreateAsync();
        await AddAsync(f, f.Officer.UserId, "ADU-2026-000001", minutesAgo: 30);
        await AddAsync(f, f.Officer.UserId, "ADU-2026-000002", minutesAgo: 10, read: true);
        await AddAsync(f, f.Officer.UserId, "ADU-2026-000003", minutesAgo: 20);
        await AddAsync(f, f.Supervisor1.UserId, "ADU-2026-000004", minutesAgo: 5);
        var queries = new NotificationQueries(f.Db.Factory);

        Assert.Equal(2, await queries.UnreadCountAsync(f.Officer.UserId));
        var latest = await queries.LatestAsync(f.Officer.UserId, 2);

        Assert.Equal(["ADU-2026-000002", "ADU-2026-000003"], latest.Select(n => n.CaseReference));
        Assert.Equal([true, false], latest.Select(n => n.IsRead));
        Assert.Equal(1, await queries.UnreadCountAsync(f.Supervisor1.UserId));
        Assert.Equal(0, await queries.UnreadCountAsync(f.Head.UserId));
    }

    [Fact]
    public async Task MarkRead_OwnNotification_SetsReadAt()
    {
        await using var f = await EscalationFixture.CreateAsync();
        var id = await AddAsync(f, f.Officer.UserId, "ADU-2026-000001");

        var marked = await new MarkNotificationRead(f.Db.Factory, f.Clock).ExecuteAsync(id, f.Officer.UserId);

        Assert.True(marked);
        Assert.Equal(f.Clock.Now.UtcDateTime, await ReadAtAsync(f, id));
        Assert.False(await new MarkNotificationRead(f.Db.Factory, f.Clock).ExecuteAsync(id, f.Officer.UserId));
    }

    [Fact]
    public async Task MarkRead_SomeoneElsesNotification_LeavesItUnread()
    {
        await using var f = await EscalationFixture.CreateAsync();
        var id = await AddAsync(f, f.Supervisor1.UserId, "ADU-2026-000001");

        var marked = await new MarkNotificationRead(f.Db.Factory, f.Clock).ExecuteAsync(id, f.Officer.UserId);

        Assert.False(marked);
        Assert.Null(await ReadAtAsync(f, id));
    }

    [Fact]
    public async Task MarkAllRead_MarksOnlyTheUsersOwn()
    {
        await using var f = await EscalationFixture.CreateAsync();
        await AddAsync(f, f.Officer.UserId, "ADU-2026-000001");
        await AddAsync(f, f.Officer.UserId, "ADU-2026-000002");
        await AddAsync(f, f.Officer.UserId, "ADU-2026-000003", read: true);
        var other = await AddAsync(f, f.Supervisor1.UserId, "ADU-2026-000004");

        var marked = await new MarkAllNotificationsRead(f.Db.Factory, f.Clock).ExecuteAsync(f.Officer.UserId);

        Assert.Equal(2, marked);
        var queries = new NotificationQueries(f.Db.Factory);
        Assert.Equal(0, await queries.UnreadCountAsync(f.Officer.UserId));
        Assert.Null(await ReadAtAsync(f, other));
    }

    private static async Task<long> AddAsync(EscalationFixture f, string userId, string reference, int minutesAgo = 0,
        bool read = false)
    {
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        var created = f.Clock.Now.UtcDateTime.AddMinutes(-minutesAgo);
        var n = new Notification
        {
            UserId = userId,
            Kind = NotificationKind.Escalation,
            CaseReference = reference,
            Level = EscalationLevel.Supervisor,
            DueOn = new DateOnly(2026, 11, 20),
            CreatedAtUtc = created,
            ReadAtUtc = read ? created : null,
        };
        db.Notifications.Add(n);
        await db.SaveChangesAsync();
        return n.Id;
    }

    private static async Task<DateTime?> ReadAtAsync(EscalationFixture f, long id)
    {
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        return await db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAtUtc).SingleAsync();
    }
}
