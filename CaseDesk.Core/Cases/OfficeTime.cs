namespace CaseDesk.Core.Cases;

/// <summary>The office's local time: WITA (Asia/Makassar), UTC+8 all year.</summary>
/// <remarks>A fixed offset rather than a time-zone lookup: Indonesia has no daylight saving time, and the result
/// does not depend on the tz database of the host.</remarks>
public static class OfficeTime
{
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(8);

    public static DateTimeOffset Now(TimeProvider clock) => clock.GetUtcNow().ToOffset(Offset);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock).DateTime);
}
