namespace CaseDesk.Web;

/// <summary>
/// Marker for the shared words (Simpan, Batal, Muat ulang…): <c>IStringLocalizer&lt;SharedResource&gt;</c> reads
/// Resources/SharedResource.resx (Indonesian) and Resources/SharedResource.en.resx.
/// </summary>
public sealed class SharedResource;
