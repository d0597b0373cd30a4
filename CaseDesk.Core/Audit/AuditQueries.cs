using System.Text.Json;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Audit;

/// <summary>What the audit page filters on: office dates (WITA, inclusive), a user (id or part of the name), an
/// action, a case (reference number or id) and free text in the detail.</summary>
public sealed record AuditFilter(DateOnly? From = null, DateOnly? To = null, string? User = null,
    AuditAction? Action = null, string? Case = null, string? Text = null);

/// <summary>One row of the audit page.</summary>
public sealed record AuditRow(long Id, DateTime AtUtc, string UserId, string UserName, string? IpAddress,
    AuditAction Action, int? CaseId, string? CaseReference, string? EntityType, string? EntityId, string Detail);

/// <summary>Reads the audit trail, newest first, paged in the database.</summary>
public sealed class AuditQueries(IDbContextFactory<CaseDeskDb> dbFactory)
{
    /// <summary>Who may read the audit trail: admins and the head of office.</summary>
    public static bool MayRead(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Roles.Contains(Roles.Admin) || actor.Roles.Contains(Roles.Head);
    }

    /// <summary>The trail for <paramref name="actor"/>: nothing for anyone but admins and the head of office.</summary>
    public async Task<PagedResult<AuditRow>> SearchAsync(AuditFilter filter, int page, int pageSize, Actor actor,
        CancellationToken ct = default) =>
        MayRead(actor) ? await SearchAsync(filter, page, pageSize, ct) : new PagedResult<AuditRow>([], 0);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<PagedResult<AuditRow>> SearchAsync(AuditFilter filter, int page, int pageSize,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.AuditEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            var fromUtc = OfficeStartUtc(from);
            query = query.Where(e => e.AtUtc >= fromUtc);
        }

        if (filter.To is { } to)
        {
            var toUtc = OfficeStartUtc(to.AddDays(1));
            query = query.Where(e => e.AtUtc < toUtc);
        }

        if (Clean(filter.User) is { } user)
        {
            query = query.Where(e => e.UserId == user || EF.Functions.Like(e.UserName, $"%{Escape(user)}%", "\\"));
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (Clean(filter.Case) is { } caseText)
        {
            var ids = int.TryParse(caseText, out var id)
                ? [id]
                : await db.Cases.Where(c => c.ReferenceNumber == caseText.ToUpperInvariant()).Select(c => c.Id)
                    .ToListAsync(ct);
            query = query.Where(e => e.CaseId != null && ids.Contains(e.CaseId.Value));
        }

        if (Clean(filter.Text) is { } text)
        {
            // An anonymised case's old values must not be findable by searching for the person's name.
            query = query.Where(e => EF.Functions.Like(e.Detail, $"%{Escape(text)}%", "\\")
                && !(e.Action == AuditAction.CaseUpdated
                    && db.Cases.Any(c => c.Id == e.CaseId && c.AnonymisedAtUtc != null)));
        }

        var total = await query.CountAsync(ct);
        var items = await query
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(page, 0) * pageSize).Take(pageSize)
            .Select(e => new
            {
                Row = new AuditRow(e.Id, e.AtUtc, e.UserId, e.UserName, e.IpAddress, e.Action, e.CaseId,
                    db.Cases.Where(c => c.Id == e.CaseId).Select(c => c.ReferenceNumber).FirstOrDefault(),
                    e.EntityType, e.EntityId, e.Detail),
                Anonymised = e.Action == AuditAction.CaseUpdated
                    && db.Cases.Any(c => c.Id == e.CaseId && c.AnonymisedAtUtc != null),
            })
            .ToListAsync(ct);
        return new PagedResult<AuditRow>(
            [.. items.Select(i => i.Anonymised ? i.Row with { Detail = WithoutValues(i.Row.Detail) } : i.Row)], total);
    }

    /// <summary>
    /// The trail is append-only, so the before/after values an edit recorded stay stored after the case was
    /// anonymised; the trail shows which fields changed, not the values any more.
    /// </summary>
    private static string WithoutValues(string detail)
    {
        try
        {
            var changes = JsonSerializer.Deserialize<AuditChanges>(detail, Json);
            return changes?.Changes is null ? "{}"
                : JsonSerializer.Serialize(new AuditChanges(
                    [.. changes.Changes.Select(c => c with { Before = null, After = null })]), Json);
        }
        catch (JsonException)
        {
            return "{}";
        }
    }

    private static DateTime OfficeStartUtc(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), OfficeTime.Offset).UtcDateTime;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
