using System.Text.Json;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
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

/// <summary>The personal identifiers a "show" displayed in full (UU 27/2022: every view is accountable).</summary>
public enum PersonalDataKind
{
    Nik,
    Passport,
    Phone,
}

/// <summary>The answer to "show": the full values, or why there are none.</summary>
public sealed record PersonalDataResult(CommandOutcome Outcome, PersonalDataView? Data)
{
    public static PersonalDataResult NotFound { get; } = new(CommandOutcome.NotFound, null);
    public static PersonalDataResult NotAllowed { get; } = new(CommandOutcome.NotAllowed, null);
}

/// <summary>
/// "Show" on a case page: checks that <c>actor</c> may see the case's identity numbers and telephone numbers
/// (<see cref="PersonalDataAccess.CanSee"/>), records the view in the audit trail and returns them in full — in that
/// order, so nothing is shown that is not recorded. Refuses (recording nothing) everyone else and unknown cases.
/// </summary>
public sealed class RecordPersonalDataView(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public async Task<PersonalDataResult> ExecuteAsync(int caseId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId)
            .Select(x => new
            {
                x.ReferenceNumber,
                x.AssignedOfficerId,
                x.WorkerNik,
                x.WorkerPassportNo,
                x.WorkerPhone,
                x.ComplainantPhone
            })
            .SingleOrDefaultAsync(ct);
        if (c is null)
        {
            return PersonalDataResult.NotFound;
        }

        if (!PersonalDataAccess.CanSee(actor, c.AssignedOfficerId))
        {
            return PersonalDataResult.NotAllowed;
        }

        var kinds = new List<string>();
        if (c.WorkerNik is not null)
        {
            kinds.Add(nameof(PersonalDataKind.Nik));
        }

        if (c.WorkerPassportNo is not null)
        {
            kinds.Add(nameof(PersonalDataKind.Passport));
        }

        if (c.WorkerPhone is not null || c.ComplainantPhone is not null)
        {
            kinds.Add(nameof(PersonalDataKind.Phone));
        }

        db.AuditEntries.Add(RecordAuditEvent.Entry(
            new AuditRecord(AuditAction.PersonalDataViewed, actor.UserId, actor.DisplayName,
                AuditScope.Current?.IpAddress, new { reference = c.ReferenceNumber, data = string.Join(",", kinds) },
                caseId),
            clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return new PersonalDataResult(CommandOutcome.Succeeded,
            new PersonalDataView(c.WorkerNik, c.WorkerPassportNo, c.WorkerPhone, c.ComplainantPhone));
    }
}
