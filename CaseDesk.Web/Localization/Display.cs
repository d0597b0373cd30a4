using System.Globalization;
using CaseDesk.Core.Cases;

namespace CaseDesk.Web.Localization;

/// <summary>
/// How dates and amounts appear on screen: in the office's time zone, WITA (UTC+8, Asia/Makassar), formatted with the
/// current culture, e.g. "23 Nov 2026 10.15 WITA" in Indonesian and "23 Nov 2026 10:15 WITA" in English.
/// </summary>
/// <remarks>A fixed offset rather than a tz lookup: Indonesia has no daylight saving time, and the result must not
/// depend on the host's time-zone database.</remarks>
public static class Display
{
    public static readonly TimeSpan WitaOffset = OfficeTime.Offset;

    public const string WitaSuffix = "WITA";

    /// <summary>A UTC instant (<see cref="DateTimeKind.Utc"/> or unspecified, as read from SQLite) in WITA.</summary>
    public static DateTime ToWita(DateTime utc) => OfficeTime.FromUtc(utc);

    /// <summary>"23 Nov 2026 10.15 WITA".</summary>
    public static string Timestamp(DateTime utc) =>
        ToWita(utc).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " " + WitaSuffix;

    public static string Timestamp(DateTime? utc) => utc is { } value ? Timestamp(value) : "";

    /// <summary>"23 Nov 2026" — the WITA calendar day of a UTC instant.</summary>
    public static string Date(DateTime utc) => ToWita(utc).ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"23 Nov 2026" for a calendar date (birth, departure): no time-zone conversion.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "";

    /// <summary>"Rp 12.500.000" in Indonesian, "Rp 12,500,000" in English: whole rupiah, no minor unit.</summary>
    public static string Rupiah(long amount) => "Rp " + amount.ToString("N0", CultureInfo.CurrentCulture);
}
