using System.Globalization;
using CaseDesk.Core.Cases;

namespace CaseDesk.Web.Components.Pages.Cases;

/// <summary>
/// Display formatting for the case pages: UTC ↔ WITA through Core's <see cref="OfficeTime"/> (one definition of the
/// office's time zone), dates in the current culture, and rupiah grouped the Indonesian way.
/// </summary>
internal static class CaseDates
{
    public static DateTime ToWita(DateTime utc) => OfficeTime.FromUtc(utc);

    public static DateTime ToUtc(DateTime wita) =>
        DateTime.SpecifyKind(DateTime.SpecifyKind(wita, DateTimeKind.Unspecified) - OfficeTime.Offset, DateTimeKind.Utc);

    /// <summary>The office's calendar day (validation of birth and departure dates is against this day).</summary>
    public static DateOnly Today(TimeProvider clock) => OfficeTime.Today(clock);

    public static string DateTimeText(DateTime utc) =>
        ToWita(utc).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " WITA";

    public static string DateText(DateOnly? date) =>
        date?.ToString("d MMM yyyy", CultureInfo.CurrentCulture) ?? "–";

    /// <summary>"Rp 15.000.000": rupiah are always grouped the Indonesian way, whatever the UI language.</summary>
    public static string Rupiah(long amount) => Core.Documents.IndonesianText.Rupiah(amount);

    public static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? ToDateOnly(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
