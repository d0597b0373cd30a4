using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Letters;

/// <summary>The official letters the office issues from a case (titles in <c>LetterText.resx</c>).</summary>
public enum LetterType
{
    /// <summary>Tanda Terima Pengaduan: given to the complainant at intake.</summary>
    ComplaintReceipt,
    /// <summary>Surat Undangan Klarifikasi: invites the respondent (P3MI or employer) during verification.</summary>
    ClarificationInvitation,
    /// <summary>Surat Undangan Mediasi: invites both parties to a mediation meeting.</summary>
    MediationInvitation,
    /// <summary>Berita Acara Mediasi: records the agreement (terms, settlement) or the failure.</summary>
    MediationMinutes,
    /// <summary>Surat Rujukan/Rekomendasi: to the police, Disnaker, KBRI/KJRI or the ministry's directorate.</summary>
    Referral,
    /// <summary>Surat Pemberitahuan Kepulangan: to the home regency's Disnaker about the arrival and hand-over.</summary>
    RepatriationNotice,
    /// <summary>Surat Pemberitahuan Penyelesaian: tells the complainant the case is closed.</summary>
    ClosureNotice,
}

/// <summary>
/// One entry of the letter register. <see cref="Number"/> is allocated once and kept forever, also when the letter
/// is cancelled; <see cref="Snapshot"/> holds everything the letter is rendered from, so a re-print is identical
/// whatever happened to the case since.
/// </summary>
public sealed class Letter
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public required LetterType Type { get; set; }

    /// <summary>The calendar year (WITA) whose sequence the number belongs to.</summary>
    public required int Year { get; set; }
    public required int Sequence { get; set; }
    /// <summary>E.g. "B.57/BP3MI-SULTRA/PP.02.01/XI/2026"; unique.</summary>
    public required string Number { get; set; }

    public DateTime IssuedAtUtc { get; set; }
    public string? IssuedById { get; set; }
    public required string IssuedByName { get; set; }

    /// <summary><see cref="LetterSnapshot"/> as JSON.</summary>
    public required string Snapshot { get; set; }

    public DateTime? CancelledAtUtc { get; set; }
    public string? CancelledById { get; set; }
    public string? CancelledByName { get; set; }
    public string? CancelReason { get; set; }

    public bool IsCancelled => CancelledAtUtc is not null;
}

/// <summary>The last letter sequence of a calendar year (WITA), advanced inside the transaction that issues.</summary>
public sealed class LetterCounter
{
    public required int Year { get; set; }
    public int LastSequence { get; set; }
}
