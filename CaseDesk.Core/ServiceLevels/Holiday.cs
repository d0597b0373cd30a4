namespace CaseDesk.Core.ServiceLevels;

/// <summary>A day the office is closed although it is a weekday: a national holiday (hari libur nasional) or a day of
/// collective leave (cuti bersama), both set each year by the joint decree of three ministers (SKB 3 Menteri).</summary>
public sealed class Holiday
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
    public bool IsCollectiveLeave { get; set; }
}
