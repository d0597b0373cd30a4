using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Audit;

/// <summary>
/// Masks identity numbers, telephone numbers and dates of birth before they go into the audit trail, so the trail
/// shows that a value changed without becoming a second copy of the personal data (UU 27/2022).
/// </summary>
public static class PersonalDataMask
{
    private const char Dot = '•';

    /// <summary>Case properties whose values are masked in audit details.</summary>
    public static IReadOnlySet<string> MaskedFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(Case.WorkerNik), nameof(Case.WorkerPassportNo), nameof(Case.WorkerPhone),
        nameof(Case.ComplainantPhone), nameof(Case.WorkerDateOfBirth),
    };

    /// <summary>The value to record for <paramref name="field"/>: masked when personal, unchanged otherwise.</summary>
    public static string? ForField(string field, string? value) =>
        value is null || !MaskedFields.Contains(field) ? value
        : field == nameof(Case.WorkerDateOfBirth) ? new string(Dot, 4)
        : field == nameof(Case.WorkerNik) ? Mask(value, 4, 4)
        : field == nameof(Case.WorkerPassportNo) ? Mask(value, 1, 2)
        : Mask(value, 0, 3);

    /// <summary>Keeps <paramref name="start"/> leading and <paramref name="end"/> trailing characters; a value too
    /// short to keep anything is masked whole.</summary>
    public static string Mask(string value, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= start + end + 2)
        {
            return new string(Dot, Math.Max(value.Length, 4));
        }

        return string.Concat(value.AsSpan(0, start), new string(Dot, value.Length - start - end),
            value.AsSpan(value.Length - end));
    }
}
