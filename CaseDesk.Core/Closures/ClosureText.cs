using System.Globalization;
using System.Resources;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;

namespace CaseDesk.Core.Closures;

/// <summary>Texts of administrative closures: reason labels, the legal grounds, evidence and messages.</summary>
/// <remarks>ClosureText.resx is Indonesian (the neutral language), ClosureText.en.resx English. Timeline notes and
/// letters take them in Indonesian (<see cref="CaseText.RecordCulture"/>) whatever the screen's language.</remarks>
public static class ClosureText
{
    private static readonly ResourceManager Resources = new(typeof(ClosureText));

    internal static CultureInfo RecordCulture => CaseText.RecordCulture;

    /// <summary>The short name of the reason ("Berkas tidak lengkap").</summary>
    public static string Label(AdministrativeClosureReason reason, CultureInfo? culture = null) =>
        Get($"Reason_{reason}", culture);

    /// <summary>The ground of Pasal 30 as a clause ("berkas pengaduan tidak lengkap dalam jangka waktu …").</summary>
    public static string Grounds(AdministrativeClosureReason reason, CultureInfo? culture = null) =>
        Get($"Grounds_{reason}", culture);

    /// <summary>"Peraturan Badan Nomor 6 Tahun 2024 Pasal 30".</summary>
    public static string LegalBasis(CultureInfo? culture = null) => Get("LegalBasis", culture);

    /// <summary>"Ditutup secara administratif berdasarkan … (kode PS30-BERKAS): …".</summary>
    public static string Summary(AdministrativeClosureReason reason, CultureInfo? culture = null) =>
        Format(culture, "Summary", LegalBasis(culture), AdministrativeClosureReasons.Code(reason), Grounds(reason, culture));

    /// <summary>"Dasar penutupan: … (kode PS30-BERKAS), yaitu …": the ground a pending proposal would close on.</summary>
    public static string Basis(AdministrativeClosureReason reason, CultureInfo? culture = null) =>
        Format(culture, "Basis", LegalBasis(culture), AdministrativeClosureReasons.Code(reason), Grounds(reason, culture));

    /// <summary>"Berkas belum lengkap sejak 12 Oktober 2026 (42 hari)".</summary>
    public static string Evidence(ClosureEvidence evidence, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var language = culture ?? CultureInfo.CurrentUICulture;
        var since = OfficeTime.DateOf(evidence.ConditionStartedAtUtc);
        var sinceText = language.TwoLetterISOLanguageName == "id"
            ? IndonesianText.LongDate(since)
            : since.ToString("d MMMM yyyy", language);
        var agency = evidence.ReferralTarget is { } target ? CaseText.Label(target, language) : Get("Agency_Unknown", language);
        return Format(language, $"Evidence_{evidence.Reason}", sinceText, evidence.DayCount, agency);
    }

    internal static string Get(string key, CultureInfo? culture = null) =>
        Resources.GetString(key, culture ?? CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"Missing closure text '{key}'.");

    internal static string Format(CultureInfo? culture, string key, params object?[] args) =>
        string.Format(culture ?? CultureInfo.CurrentUICulture, Get(key, culture), args);
}
