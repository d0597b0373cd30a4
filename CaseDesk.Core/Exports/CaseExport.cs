using System.Globalization;
using System.Resources;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Workflow;

namespace CaseDesk.Core.Exports;

/// <summary>
/// What an export of cases contains: its columns (headers in Indonesian), each case's values, the file name, and who
/// may include personal data.
/// </summary>
/// <remarks>The file is Indonesian whatever the language of the screen it was asked from: it is an office record that
/// goes to colleagues and meetings, and its columns stay the same whoever exports it (a spreadsheet built on one
/// export keeps working with the next).</remarks>
public static class CaseExport
{
    /// <summary>The head of office (Kepala Balai), a role the accounts may gain; may export personal data like a
    /// supervisor.</summary>
    public const string HeadRole = "Head";

    private static readonly ResourceManager Texts = new("CaseDesk.Core.Exports.ExportText", typeof(CaseExport).Assembly);

    private static CultureInfo Culture => CaseText.RecordCulture;

    /// <summary>Supervisors, admins and the head of office may include personal data (need to know, UU 27/2022).</summary>
    public static bool MayIncludePersonalData(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsSupervisor || actor.Roles.Contains(HeadRole);
    }

    public static string SheetName => Text("SheetName");

    /// <summary>"kasus-2026-11-23.csv": the office date (WITA) of the export.</summary>
    public static string FileName(ExportFormat format, DateOnly officeDate) =>
        $"kasus-{officeDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{Extension(format)}";

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Xlsx => "xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The columns, in order; the personal ones (after the worker's name) only when asked for.</summary>
    public static IReadOnlyList<ExportColumn> Columns(bool includePersonalData)
    {
        var columns = new List<ExportColumn>
        {
            new(Text("Column_ReferenceNumber"), Width: 20),
            new(Text("Column_Kind"), Width: 13),
            new(Text("Column_Status"), Width: 22),
            new(Text("Column_Urgency"), Width: 11),
            new(Text("Column_ReceivedOn"), ExportColumnType.Date, 15),
            new(Text("Column_WorkerName"), Width: 28),
        };
        if (includePersonalData)
        {
            columns.AddRange(
            [
                new(Text("Column_WorkerNik"), Width: 19),
                new(Text("Column_WorkerPassportNo"), Width: 15),
                new(Text("Column_WorkerPhone"), Width: 17),
                new(Text("Column_ComplainantName"), Width: 24),
                new(Text("Column_ComplainantPhone"), Width: 17),
            ]);
        }

        columns.AddRange(
        [
            new(Text("Column_WorkerSex"), Width: 13),
            new(Text("Column_Regency"), Width: 20),
            new(Text("Column_Country"), Width: 18),
            new(Text("Column_Sector"), Width: 22),
            new(Text("Column_NonProcedural"), Width: 14),
            new(Text("Column_Category"), Width: 28),
            new(Text("Column_Channel"), Width: 22),
            new(Text("Column_PlacementCompany"), Width: 28),
            new(Text("Column_Employer"), Width: 28),
            new(Text("Column_Officer"), Width: 24),
            new(Text("Column_DueOn"), ExportColumnType.Date, 13),
            new(Text("Column_WaitingFor"), Width: 20),
            new(Text("Column_MediationOutcome"), Width: 16),
            new(Text("Column_SettlementAmount"), ExportColumnType.Number, 20),
            new(Text("Column_ClosedOn"), ExportColumnType.Date, 15),
        ]);
        return columns;
    }

    /// <summary>The row's values in the order of <see cref="Columns"/>: text, <see cref="DateOnly"/> (office dates),
    /// <see cref="long"/> (rupiah) or null for an empty cell.</summary>
    public static object?[] Values(CaseExportRow row, bool includePersonalData)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = new List<object?>(26)
        {
            row.ReferenceNumber,
            Label(row.Kind),
            WorkflowText.Status(row.Status, Culture),
            Label(row.Urgency),
            OfficeTime.DateOf(row.CreatedAtUtc),
            row.WorkerName,
        };
        if (includePersonalData)
        {
            var personal = row.Personal;
            values.AddRange([personal?.WorkerNik, personal?.WorkerPassportNo, personal?.WorkerPhone,
                personal?.ComplainantName, personal?.ComplainantPhone]);
        }

        values.AddRange(
        [
            Label(row.WorkerSex),
            row.RegencyName,
            row.CountryName,
            Label(row.Sector),
            CaseText.Get(row.NonProcedural ? "Value_Yes" : "Value_No", Culture),
            Label(row.Category),
            Label(row.Channel),
            row.PlacementCompanyName,
            row.EmployerName,
            row.OfficerName,
            row.DueOn,
            row.WaitingFor is { } waitingFor ? Label(waitingFor) : null,
            row.MediationOutcome is { } outcome ? Label(outcome) : null,
            row.SettlementAmount,
            row.ClosedAtUtc is { } closed ? OfficeTime.DateOf(closed) : null,
        ]);
        return [.. values];
    }

    private static string Label(Enum value) => CaseText.Label(value, Culture);

    private static string Text(string key) =>
        Texts.GetString(key, Culture) ?? throw new InvalidOperationException($"Missing export text '{key}'.");
}
