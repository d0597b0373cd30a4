using CaseDesk.Core;
using CaseDesk.Core.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Tests.Documents;

public sealed class SystemFontResolverTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("casedesk-fonts-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Constructor_NoFontsInFolders_ThrowsNamingTheFoldersSearched()
    {
        var missing = Path.Combine(folder, "absent");

        var error = Assert.Throws<FontNotFoundException>(() =>
            new SystemFontResolver(new FontSearchOptions { ExtraFolders = [folder, missing], IncludeSystemFolders = false }));

        Assert.Contains(folder, error.Message);
        Assert.Contains($"{missing} (missing)", error.Message);
        Assert.Contains("Liberation Sans", error.Message);
        Assert.Equal([folder, missing], error.SearchedFolders);
    }

    [Fact]
    public void Constructor_ExtraFolder_IsSearchedBeforeSystemFolders()
    {
        // Only the regular face of whatever sans family this machine has, in a nested folder.
        var system = new SystemFontResolver().Sans;
        var nested = Directory.CreateDirectory(Path.Combine(folder, "nested")).FullName;
        File.Copy(system.Regular, Path.Combine(nested, Path.GetFileName(system.Regular)));

        var resolver = new SystemFontResolver(new FontSearchOptions { ExtraFolders = [folder], IncludeSystemFolders = false });

        Assert.Equal(system.FamilyName, resolver.Sans.FamilyName);
        Assert.Null(resolver.Sans.Bold);
        Assert.StartsWith(folder, resolver.Sans.Regular);
        Assert.Same(resolver.Sans, resolver.Serif);
        var bold = resolver.ResolveTypeface(SystemFontResolver.SansFamily, bold: true, italic: false);
        Assert.NotNull(bold);
        Assert.True(bold.MustSimulateBold);
        Assert.NotEmpty(resolver.GetFont(bold.FaceName)!);
    }

    [Fact]
    public void Constructor_SystemFolders_PreferLiberationFaces()
    {
        var resolver = new SystemFontResolver();

        // Debian's fonts-liberation; other machines may legitimately resolve Arial or DejaVu instead.
        if (File.Exists("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
        {
            Assert.Equal("Liberation Sans", resolver.Sans.FamilyName);
            Assert.Equal("Liberation Serif", resolver.Serif.FamilyName);
        }

        Assert.NotNull(resolver.Sans.BoldItalic);
        var italic = resolver.ResolveTypeface("CaseDesk Serif", bold: false, italic: true)!;
        Assert.False(italic.MustSimulateItalic);
        Assert.Equal(File.ReadAllBytes(resolver.Serif.Italic!), resolver.GetFont(italic.FaceName));
    }

    [Fact]
    public void AddCaseDeskCore_RegistersOneSharedRenderer()
    {
        using var provider = new ServiceCollection().AddCaseDeskCore("Data Source=:memory:").BuildServiceProvider();

        var renderer = provider.GetRequiredService<IPdfRenderer>();

        Assert.IsType<PdfSharpRenderer>(renderer);
        Assert.Same(renderer, provider.GetRequiredService<IPdfRenderer>());
    }
}
