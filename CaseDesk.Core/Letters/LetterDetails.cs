namespace CaseDesk.Core.Letters;

/// <summary>
/// What the officer adds to a letter beyond the case's own data: the addressee, the meeting of an invitation, the
/// copies (tembusan) and free remarks. Empty members take defaults from the case at issue time (e.g. the addressee of
/// a clarification invitation is the placement company).
/// </summary>
public sealed record LetterDetails
{
    /// <summary>The "Kepada Yth." line; defaulted from the case when empty.</summary>
    public string? AddresseeName { get; init; }
    /// <summary>Address lines under the addressee's name.</summary>
    public IReadOnlyList<string> AddresseeAddress { get; init; } = [];

    /// <summary>Date of the meeting an invitation calls (office time, WITA).</summary>
    public DateOnly? MeetingDate { get; init; }
    /// <summary>Time of the meeting (WITA).</summary>
    public TimeOnly? MeetingTime { get; init; }
    public string? MeetingPlace { get; init; }

    /// <summary>Tembusan: who receives a copy, one entry per line.</summary>
    public IReadOnlyList<string> CarbonCopies { get; init; } = [];
    public string? Remarks { get; init; }

    public static LetterDetails None { get; } = new();
}
