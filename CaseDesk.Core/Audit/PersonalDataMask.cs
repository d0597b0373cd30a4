using System.Text.RegularExpressions;
using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Audit;

/// <summary>
/// The one masking policy for personal identifiers (UU 27/2022) wherever they leave the full case page: lists, the
/// case page before "show", printed reports, exports without personal data and the audit trail. Identity numbers keep
/// their ends, enough to match a document in hand ("7414••••••••0012", passports "B1••••67"); telephone numbers keep
/// their last three digits; dates of birth are hidden whole.
/// </summary>
public static partial class PersonalDataMask
{
    /// <summary>The masking character; a masked value always contains it (a stored identifier never does).</summary>
    public const char Dot = '•';

    /// <summary>Case properties whose values are masked in audit details.</summary>
    public static IReadOnlySet<string> MaskedFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(Case.WorkerNik), nameof(Case.WorkerPassportNo), nameof(Case.WorkerPhone),
        nameof(Case.ComplainantPhone), nameof(Case.WorkerDateOfBirth),
    };

    /// <summary>The value to show for <paramref name="field"/>: masked when personal, unchanged otherwise.</summary>
    public static string? ForField(string field, string? value) =>
        value is null || !MaskedFields.Contains(field) ? value
        : field == nameof(Case.WorkerDateOfBirth) ? new string(Dot, 4)
        : field is nameof(Case.WorkerNik) or nameof(Case.WorkerPassportNo) ? Identity(value)
        : Phone(value);

    /// <summary>
    /// An identity number (NIK, passport): the first and last four characters of a long number stay readable
    /// ("7414••••••••0012"), two at each end of a shorter one ("B1••••67"); very short values are masked whole.
    /// <c>null</c> or blank gives "".
    /// </summary>
    public static string Identity(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var text = value.Trim();
        var keep = text.Length >= 12 ? 4 : text.Length > 4 ? 2 : 0;
        return Mask(text, keep, keep);
    }

    /// <summary>A telephone number with only its last three digits readable; <c>null</c> or blank gives "".</summary>
    public static string Phone(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "" : Mask(value.Trim(), 0, 3);

    /// <summary>Whether <paramref name="value"/> is a masked display value rather than a real one.</summary>
    public static bool IsMasked(string? value) => value is not null && value.Contains(Dot, StringComparison.Ordinal);

    /// <summary>Keeps <paramref name="start"/> leading and <paramref name="end"/> trailing characters; a value too
    /// short to keep anything is masked whole.</summary>
    public static string Mask(string value, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= start + end + 2)
        {
            return new string(Dot, Math.Max(value.Length, 3));
        }

        return string.Concat(value.AsSpan(0, start), new string(Dot, value.Length - start - end),
            value.AsSpan(value.Length - end));
    }

    /// <summary>
    /// Masks identifiers inside free text (timeline notes, narratives): each of <paramref name="known"/>, every
    /// 16-digit NIK, every passport-shaped number and every Indonesian telephone number.
    /// </summary>
    public static string InText(string text, params IEnumerable<string?> known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        foreach (var number in known.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim()))
        {
            text = text.Replace(number, number.StartsWith('+') || (number.StartsWith('0') && number.Length < 16)
                ? Phone(number) : Identity(number), StringComparison.OrdinalIgnoreCase);
        }

        text = NikPattern().Replace(text, m => Identity(m.Value));
        text = PassportPattern().Replace(text, m => Identity(m.Value));
        return PhonePattern().Replace(text, m => Phone(m.Value));
    }

    [GeneratedRegex(@"(?<!\d)\d{16}(?!\d)")]
    private static partial Regex NikPattern();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d{6,7}\b")]
    private static partial Regex PassportPattern();

    // +62 8xx… or 08xx…, 9 to 13 digits after the prefix, not part of a longer number.
    [GeneratedRegex(@"(?<![\d+])(?:\+62|62|0)8\d{7,12}(?!\d)")]
    private static partial Regex PhonePattern();
}
