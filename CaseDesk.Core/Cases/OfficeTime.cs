namespace CaseDesk.Core.Cases;

/// <summary>The office's local time: WITA (Asia/Makassar), UTC+8 all year.</summary>
/// <remarks>A fixed offset rather than a time-zone lookup: Indonesia has no daylight saving time, and the result
/// does not depend on the tz database of the host.</remarks>
public static class OfficeTime
{
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);

    /// <summary>The office's wall-clock time of a UTC moment (an unspecified-kind <see cref="DateTime"/>).</summary>
    public static DateTime FromUtc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + Offset;

    /// <summary>The office's calendar date of a UTC moment: 31 Dec 23:30 WITA is still 31 Dec at 15:30 UTC.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(FromUtc(utc));
}
