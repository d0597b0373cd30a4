using CaseDesk.Web.Localization;

namespace CaseDesk.Tests.Web;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/cases?regency=7414", true)]
    [InlineData("//evil.example/cases", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("cases", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLocal_OnlyAppRelativePaths_AreLocal(string? url, bool expected) =>
        Assert.Equal(expected, LocalUrl.IsLocal(url));

    [Fact]
    public void OrDefault_ForeignUrl_FallsBack() =>
        Assert.Equal("/cases", LocalUrl.OrDefault("https://evil.example/", "/cases"));
}
