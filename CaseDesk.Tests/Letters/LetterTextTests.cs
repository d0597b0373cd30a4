using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using CaseDesk.Core.Letters;

namespace CaseDesk.Tests.Letters;

public sealed class LetterTextTests
{
    [Fact]
    public void Resources_IndonesianAndEnglish_HaveTheSameKeys()
    {
        var folder = Path.Combine(RepositoryRoot(), "CaseDesk.Core", "Letters");

        Assert.Equal(Keys(Path.Combine(folder, "LetterText.resx")), Keys(Path.Combine(folder, "LetterText.en.resx")));
    }

    [Theory]
    [InlineData(LetterType.ComplaintReceipt, "Tanda Terima Pengaduan", "Complaint receipt")]
    [InlineData(LetterType.ClarificationInvitation, "Surat Undangan Klarifikasi", "Clarification invitation")]
    [InlineData(LetterType.MediationInvitation, "Surat Undangan Mediasi", "Mediation invitation")]
    [InlineData(LetterType.MediationMinutes, "Berita Acara Mediasi", "Mediation minutes")]
    [InlineData(LetterType.Referral, "Surat Rujukan/Rekomendasi", "Referral letter")]
    [InlineData(LetterType.RepatriationNotice, "Surat Pemberitahuan Kepulangan", "Repatriation notice")]
    [InlineData(LetterType.ClosureNotice, "Surat Pemberitahuan Penyelesaian", "Closure notice")]
    public void Label_EveryType_InIndonesianAndEnglish_TitleAlwaysIndonesian(LetterType type, string id, string en)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
            Assert.Equal(id, LetterText.Label(type));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal(en, LetterText.Label(type));
            Assert.Equal(id, LetterText.Title(type));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Labels_CoverEveryLetterType()
    {
        var resources = new ResourceManager("CaseDesk.Core.Letters.LetterText", typeof(LetterText).Assembly);
        var neutral = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        var english = resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false);

        Assert.All(Enum.GetValues<LetterType>(), type =>
        {
            Assert.False(string.IsNullOrWhiteSpace(neutral?.GetString($"LetterType_{type}")), $"{type} (id)");
            Assert.False(string.IsNullOrWhiteSpace(english?.GetString($"LetterType_{type}")), $"{type} (en)");
        });
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
