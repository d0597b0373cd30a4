using System.Runtime.CompilerServices;
using System.Text.Json;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseDesk.Core.Exports;

/// <summary>An export: the format, the queue's filter, the same filter as the query string the user sees (kept in
/// the audit trail) and whether identity numbers and telephone numbers are included.</summary>
public sealed record CaseExportRequest(ExportFormat Format, CaseQueueFilter Filter, string FilterQuery,
    bool IncludePersonalData = false);

/// <summary>What the audit trail keeps of an export with personal data.</summary>
public sealed record ExportAuditDetail(string Format, string Filter, int? Rows, bool Completed);

/// <summary>
/// Writes the cases the filter selects to <c>output</c> as CSV or Excel, row by row as the database returns them.
/// With personal data (supervisors, admins and the head of office only) the export is first recorded in the audit
/// trail — committed before the first byte is written — and a second entry with the number of rows written is
/// appended when it ends.
/// </summary>
/// <remarks>The rows are limited to the cases the actor may see (<see cref="Access.CaseAccess"/>), whatever the
/// request's filter says.</remarks>
public sealed class ExportCases(CaseExportQuery query, IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    ILogger<ExportCases>? logger = null, Microsoft.Extensions.Options.IOptions<Access.AccessOptions>? access = null)
{
    public const int FilterMaxLength = 2000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the export; returns the number of rows.</summary>
    /// <exception cref="UnauthorizedAccessException">Personal data asked for by someone who may not see it.</exception>
    public async Task<int> ExecuteAsync(CaseExportRequest request, Actor actor, Stream output,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(output);
        var personal = request.IncludePersonalData;
        if (personal && !CaseExport.MayIncludePersonalData(actor))
        {
            throw new UnauthorizedAccessException(
                $"{actor.UserId} may not export personal data: supervisors, admins and the head of office only.");
        }

        Access.CaseScope scope;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            scope = await Access.CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
        }

        request = request with { Filter = request.Filter with { Scope = scope } };
        long? auditId = personal ? await RecordStartAsync(request, actor, ct) : null;
        var rows = new StrongBox<int>();
        var completed = false;
        try
        {
            var columns = CaseExport.Columns(personal);
            var values = Values(query.StreamAsync(request.Filter, personal, ct), personal, rows);
            var written = request.Format == ExportFormat.Xlsx
                ? await XlsxExport.WriteAsync(output, CaseExport.SheetName, columns, values, ct)
                : await CsvExport.WriteAsync(output, columns, values, ct);
            completed = true;
            rows.Value = written;
            return written;
        }
        finally
        {
            if (auditId is { } id)
            {
                await RecordOutcomeAsync(id, request, actor, rows.Value, completed);
            }
        }
    }

    private static async IAsyncEnumerable<object?[]> Values(IAsyncEnumerable<CaseExportRow> source, bool personal,
        StrongBox<int> count)
    {
        await foreach (var row in source)
        {
            count.Value++;
            yield return CaseExport.Values(row, personal);
        }
    }

    private async Task<long> RecordStartAsync(CaseExportRequest request, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.DisplayName,
            IpAddress = AuditScope.TrimIp(AuditScope.Current?.IpAddress),
            Action = AuditAction.ExportPersonalData,
            Detail = Detail(request, rows: null, completed: false),
        };
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return entry.Id;
    }

    /// <summary>Appends the outcome as a second entry (the trail is append-only); runs even when the client went
    /// away (the export was still made).</summary>
    private async Task RecordOutcomeAsync(long startId, CaseExportRequest request, Actor actor, int rows,
        bool completed)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            db.AuditEntries.Add(new AuditEntry
            {
                AtUtc = clock.GetUtcNow().UtcDateTime,
                UserId = actor.UserId,
                UserName = actor.DisplayName,
                IpAddress = AuditScope.TrimIp(AuditScope.Current?.IpAddress),
                Action = AuditAction.ExportCompleted,
                EntityType = nameof(AuditEntry),
                EntityId = startId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Detail = Detail(request, rows, completed),
            });
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (e is DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The entry recorded before the export stands; only the row count is missing.
            (logger ?? NullLogger<ExportCases>.Instance).LogError(e,
                "Recording the outcome of audited export {AuditEntryId} ({Rows} rows) failed.", startId, rows);
        }
    }

    private static string Detail(CaseExportRequest request, int? rows, bool completed)
    {
        var filter = request.FilterQuery.Length > FilterMaxLength
            ? request.FilterQuery[..FilterMaxLength]
            : request.FilterQuery;
        return JsonSerializer.Serialize(
            new ExportAuditDetail(CaseExport.Extension(request.Format), filter, rows, completed), Json);
    }
}
