using System.Globalization;
using System.Resources;
using CaseDesk.Core.Cases;

namespace CaseDesk.Tests.Cases;

public sealed class CaseTextTests
{
    public static TheoryData<Enum> AllLabelledValues()
    {
        var data = new TheoryData<Enum>();
        Type[] types =
        [
            typeof(Sector), typeof(Sex), typeof(ComplaintCategory), typeof(IntakeChannel), typeof(Urgency),
            typeof(EmployerType), typeof(MediationOutcome), typeof(ReferralTarget), typeof(RejectionReason),
            typeof(CaseKind), typeof(CaseEventType),
        ];
        foreach (var type in types)
        {
            foreach (Enum value in Enum.GetValues(type))
            {
                data.Add(value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllLabelledValues))]
    public void Resources_EveryEnumMember_HasIndonesianAndEnglishLabel(Enum value)
    {
        var resources = new ResourceManager("CaseDesk.Core.Cases.CaseText", typeof(CaseText).Assembly);
        var key = $"{value.GetType().Name}_{value}";

        var neutral = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        var english = resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false);
        Assert.False(string.IsNullOrWhiteSpace(neutral?.GetString(key)), $"{key} (id)");
        Assert.False(string.IsNullOrWhiteSpace(english?.GetString(key)), $"{key} (en)");
    }

    [Fact]
    public void Label_Indonesian_UsesOfficeTerms()
    {
        using var culture = new UiCulture("id-ID");
        Assert.Equal("Formal (pemberi kerja berbadan hukum)", CaseText.Label(Sector.Formal));
        Assert.Equal("Perseorangan (pemberi kerja perseorangan)", CaseText.Label(Sector.IndividualEmployer));
        Assert.Equal("Awak kapal (ABK)", CaseText.Label(Sector.ShipCrew));
        Assert.Equal("Rujukan KBRI/KJRI", CaseText.Label(IntakeChannel.ReferralRepresentation));
        Assert.Equal("Mendesak", CaseText.Label(Urgency.Urgent));
        Assert.Equal("Direktorat KemenP2MI", CaseText.Label(ReferralTarget.MinistryDirectorate));
        Assert.Equal("Berkas tidak lengkap", CaseText.Label(RejectionReason.Incomplete));
        Assert.Equal("Pemulangan", CaseText.Label(CaseKind.Repatriation));
    }

    [Fact]
    public void Label_English_Translated()
    {
        using var culture = new UiCulture("en-GB");
        Assert.Equal("Ship crew (ABK)", CaseText.Label(Sector.ShipCrew));
        Assert.Equal("Repatriation", CaseText.Label(CaseKind.Repatriation));
        Assert.Equal("Urgent", CaseText.Label(Urgency.Urgent));
    }

    [Fact]
    public void Label_Categories_MatchReferenceTable()
    {
        foreach (var info in Core.Reference.CategoryInfo.All)
        {
            using (new UiCulture("id"))
            {
                Assert.Equal(info.NameId, CaseText.Label(info.Code));
            }

            using (new UiCulture("en"))
            {
                Assert.Equal(info.NameEn, CaseText.Label(info.Code));
            }
        }
    }

    [Fact]
    public void Field_BothLanguages_Labelled()
    {
        using (new UiCulture("id"))
        {
            Assert.Equal("Nama pekerja", CaseText.Field(nameof(CaseInput.WorkerName)));
        }

        using (new UiCulture("en"))
        {
            Assert.Equal("Worker name", CaseText.Field(nameof(CaseInput.WorkerName)));
        }
    }

    [Fact]
    public void Field_EveryFormProperty_LabelledInBothLanguages()
    {
        var resources = new ResourceManager("CaseDesk.Core.Cases.CaseText", typeof(CaseText).Assembly);
        var neutral = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        var english = resources.GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false);

        foreach (var property in typeof(CaseInput).GetProperties())
        {
            Assert.False(string.IsNullOrWhiteSpace(neutral?.GetString($"Field_{property.Name}")), property.Name);
            Assert.False(string.IsNullOrWhiteSpace(english?.GetString($"Field_{property.Name}")), property.Name);
        }
    }
}
