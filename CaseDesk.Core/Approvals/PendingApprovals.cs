using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Notifications;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Approvals;

/// <summary>What the approval actions share: timeline events, notifications, and dropping requests of ended cases.
/// Everything is added to the caller's context and saved in the caller's transaction.</summary>
internal static class PendingApprovals
{
    /// <summary>Cancels the case's pending requests (not the one being approved, already marked) once the case ended
    /// otherwise, so a reopened case can be requested again.</summary>
    public static async Task DropAsync(CaseDeskDb db, Case c, Actor actor, DateTime now, CancellationToken ct)
    {
        var pending = await db.ApprovalRequests.Where(r => r.CaseId == c.Id && r.Status == ApprovalStatus.Pending)
            .ToListAsync(ct);
        // The query returns tracked instances as they are in memory: the request being approved is no longer pending.
        foreach (var request in pending.Where(r => r.Status == ApprovalStatus.Pending))
        {
            Decide(request, ApprovalStatus.Cancelled, actor, now, null);
            c.Events.Add(Event(CaseEventType.ApprovalCancelled, request.Trigger, now, actor,
                ApprovalText.Format(ApprovalText.RecordCulture, "Event_CancelledCaseEnded",
                    ApprovalText.Kind(request.Trigger, ApprovalText.RecordCulture))));
        }
    }

    public static void Decide(ApprovalRequest request, ApprovalStatus status, Actor actor, DateTime now, string? reason)
    {
        request.Status = status;
        request.DecidedById = actor.UserId;
        request.DecidedByName = Cut(actor.DisplayName, 150);
        request.DecidedAtUtc = now;
        request.DecisionReason = reason;
    }

    public static CaseEvent Event(CaseEventType type, CaseTrigger trigger, DateTime now, Actor actor, string note) => new()
    {
        Type = type,
        AtUtc = now,
        ActorId = actor.UserId,
        ActorName = actor.DisplayName,
        Trigger = trigger.ToString(),
        Note = note,
    };

    /// <summary>The approvers told of a new request: the supervisors (Kepala Seksi), or the administrators when the
    /// office has none, so a request never waits unseen.</summary>
    public static async Task NotifySupervisorsAsync(CaseDeskDb db, Case c, DateTime now, CancellationToken ct)
    {
        string[] roles = [Roles.Supervisor, Roles.Admin];
        var members = await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where roles.Contains(r.Name!)
                select new { Role = r.Name!, ur.UserId })
            .ToListAsync(ct);
        var supervisors = members.Where(m => m.Role == Roles.Supervisor).Select(m => m.UserId).Distinct().ToList();
        var recipients = supervisors.Count > 0
            ? supervisors
            : members.Select(m => m.UserId).Distinct().ToList();
        foreach (var userId in recipients.Order(StringComparer.Ordinal))
        {
            Notify(db, userId, NotificationKind.ApprovalRequested, c, now);
        }
    }

    public static void Notify(CaseDeskDb db, string userId, NotificationKind kind, Case c, DateTime now) =>
        db.Notifications.Add(new Notification
        {
            UserId = userId,
            Kind = kind,
            CaseId = c.Id,
            CaseReference = c.ReferenceNumber,
            CreatedAtUtc = now,
        });

    public static TransitionResult Failure(TransitionOutcome outcome, params IReadOnlyList<string> messages) =>
        new(outcome, messages, null, null);

    public static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
