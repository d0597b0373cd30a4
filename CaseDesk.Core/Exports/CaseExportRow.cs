using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;

namespace CaseDesk.Core.Exports;

/// <summary>One case as exported: only the columns the export writes, names already resolved (Indonesian).</summary>
/// <remarks><see cref="Personal"/> is null unless personal data was asked for: then it is not even read from the
/// database.</remarks>
public sealed record CaseExportRow(string ReferenceNumber, CaseKind Kind, CaseStatus Status, Urgency Urgency,
    DateTime CreatedAtUtc, string WorkerName, Sex WorkerSex, string RegencyName, string? CountryName, Sector Sector,
    bool NonProcedural, ComplaintCategory Category, IntakeChannel Channel, string? PlacementCompanyName,
    string? EmployerName, string? OfficerName, DateOnly? DueOn, WaitingFor? WaitingFor,
    MediationOutcome? MediationOutcome, long? SettlementAmount, DateTime? ClosedAtUtc)
{
    public CasePersonalData? Personal { get; init; }
}

/// <summary>Personal data under UU 27/2022 (identity numbers, telephone numbers, the complainant's name): exported only
/// on request by a supervisor, and recorded.</summary>
public sealed record CasePersonalData(string? WorkerNik, string? WorkerPassportNo, string? WorkerPhone,
    string? ComplainantName, string? ComplainantPhone);
