using CaseDesk.Core.Data;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Notifications;

/// <summary>One line of the notifications menu: the facts, rendered by the menu in the reader's language.</summary>
public sealed record NotificationItem(long Id, NotificationKind Kind, int? CaseId, string? CaseReference,
    EscalationLevel? Level, DateOnly? DueOn, bool CaseUnassigned, DateTime CreatedAtUtc, bool IsRead);

/// <summary>A user's own notifications; every query is filtered by the user.</summary>
public sealed class NotificationQueries(IDbContextFactory<CaseDeskDb> dbFactory)
{
    public async Task<int> UnreadCountAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, ct);
    }

    /// <summary>The newest <paramref name="count"/> notifications, read or not, newest first.</summary>
    public async Task<IReadOnlyList<NotificationItem>> LatestAsync(string userId, int count = 10,
        CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Take(count)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.CaseId, n.CaseReference, n.Level, n.DueOn,
                n.CaseUnassigned, n.CreatedAtUtc, n.ReadAtUtc != null))
            .ToListAsync(ct);
    }
}

/// <summary>Marks one of the user's own notifications as read; another user's, or an unknown one, is left alone.
/// </summary>
public sealed class MarkNotificationRead(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    /// <summary>True when the notification was the user's and unread.</summary>
    public async Task<bool> ExecuteAsync(long notificationId, string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // One UPDATE statement: its own transaction, and the owner check is part of it.
        var changed = await db.Notifications
            .Where(n => n.Id == notificationId && n.UserId == userId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
        return changed == 1;
    }
}

/// <summary>Marks all of a user's unread notifications as read.</summary>
public sealed class MarkAllNotificationsRead(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    /// <summary>How many were unread.</summary>
    public async Task<int> ExecuteAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Notifications
            .Where(n => n.UserId == userId && n.ReadAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), ct);
    }
}
