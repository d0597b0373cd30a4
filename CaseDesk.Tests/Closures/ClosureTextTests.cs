using System.Globalization;
using System.Resources;
using System.Xml.Linq;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Letters.Templates;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Documents;
using CaseDesk.Tests.Letters;
using CaseDesk.Tests.Workflow;

namespace CaseDesk.Tests.Closures;

public sealed class ClosureTextTests
{
    public static TheoryData<AdministrativeClosureReason> Reasons => [.. Enum.GetValues<AdministrativeClosureReason>()];

    [Fact]
    public void Resources_IndonesianAndEnglish_HaveTheSameKeys()
    {
        var folder = Path.Combine(SolutionFolder(), "CaseDesk.Core", "Closures");
        Assert.Equal(Keys(Path.Combine(folder, "ClosureText.resx")), Keys(Path.Combine(folder, "ClosureText.en.resx")));
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void EveryReason_HasCodeLabelGroundsAndEvidenceInBothLanguages(AdministrativeClosureReason reason)
    {
        Assert.Matches("^PS30-[A-Z]+$", AdministrativeClosureReasons.Code(reason));
        var evidence = new ClosureEvidence(reason, new DateTime(2026, 10, 12, 2, 0, 0, DateTimeKind.Utc), 42,
            ReferralTarget.Police);
        foreach (var culture in new[] { "id", "en" }.Select(CultureInfo.GetCultureInfo))
        {
            Assert.False(string.IsNullOrWhiteSpace(ClosureText.Label(reason, culture)));
            Assert.False(string.IsNullOrWhiteSpace(ClosureText.Grounds(reason, culture)));
            Assert.Contains("42", ClosureText.Evidence(evidence, culture));
        }

        Assert.NotEqual(ClosureText.Grounds(reason, CultureInfo.GetCultureInfo("id")),
            ClosureText.Grounds(reason, CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Codes_AreDistinct() =>
        Assert.Equal(5, Enum.GetValues<AdministrativeClosureReason>().Select(AdministrativeClosureReasons.Code).Distinct().Count());

    [Fact]
    public void Evidence_IndonesianAndEnglish_WritesDateAndDays()
    {
        var evidence = new ClosureEvidence(AdministrativeClosureReason.IncompleteFile,
            new DateTime(2026, 10, 11, 17, 0, 0, DateTimeKind.Utc), 42); // 12 October 01:00 WITA

        Assert.Equal("Berkas belum lengkap sejak 12 Oktober 2026 (42 hari)",
            ClosureText.Evidence(evidence, CultureInfo.GetCultureInfo("id-ID")));
        Assert.Equal("File incomplete since 12 October 2026 (42 days)",
            ClosureText.Evidence(evidence, CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("Dilimpahkan kepada Kepolisian sejak 12 Oktober 2026 (3 hari)",
            ClosureText.Evidence(evidence with
            {
                Reason = AdministrativeClosureReason.HandedToOtherAgency,
                DayCount = 3,
                ReferralTarget = ReferralTarget.Police
            }, CultureInfo.GetCultureInfo("id")));
    }

    [Fact]
    public void WaitingFor_ComplainantUnreachable_IsLabelledInBothLanguages()
    {
        Assert.Equal("Pengadu tidak dapat dihubungi",
            CaseText.Label(WaitingFor.ComplainantUnreachable, CultureInfo.GetCultureInfo("id")));
        Assert.Equal("Complainant unreachable",
            CaseText.Label(WaitingFor.ComplainantUnreachable, CultureInfo.GetCultureInfo("en")));
        var resources = new ResourceManager("CaseDesk.Core.Cases.CaseText", typeof(CaseText).Assembly);
        foreach (var value in Enum.GetValues<WaitingFor>())
        {
            Assert.NotNull(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)?.GetString($"WaitingFor_{value}"));
            Assert.NotNull(resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), true, false)?.GetString($"WaitingFor_{value}"));
        }
    }

    [Fact]
    public void ClosureNotice_AdministrativeClosure_StatesTheGroundInsteadOfTheMediationOutcome()
    {
        var s = LetterTemplateTests.Sample(LetterType.ClosureNotice);
        s = s with
        {
            Case = s.Case with
            {
                AdministrativeClosure = new LetterAdministrativeClosure(AdministrativeClosureReason.IncompleteFile,
                    "Peraturan Badan Nomor 6 Tahun 2024 Pasal 30", "PS30-BERKAS",
                    ClosureText.Grounds(AdministrativeClosureReason.IncompleteFile, CultureInfo.GetCultureInfo("id"))),
            },
        };

        var text = Text(s);

        Assert.Contains("Pengaduan Saudara ditutup secara administratif berdasarkan Peraturan Badan Nomor 6 Tahun 2024 " +
            "Pasal 30 (kode PS30-BERKAS): berkas pengaduan tidak lengkap dalam jangka waktu 30 (tiga puluh) hari sejak " +
            "pengaduan diregistrasi.", text);
        Assert.DoesNotContain("Rp 15.750.000", text);
        Assert.DoesNotContain("kesepakatan tidak dilaksanakan", text);
        // The snapshot carries the ground: a re-print from the stored JSON is identical.
        Assert.Equal(text, Text(LetterSnapshot.FromJson(s.ToJson())));
    }

    [Fact]
    public void ClosureNotice_OrdinaryClosure_IsUnchanged()
    {
        var text = Text(LetterTemplateTests.Sample(LetterType.ClosureNotice));

        Assert.DoesNotContain("administratif", text);
        Assert.Contains("kesepakatan tidak dilaksanakan", text);
    }

    private static string Text(LetterSnapshot s) =>
        string.Join(" ", PdfRead.PageTexts(new PdfSharpRenderer().Render(LetterDocument.Compose(s))));

    private static List<string> Keys(string file) =>
        [.. XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).Order()];

    private static string SolutionFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseDesk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CaseDesk.sln not found");
    }
}
