using System.Xml.Linq;

namespace CaseDesk.Tests.Web;

public sealed class ResourceFilesTests
{
    [Fact]
    public void EveryIndonesianResource_HasAnEnglishTwinWithTheSameKeys()
    {
        var resources = Path.Combine(RepositoryRoot(), "CaseDesk.Web", "Resources");
        var neutral = Directory.EnumerateFiles(resources, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(neutral);
        foreach (var file in neutral)
        {
            var english = Path.ChangeExtension(file, null) + ".en.resx";
            Assert.True(File.Exists(english), $"{english} is missing");
            Assert.Equal(Keys(file), Keys(english));
        }
    }

    private static IReadOnlyList<string> Keys(string file) =>
        XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).Order().ToList();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaseDesk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CaseDesk.sln not found above the tests.");
    }
}
