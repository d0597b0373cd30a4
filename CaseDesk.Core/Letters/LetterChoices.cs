using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Letters;

/// <summary>A letter type as the case page offers it: unfit ones carry the reasons (localized) instead of hiding.</summary>
public sealed record LetterChoice(LetterType Type, string Label, bool CallsMeeting, IReadOnlyList<string> Unfit)
{
    public bool Fits => Unfit.Count == 0;
}

public static class LetterChoices
{
    /// <summary>Every letter type for the case, in register order, with why it cannot be issued now (if so).</summary>
    /// <remarks>With <paramref name="consents"/>, a letter the complainant has not consented to share (or withdrew the
    /// consent for) says so too.</remarks>
    public static IReadOnlyList<LetterChoice> For(Case c, Consents.CaseConsents? consents = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        return
        [
            .. Enum.GetValues<LetterType>().Select(type =>
                new LetterChoice(type, LetterText.Label(type), LetterRules.CallsMeeting(type), Reasons(type, c, consents))),
        ];
    }

    private static IReadOnlyList<string> Reasons(LetterType type, Case c, Consents.CaseConsents? consents)
    {
        var unfit = LetterRules.Unfit(type, c);
        return unfit.Count == 0 && consents is not null
            && Consents.ConsentRules.Refusal(type, c.ReferralTarget, consents) is { } refusal
            ? [refusal]
            : unfit;
    }

    /// <summary>Whether the letter type invites to a meeting (date, time and place required).</summary>
    public static bool CallsMeeting(LetterType type) => LetterRules.CallsMeeting(type);
}
