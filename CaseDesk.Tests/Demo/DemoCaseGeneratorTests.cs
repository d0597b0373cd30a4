using System.Text.RegularExpressions;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Demo;
using CaseDesk.Core.Reference;

namespace CaseDesk.Tests.Demo;

public sealed partial class DemoCaseGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static List<CaseInput> Generate(int count, int seed = 7)
    {
        var generator = new DemoCaseGenerator(new Random(seed));
        return Enumerable.Range(0, count).Select(_ => generator.Next(Today)).ToList();
    }

    [Fact]
    public void Next_SameSeed_SameCases()
    {
        var first = Generate(50).Select(i => (i.WorkerName, i.WorkerNik, i.Narrative));
        var second = Generate(50).Select(i => (i.WorkerName, i.WorkerNik, i.Narrative));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Next_Identifiers_AreWellFormedAndUnique()
    {
        var inputs = Generate(600);
        Assert.All(inputs, i => Assert.True(i.WorkerNik is not null || i.WorkerPassportNo is not null));

        var niks = inputs.Where(i => i.WorkerNik is not null).ToList();
        Assert.All(niks, i =>
        {
            var nik = i.WorkerNik!;
            Assert.Matches(NikPattern(), nik);
            Assert.StartsWith(i.HomeRegencyCode!, nik, StringComparison.Ordinal);
            var birth = i.WorkerDateOfBirth!.Value;
            var day = birth.Day + (i.WorkerSex == Sex.Female ? 40 : 0);
            Assert.Equal($"{day:00}{birth.Month:00}{birth.Year % 100:00}", nik.Substring(6, 6));
        });
        Assert.Equal(niks.Count, niks.Select(i => i.WorkerNik).Distinct().Count());

        var passports = inputs.Where(i => i.WorkerPassportNo is not null).Select(i => i.WorkerPassportNo!).ToList();
        Assert.All(passports, p => Assert.Matches(PassportPattern(), p));
        Assert.Equal(passports.Count, passports.Distinct().Count());

        var phones = inputs.SelectMany(i => new[] { i.WorkerPhone, i.ComplainantPhone }).OfType<string>().ToList();
        Assert.NotEmpty(phones);
        Assert.All(phones, p => Assert.Matches(E164Pattern(), p));
    }

    [Fact]
    public void Next_Distribution_FollowsTheOffice()
    {
        var inputs = Generate(2000);
        double Share(Func<CaseInput, bool> predicate) => inputs.Count(predicate) / (double)inputs.Count;

        Assert.InRange(Share(i => i.Kind == CaseKind.Complaint), 0.55, 0.65);
        Assert.InRange(Share(i => i.Kind == CaseKind.Mediation), 0.16, 0.24);
        Assert.InRange(Share(i => i.Kind == CaseKind.Repatriation), 0.16, 0.24);
        Assert.InRange(Share(i => i.NonProcedural), 0.48, 0.62);

        var countries = inputs.GroupBy(i => i.DestinationCountryCode).OrderByDescending(g => g.Count())
            .Select(g => g.Key).ToList();
        Assert.Equal("MY", countries[0]);
        Assert.Equal("SA", countries[1]);
        Assert.True(Share(i => i.DestinationCountryCode == "MY") > 2 * Share(i => i.DestinationCountryCode == "SA"));

        var regencies = inputs.GroupBy(i => i.HomeRegencyCode).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(Regency.SulawesiTenggara.Select(r => r.Code).Order(), regencies.Keys.Order());
        Assert.True(regencies["7414"] > regencies["7407"] * 3, "Buton Tengah sends far more than Wakatobi");
        Assert.True(regencies["7402"] > regencies["7412"] * 3, "Muna sends far more than Konawe Kepulauan");

        Assert.Equal(Enum.GetValues<IntakeChannel>().Order(), inputs.Select(i => i.Channel!.Value).Distinct().Order());
        Assert.Equal(Enum.GetValues<Sector>().Order(), inputs.Select(i => i.Sector!.Value).Distinct().Order());
        Assert.Contains(inputs, i => i.Sector == Sector.ShipCrew && i.HomeRegencyCode == "7414");
        Assert.True(Share(i => i.Sector == Sector.IndividualEmployer && i.WorkerSex == Sex.Female)
            > Share(i => i.Sector == Sector.IndividualEmployer && i.WorkerSex == Sex.Male) * 4);
    }

    [Fact]
    public void Next_Mediation_AlwaysNamesARespondent()
    {
        Assert.All(Generate(600).Where(i => i.Kind == CaseKind.Mediation),
            i => Assert.True(i.PlacementCompanyName is not null || i.EmployerName is not null));
    }

    [Fact]
    public void Next_FamilyComplaint_HasNameRelationAndPhone()
    {
        var family = Generate(600).Where(i => !i.ComplainantIsWorker).ToList();
        Assert.NotEmpty(family);
        Assert.All(family, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.ComplainantName));
            Assert.False(string.IsNullOrWhiteSpace(i.ComplainantRelation));
            Assert.NotNull(i.ComplainantPhone);
        });
    }

    [Fact]
    public void Next_Dates_AreAdultsDepartingInThePast()
    {
        Assert.All(Generate(600), i =>
        {
            Assert.True(i.DepartureDate is null || i.DepartureDate < Today);
            var reference = i.DepartureDate ?? Today;
            var age = reference.Year - i.WorkerDateOfBirth!.Value.Year
                - (reference < i.WorkerDateOfBirth.Value.AddYears(reference.Year - i.WorkerDateOfBirth.Value.Year) ? 1 : 0);
            Assert.True(age >= 18 || i.UnderageAcknowledged, $"{i.WorkerName} was {age} at departure");
            Assert.True(i.Narrative!.Length >= 60);
        });
    }

    [Fact]
    public void Rupiah_UsesIndonesianThousandsSeparators()
    {
        Assert.Equal("Rp12.500.000", DemoCaseGenerator.Rupiah(12_500_000));
    }

    [GeneratedRegex(@"^74\d{14}$")]
    private static partial Regex NikPattern();

    [GeneratedRegex(@"^[A-Z]{1,2}\d{6,7}$")]
    private static partial Regex PassportPattern();

    [GeneratedRegex(@"^\+[1-9]\d{7,14}$")]
    private static partial Regex E164Pattern();
}
