using System.Globalization;

namespace CaseDesk.Web.Components.Pages.Cases;

/// <summary>
/// Minimal display formatting for the case pages: UTC → WITA (Asia/Makassar) in the current culture, and rupiah.
/// Stands in for the shell's Localization/Display helper until the two are unified.
/// </summary>
internal static class CaseDates
{
    private static readonly TimeZoneInfo Wita = FindWita();

    public static DateTime ToWita(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Wita);

    public static DateTime ToUtc(DateTime wita) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wita, DateTimeKind.Unspecified), Wita);

    /// <summary>The office's calendar day (validation of birth and departure dates is against this day).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToWita(clock.GetUtcNow().UtcDateTime));

    public static string DateTimeText(DateTime utc) =>
        ToWita(utc).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture) + " WITA";

    public static string DateText(DateOnly? date) =>
        date?.ToString("d MMM yyyy", CultureInfo.CurrentCulture) ?? "–";

    /// <summary>"Rp 15.000.000": rupiah are always grouped the Indonesian way, whatever the UI language.</summary>
    public static string Rupiah(long amount) =>
        "Rp " + amount.ToString("N0", CultureInfo.GetCultureInfo("id-ID"));

    public static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? ToDateOnly(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    private static TimeZoneInfo FindWita()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");
        }
        catch (TimeZoneNotFoundException)
        {
            // WITA has no daylight saving, so a fixed offset is exact where the tz database is missing.
            return TimeZoneInfo.CreateCustomTimeZone("WITA", TimeSpan.FromHours(8), "WITA", "WITA");
        }
    }
}
