namespace CaseDesk.Core.Exports;

/// <summary>How a column's values are written: text as typed, dates as calendar dates, numbers as numbers (so a
/// spreadsheet can sum and sort them).</summary>
public enum ExportColumnType { Text, Date, Number }

/// <summary>A column of an exported table; <see cref="Width"/> is the spreadsheet column width in characters.</summary>
public sealed record ExportColumn(string Header, ExportColumnType Type = ExportColumnType.Text, double Width = 16);

public enum ExportFormat { Csv, Xlsx }
