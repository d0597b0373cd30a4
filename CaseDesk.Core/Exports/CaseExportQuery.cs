using System.Runtime.CompilerServices;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Exports;

/// <summary>
/// The cases an export writes: exactly the queue's selection for the same filter (<see cref="CaseQueries.Apply"/>),
/// newest first like the queue, streamed row by row from the database reader (never collected into a list).
/// </summary>
public sealed class CaseExportQuery(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    /// <summary>How many cases the filter selects (the queue's total for the same filter).</summary>
    public async Task<int> CountAsync(CaseQueueFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        return await CaseQueries.Apply(db.Cases.AsNoTracking(), filter, OfficeTime.Today(clock), calendar)
            .CountAsync(ct);
    }

    /// <summary>The rows, one database row at a time; the context lives as long as the enumeration.</summary>
    public async IAsyncEnumerable<CaseExportRow> StreamAsync(CaseQueueFilter filter, bool includePersonalData,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var calendar = await WorkingCalendar.LoadAsync(db, ct);
        var rows = Query(db, filter, includePersonalData, OfficeTime.Today(clock), calendar).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <summary>The export's SQL query: the queue's filter, its default order and only the exported columns.</summary>
    internal static IQueryable<CaseExportRow> Query(CaseDeskDb db, CaseQueueFilter filter, bool includePersonalData,
        DateOnly today, WorkingCalendar calendar) =>
        CaseQueries.Apply(db.Cases.AsNoTracking(), filter, today, calendar)
            .OrderByDescending(c => c.CreatedAtUtc).ThenByDescending(c => c.Id)
            .Select(c => new CaseExportRow(c.ReferenceNumber, c.Kind, c.Status, c.Urgency, c.CreatedAtUtc,
                c.WorkerName, c.WorkerSex, c.HomeRegency!.Name,
                c.DestinationCountry == null ? null : c.DestinationCountry.NameId, c.Sector, c.NonProcedural,
                c.Category, c.Channel, c.PlacementCompanyName, c.EmployerName,
                c.AssignedOfficer == null ? null : c.AssignedOfficer.DisplayName, c.DueOn, c.WaitingFor,
                c.MediationOutcome, c.SettlementAmount, c.ClosedAtUtc)
            {
                // The condition is a parameter EF Core evaluates before translating: without personal data the
                // SELECT does not name these columns at all.
                Personal = includePersonalData
                    ? new CasePersonalData(c.WorkerNik, c.WorkerPassportNo, c.WorkerPhone, c.ComplainantName,
                        c.ComplainantPhone)
                    : null,
            });
}
