using System.Xml.Linq;

namespace CaseDesk.Tests.Exports;

public sealed class ExportTextTests
{
    [Fact]
    public void ExportText_EnglishTwin_HasTheSameKeys()
    {
        var folder = Path.Combine(RepositoryRoot(), "CaseDesk.Core", "Exports");

        var indonesian = Keys(Path.Combine(folder, "ExportText.resx"));

        Assert.Contains("Column_WorkerNik", indonesian);
        Assert.Equal(indonesian, Keys(Path.Combine(folder, "ExportText.en.resx")));
    }

    private static List<string> Keys(string file) =>
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
