namespace CaseDesk.Tests.Support;

/// <summary>A settable clock for tests (the FakeTimeProvider package is not available here).</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public TestClock() : this(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
