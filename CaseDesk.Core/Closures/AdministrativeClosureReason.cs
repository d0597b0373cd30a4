namespace CaseDesk.Core.Closures;

/// <summary>
/// The grounds of Peraturan Badan Nomor 6 Tahun 2024, Pasal 30 on which a complaint may be closed administratively.
/// The member names are stored (as text) on the case and on proposals; <see cref="AdministrativeClosureReasons.Code"/>
/// is the short code printed on the timeline and the closure letter.
/// </summary>
public enum AdministrativeClosureReason
{
    /// <summary>The file is still incomplete 30 days after registration.</summary>
    IncompleteFile,
    /// <summary>No clarification within 15 working days of being asked.</summary>
    NoClarification,
    /// <summary>The complainant could not be reached for 60 consecutive days.</summary>
    ComplainantUnreachable,
    /// <summary>The complaint was handed over to another agency.</summary>
    HandedToOtherAgency,
    /// <summary>No response 6 months after the complainant was told the complaint cannot be resolved.</summary>
    NoResponseAfterUnresolvable,
}

public static class AdministrativeClosureReasons
{
    /// <summary>The stable code of a reason, e.g. "PS30-BERKAS". Never change a published code: letters carry it.</summary>
    public static string Code(AdministrativeClosureReason reason) => reason switch
    {
        AdministrativeClosureReason.IncompleteFile => "PS30-BERKAS",
        AdministrativeClosureReason.NoClarification => "PS30-KLARIFIKASI",
        AdministrativeClosureReason.ComplainantUnreachable => "PS30-KONTAK",
        AdministrativeClosureReason.HandedToOtherAgency => "PS30-LIMPAH",
        AdministrativeClosureReason.NoResponseAfterUnresolvable => "PS30-TANGGAPAN",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "unknown closure reason"),
    };
}
