using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseDesk.Core.Audit;

/// <summary>
/// Writes audit rows for the changes a save carries — cases created and edited (fields before/after, personal
/// identifiers masked), workflow steps and other timeline events, letters issued and cancelled, holidays — into the
/// same <c>SaveChanges</c>, so they commit or roll back with the change.
/// </summary>
/// <remarks>
/// Who: the actor the Core action recorded on the entity itself (timeline event, letter) — the explicit
/// <see cref="Actor"/> every write action takes — else <see cref="AuditScope.Current"/>, else "system". From where:
/// always <see cref="AuditScope.Current"/>. A new case has no id before the insert, so its "created" row is added by a
/// second save right after the first, inside the caller's transaction (every Core write opens one).
/// </remarks>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>The instance every <see cref="Data.CaseDeskDb"/> uses (registered in its OnConfiguring).</summary>
    public static AuditInterceptor Instance { get; } = new(TimeProvider.System);

    private const int ValueMaxLength = 300;

    /// <summary>Case columns that are bookkeeping or recorded by their own audit action.</summary>
    private static readonly HashSet<string> SkippedCaseProperties = new(StringComparer.Ordinal)
    {
        nameof(Case.Version), nameof(Case.UpdatedAtUtc), nameof(Case.DueOn), nameof(Case.Status),
        nameof(Case.ClosedAtUtc), nameof(Case.WaitingFor), nameof(Case.AssignedOfficerId),
        nameof(Case.IdentityVerifiedAtUtc), nameof(Case.IdentityVerifiedById), nameof(Case.CreatedAtUtc),
        nameof(Case.AnonymisedAtUtc),
    };

    private static readonly Dictionary<CaseEventType, AuditAction> EventActions = new()
    {
        [CaseEventType.Transition] = AuditAction.CaseTransition,
        [CaseEventType.Note] = AuditAction.CaseNoteAdded,
        [CaseEventType.Assigned] = AuditAction.CaseAssigned,
        [CaseEventType.IdentityVerified] = AuditAction.IdentityVerified,
        [CaseEventType.WaitStarted] = AuditAction.WaitStarted,
        [CaseEventType.WaitEnded] = AuditAction.WaitEnded,
        [CaseEventType.Escalated] = AuditAction.CaseEscalated,
        [CaseEventType.ClosureProposed] = AuditAction.ClosureProposed,
        [CaseEventType.ClosureProposalDismissed] = AuditAction.ClosureDismissed,
        [CaseEventType.ApprovalRequested] = AuditAction.ApprovalRequested,
        [CaseEventType.ApprovalApproved] = AuditAction.ApprovalApproved,
        [CaseEventType.ApprovalReturned] = AuditAction.ApprovalReturned,
        [CaseEventType.ApprovalCancelled] = AuditAction.ApprovalCancelled,
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly ConditionalWeakTable<DbContext, List<Case>> _createdCases = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } db && TakeCreated(db))
        {
            db.SaveChanges();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && TakeCreated(db))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries().ToList();
        var scope = AuditScope.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var eventActors = entries
            .Where(e => e.State == EntityState.Added && e.Entity is CaseEvent)
            .Select(e => (CaseEvent)e.Entity)
            .GroupBy(e => e.CaseId)
            .ToDictionary(g => g.Key, g => g.First());
        var rows = new List<AuditEntry>();
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case Case c when entry.State == EntityState.Added:
                    _createdCases.GetOrCreateValue(db).Add(c);
                    break;
                case Case c when entry.State == EntityState.Modified
                    && entry.Property(nameof(Case.AnonymisedAtUtc)).IsModified && c.AnonymisedAtUtc is { } anonymisedAt:
                    // The trail must not become the copy of what was just erased: field names only, no values.
                    eventActors.TryGetValue(c.Id, out var anonymised);
                    rows.Add(Row(AuditAction.CaseAnonymised, anonymisedAt, anonymised?.ActorId, anonymised?.ActorName,
                        scope, c.Id, null, null, Serialize(new
                        {
                            reference = c.ReferenceNumber,
                            reason = Cut(anonymised?.Note),
                            fields = CaseChanges(entry).Select(f => f.Field).ToList(),
                        })));
                    break;
                case Case c when entry.State == EntityState.Modified:
                    if (CaseChanges(entry) is { Count: > 0 } changes)
                    {
                        eventActors.TryGetValue(c.Id, out var edit);
                        var at = entry.Property(nameof(Case.UpdatedAtUtc)).IsModified ? c.UpdatedAtUtc : now;
                        rows.Add(Row(AuditAction.CaseUpdated, at, edit?.ActorId, edit?.ActorName, scope,
                            c.Id, null, null, ChangesDetail(changes)));
                    }

                    break;
                case CaseEvent e when entry.State == EntityState.Added && EventActions.TryGetValue(e.Type, out var action):
                    var caseId = e.CaseId != 0 ? e.CaseId : (int?)null;
                    rows.Add(Row(action, e.AtUtc, e.ActorId, e.ActorName, scope, caseId, null, null,
                        EventDetail(e)));
                    break;
                case Letter l when entry.State == EntityState.Added:
                    rows.Add(Row(AuditAction.LetterIssued, l.IssuedAtUtc, l.IssuedById, l.IssuedByName, scope, l.CaseId,
                        nameof(Letter), l.Number, Serialize(new { number = l.Number, type = l.Type.ToString() })));
                    break;
                case Letter l when entry.State == EntityState.Modified && l.IsCancelled
                    && entry.Property(nameof(Letter.CancelledAtUtc)).IsModified:
                    rows.Add(Row(AuditAction.LetterCancelled, l.CancelledAtUtc!.Value, l.CancelledById,
                        l.CancelledByName, scope, l.CaseId, nameof(Letter), l.Number,
                        Serialize(new { number = l.Number, type = l.Type.ToString(), reason = Cut(l.CancelReason) })));
                    break;
                case Consents.ConsentRecord r when entry.State == EntityState.Added:
                    rows.Add(Row(AuditAction.ConsentRecorded, r.RecordedAtUtc, r.RecordedById, r.RecordedByName, scope,
                        r.CaseId != 0 ? r.CaseId : null, nameof(Consents.ConsentRecord),
                        null, Serialize(new
                        {
                            purpose = r.Purpose.ToString(),
                            decision = r.Decision.ToString(),
                            method = r.Method.ToString(),
                            decidedOn = r.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        })));
                    break;
                case Holiday h when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    var date = h.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    rows.Add(Row(AuditAction.HolidayChanged, now, null, null, scope, null, nameof(Holiday), date,
                        Serialize(new { change = entry.State.ToString(), date, name = h.Name, h.IsCollectiveLeave })));
                    break;
            }
        }

        db.Set<AuditEntry>().AddRange(rows);
    }

    private bool TakeCreated(DbContext db)
    {
        if (!_createdCases.TryGetValue(db, out var created))
        {
            return false;
        }

        _createdCases.Remove(db);
        var scope = AuditScope.Current;
        foreach (var c in created)
        {
            var opened = c.Events.FirstOrDefault(e => e.Type == CaseEventType.Created);
            db.Set<AuditEntry>().Add(Row(AuditAction.CaseCreated, c.CreatedAtUtc, opened?.ActorId ?? c.CreatedById,
                opened?.ActorName, scope, c.Id, null, null,
                Serialize(new { reference = c.ReferenceNumber, kind = c.Kind.ToString() })));
        }

        return created.Count > 0;
    }

    private void Discard(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        _createdCases.Remove(db);
        // A failed save leaves its audit rows unsaved; a retry with the same context must not save them twice.
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private static AuditEntry Row(AuditAction action, DateTime atUtc, string? actorId, string? actorName,
        AuditScope? scope, int? caseId, string? entityType, string? entityId, string detail)
    {
        var (userId, userName) = actorId is not null || actorName is not null
            ? (actorId ?? Actor.System.UserId, actorName ?? actorId ?? Actor.System.DisplayName)
            : (scope?.UserId ?? Actor.System.UserId, scope?.UserName ?? Actor.System.DisplayName);
        return new AuditEntry
        {
            AtUtc = atUtc == default ? DateTime.UtcNow : atUtc,
            UserId = userId,
            UserName = userName.Length > 150 ? userName[..150] : userName,
            IpAddress = AuditScope.TrimIp(scope?.IpAddress),
            Action = action,
            CaseId = caseId,
            EntityType = entityType,
            EntityId = entityId,
            Detail = detail,
        };
    }

    private static List<AuditFieldChange> CaseChanges(EntityEntry entry) =>
        entry.Properties
            .Where(p => p.IsModified && !SkippedCaseProperties.Contains(p.Metadata.Name)
                && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => new AuditFieldChange(p.Metadata.Name,
                Cut(PersonalDataMask.ForField(p.Metadata.Name, Text(p.OriginalValue))),
                Cut(PersonalDataMask.ForField(p.Metadata.Name, Text(p.CurrentValue)))))
            .ToList();

    private static string ChangesDetail(List<AuditFieldChange> changes)
    {
        var detail = Serialize(new AuditChanges(changes));
        if (detail.Length <= AuditEntry.DetailMaxLength)
        {
            return detail;
        }

        // Long narratives: keep every field name, shorten the values.
        detail = Serialize(new AuditChanges(changes.Select(c => c with
        {
            Before = Cut(c.Before, 40),
            After = Cut(c.After, 40),
        }).ToList()));
        return detail.Length <= AuditEntry.DetailMaxLength
            ? detail
            : Serialize(new AuditChanges(changes.Select(c => c with { Before = null, After = null }).ToList()));
    }

    private static string EventDetail(CaseEvent e) =>
        Serialize(new
        {
            from = e.FromStatus?.ToString(),
            to = e.ToStatus?.ToString(),
            trigger = e.Trigger,
            // A note's text is the case record itself (and may hold personal data): the trail says only that one
            // was added.
            note = e.Type == CaseEventType.Note ? null : Cut(e.Note),
        });

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Cut(string? value, int max = ValueMaxLength) =>
        value is { } v && v.Length > max ? v[..max] + "…" : value;

    private static string Serialize<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, Json);
        return json.Length <= AuditEntry.DetailMaxLength ? json : JsonSerializer.Serialize(new { truncated = true }, Json);
    }
}

/// <summary>A field changed on a case, as the audit trail keeps it (personal identifiers masked).</summary>
public sealed record AuditFieldChange(string Field, string? Before, string? After);

/// <summary>The detail of <see cref="AuditAction.CaseUpdated"/>.</summary>
public sealed record AuditChanges(IReadOnlyList<AuditFieldChange> Changes);
