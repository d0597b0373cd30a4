#pragma warning disable CS9113 // contract stub: remove with the implementation
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Cases;

public sealed record CaseQueueFilter
{
    public CaseKind? Kind { get; init; }
    public CaseStatus? Status { get; init; }
    public Urgency? Urgency { get; init; }
    public string? RegencyCode { get; init; }
    public ComplaintCategory? Category { get; init; }
    /// <summary>Only cases assigned to this user id.</summary>
    public string? AssignedToUserId { get; init; }
    /// <summary>Matches reference number, worker name (contains) or NIK (prefix).</summary>
    public string? Search { get; init; }
    public bool OpenOnly { get; init; }
}

public enum QueueSort { CreatedAt, ReferenceNumber, WorkerName, Status, Urgency, Regency }

public sealed record PageRequest(int Page, int PageSize, QueueSort Sort = QueueSort.CreatedAt, bool Descending = true);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount);

public sealed record CaseQueueRow(int Id, string ReferenceNumber, CaseKind Kind, CaseStatus Status, Urgency Urgency,
    Sector Sector, string WorkerName, string RegencyName, ComplaintCategory Category, string? CountryName,
    string? AssignedOfficerId, string? AssignedOfficerName, DateTime CreatedAtUtc);

public sealed record TimelineEntry(long Id, CaseEventType Type, DateTime AtUtc, string ActorName,
    CaseStatus? FromStatus, CaseStatus? ToStatus, string? Trigger, string? Note);

/// <summary>
/// A case for the details page: a detached, read-only snapshot of the entity (never attached to a context) plus
/// the display names it refers to and its timeline, newest first.
/// </summary>
public sealed record CaseDetails(Case Case, string RegencyName, string? CountryName, string? AssignedOfficerName,
    string? LinkedCaseReference, IReadOnlyList<TimelineEntry> Timeline);

public sealed record Option(string Code, string Name);

public sealed class CaseQueries(IDbContextFactory<CaseDeskDb> dbFactory)
{
    public Task<PagedResult<CaseQueueRow>> GetQueueAsync(CaseQueueFilter filter, PageRequest page,
        CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");

    public Task<CaseDetails?> GetDetailsAsync(int caseId, CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");

    public Task<IReadOnlyList<Option>> GetRegenciesAsync(CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");

    /// <summary>Destination countries with names in the current UI language.</summary>
    public Task<IReadOnlyList<Option>> GetCountriesAsync(CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");

    /// <summary>Users who can be assigned cases (id, display name).</summary>
    public Task<IReadOnlyList<Option>> GetOfficersAsync(CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");
}
