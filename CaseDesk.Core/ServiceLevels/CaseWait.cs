namespace CaseDesk.Core.ServiceLevels;

/// <summary>Who a case is waiting on; while it waits, its service-level clock is paused.</summary>
public enum WaitingFor
{
    /// <summary>The embassy or consulate (KBRI/KJRI).</summary>
    Representation,
    /// <summary>The placement company (P3MI).</summary>
    PlacementCompany,
    OtherAgency,
    /// <summary>The complainant, asked for a clarification.</summary>
    Complainant,
    /// <summary>The complainant cannot be reached (Perban 6/2024 Ps 30: closure after 60 consecutive days).</summary>
    ComplainantUnreachable,
}

/// <summary>A period in which a case waited on a third party. At most one per case is open (no end).</summary>
public sealed class CaseWait
{
    public long Id { get; set; }
    public int CaseId { get; set; }
    public required WaitingFor WaitingFor { get; set; }
    /// <summary>Who exactly, e.g. "KBRI Kuala Lumpur" or "PT Contoh Penempatan".</summary>
    public string? Party { get; set; }
    public required string Reason { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public string? StartedById { get; set; }
    public required string StartedByName { get; set; }
    public DateTime? EndedAtUtc { get; set; }
    public string? EndedById { get; set; }
    public string? EndedByName { get; set; }
}
