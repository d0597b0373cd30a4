using System.Globalization;
using CaseDesk.Web.Localization;

namespace CaseDesk.Tests.Web;

public sealed class DisplayTests
{
    private static readonly DateTime Utc = new(2026, 11, 23, 2, 15, 0, DateTimeKind.Utc);

    [Fact]
    public void Timestamp_Indonesian_ShowsWitaWithDotTimeSeparator()
    {
        using var _ = new CultureScope("id-ID");
        Assert.Equal("23 Nov 2026 10.15 WITA", Display.Timestamp(Utc));
    }

    [Fact]
    public void Timestamp_English_ShowsWita()
    {
        using var _ = new CultureScope("en-US");
        Assert.Equal("23 Nov 2026 10:15 WITA", Display.Timestamp(Utc));
    }

    [Fact]
    public void Date_LateEveningUtc_IsNextWitaDay()
    {
        using var _ = new CultureScope("id-ID");
        Assert.Equal("1 Agu 2026", Display.Date(new DateTime(2026, 7, 31, 17, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Rupiah_Indonesian_GroupsWithDots()
    {
        using var _ = new CultureScope("id-ID");
        Assert.Equal("Rp 12.500.000", Display.Rupiah(12_500_000));
    }
}

/// <summary>Sets the current culture and UI culture for the duration of a test.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
