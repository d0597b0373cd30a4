using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Consents;

/// <summary>What the complainant consents to (UU 27/2022 PDP: consent is specific to a purpose).</summary>
public enum ConsentPurpose
{
    /// <summary>Pemrosesan data pribadi untuk penanganan pengaduan.</summary>
    Processing,
    /// <summary>Berbagi data dengan Perwakilan RI (KBRI/KJRI).</summary>
    SharingRepresentation,
    /// <summary>Berbagi data dengan Kepolisian (Polri).</summary>
    SharingPolice,
    /// <summary>Berbagi data dengan Dinas Tenaga Kerja (Disnaker).</summary>
    SharingDisnaker,
    /// <summary>Berbagi data dengan direktorat Kementerian P2MI.</summary>
    SharingMinistry,
}

public enum ConsentDecision { Given, Withdrawn }

/// <summary>How the consent or its withdrawal was obtained.</summary>
public enum ConsentMethod
{
    /// <summary>Formulir persetujuan yang ditandatangani.</summary>
    SignedForm,
    /// <summary>Lisan, dicatat oleh petugas.</summary>
    Verbal,
    /// <summary>Pernyataan tertulis (surat, pesan).</summary>
    WrittenStatement,
}

/// <summary>
/// One decision of the complainant about one purpose. Append-only: a withdrawal or a renewed consent is a new record,
/// so the history shows what was allowed when; the current state of a purpose is its latest record.
/// </summary>
public sealed class ConsentRecord
{
    public const int NoteMaxLength = 1000;

    public long Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public required ConsentPurpose Purpose { get; set; }
    public required ConsentDecision Decision { get; set; }
    public required ConsentMethod Method { get; set; }

    /// <summary>The office date (WITA) the complainant gave or withdrew the consent.</summary>
    public required DateOnly DecidedOn { get; set; }

    public string? RecordedById { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public string? Note { get; set; }
}
