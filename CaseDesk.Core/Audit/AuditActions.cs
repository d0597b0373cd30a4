using System.Text.Json;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Audit;

/// <summary>An audit row written on its own (sign-in, sign-out): everything the trail keeps but the time.</summary>
public sealed record AuditRecord(AuditAction Action, string UserId, string UserName, string? IpAddress,
    object Detail, int? CaseId = null);

/// <summary>Appends one audit row in its own transaction, for events that change no other data.</summary>
public sealed class RecordAuditEvent(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task ExecuteAsync(AuditRecord record, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.AuditEntries.Add(Entry(record, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    internal static AuditEntry Entry(AuditRecord record, DateTime atUtc)
    {
        var detail = JsonSerializer.Serialize(record.Detail, Json);
        return new AuditEntry
        {
            AtUtc = atUtc,
            UserId = Cut(record.UserId, 450),
            UserName = Cut(record.UserName, 150),
            IpAddress = AuditScope.TrimIp(record.IpAddress),
            Action = record.Action,
            CaseId = record.CaseId,
            Detail = detail.Length <= AuditEntry.DetailMaxLength ? detail : "{\"truncated\":true}",
        };
    }

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}

/// <summary>The personal identifiers shown in full on a case page (UU 27/2022: every view is accountable).</summary>
public enum PersonalDataKind
{
    Nik,
    Passport,
    Phone,
}

/// <summary>
/// Records that <c>actor</c> displayed a case's identity numbers or telephone numbers in full; call it before showing
/// them. Returns false (and records nothing) when the case does not exist.
/// </summary>
public sealed class RecordPersonalDataView(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public async Task<bool> ExecuteAsync(int caseId, Actor actor, PersonalDataKind kind = PersonalDataKind.Nik,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var reference = await db.Cases.Where(c => c.Id == caseId).Select(c => c.ReferenceNumber)
            .SingleOrDefaultAsync(ct);
        if (reference is null)
        {
            return false;
        }

        db.AuditEntries.Add(RecordAuditEvent.Entry(
            new AuditRecord(AuditAction.PersonalDataViewed, actor.UserId, actor.DisplayName,
                AuditScope.Current?.IpAddress, new { reference, data = kind.ToString() }, caseId),
            clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
