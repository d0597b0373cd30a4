using CaseDesk.Core.Letters;

namespace CaseDesk.Web.Components.Pages.Cases.Letters;

/// <summary>The editable form of <see cref="LetterDetails"/>: multi-line text boxes for address and copies.</summary>
public sealed class LetterDetailsInput
{
    public string? AddresseeName { get; set; }
    public string? AddresseeAddress { get; set; }
    public DateTime? MeetingDate { get; set; }
    public TimeSpan? MeetingTime { get; set; }
    public string? MeetingPlace { get; set; }
    public string? CarbonCopies { get; set; }
    public string? Remarks { get; set; }

    public LetterDetails ToDetails() => new()
    {
        AddresseeName = Clean(AddresseeName),
        AddresseeAddress = Lines(AddresseeAddress),
        MeetingDate = MeetingDate is { } date ? DateOnly.FromDateTime(date) : null,
        MeetingTime = MeetingTime is { } time ? TimeOnly.FromTimeSpan(time) : null,
        MeetingPlace = Clean(MeetingPlace),
        CarbonCopies = Lines(CarbonCopies),
        Remarks = Clean(Remarks),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
