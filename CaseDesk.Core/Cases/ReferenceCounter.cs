namespace CaseDesk.Core.Cases;

/// <summary>Next reference-number sequence per kind and year, advanced inside the intake transaction.</summary>
public sealed class ReferenceCounter
{
    public required CaseKind Kind { get; set; }
    public required int Year { get; set; }
    public int LastValue { get; set; }
}
