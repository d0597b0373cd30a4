using CaseDesk.Core;
using CaseDesk.Core.Letters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Letters;

public sealed class LetterOptionsTests
{
    [Fact]
    public void Defaults_DescribeBp3miSulawesiTenggaraInKendari()
    {
        var options = new LetterOptions();

        Assert.Equal("BP3MI-SULTRA", options.UnitCode);
        Assert.Equal("Balai Pelayanan Pelindungan Pekerja Migran Indonesia Sulawesi Tenggara", options.OfficeName);
        Assert.Equal("Jl. Brigjen Z.A. Sugianto No. 1, Kendari, Sulawesi Tenggara", options.Address);
        Assert.Equal("Kendari", options.City);
        Assert.Equal("Kepala Balai", options.Signatory.Title);
        Assert.Matches("^[0-9]{18}$", options.Signatory.Nip);
        Assert.Equal(LetterOptions.DefaultLetterhead, options.Letterhead);
        Assert.Equal("PP.02.01", options.ClassificationCode(LetterType.ComplaintReceipt));
        Assert.Equal("PP.03.01", options.ClassificationCode(LetterType.RepatriationNotice));
        Assert.All(Enum.GetValues<LetterType>(), t => Assert.False(string.IsNullOrWhiteSpace(options.ClassificationCode(t))));
        Assert.Empty(LetterOptionsValidator.Problems(options));
    }

    [Fact]
    public void AddCaseDeskCore_BindsTheLettersSection_OverridingOnlyWhatIsConfigured()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Letters:UnitCode"] = "BP3MI-TEST",
            ["Letters:ClassificationCodes:Referral"] = "HK.01.02",
            ["Letters:LetterheadLines:0"] = "KEMENTERIAN P2MI",
            ["Letters:LetterheadLines:1"] = "BP3MI SULTRA",
            ["Letters:Signatory:Name"] = "Dra. Contoh Kepala",
            ["Letters:Signatory:Nip"] = "198001012006042001",
        });

        var options = services.GetRequiredService<IOptions<LetterOptions>>().Value;

        Assert.Equal("BP3MI-TEST", options.UnitCode);
        Assert.Equal("HK.01.02", options.ClassificationCode(LetterType.Referral));
        Assert.Equal("PP.02.02", options.ClassificationCode(LetterType.MediationMinutes)); // default kept
        Assert.Equal(["KEMENTERIAN P2MI", "BP3MI SULTRA"], options.Letterhead); // replaced, not appended
        Assert.Equal(("Dra. Contoh Kepala", "Kepala Balai", "198001012006042001"),
            (options.Signatory.Name, options.Signatory.Title, options.Signatory.Nip));
        Assert.Equal("Kendari", options.City);
    }

    [Fact]
    public void AddCaseDeskCore_InvalidLettersSection_IsRefusedWithTheReason()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Letters:Signatory:Nip"] = "12345",
            ["Letters:ClassificationCodes:ClosureNotice"] = "PP/02",
        });

        var error = Assert.Throws<OptionsValidationException>(
            () => services.GetRequiredService<IOptions<LetterOptions>>().Value);

        Assert.Contains("Letters:Signatory:Nip must be 18 digits.", error.Failures);
        Assert.Contains("Letters:ClassificationCodes:ClosureNotice must be set and contain no '/' or spaces.", error.Failures);
    }

    [Fact]
    public void RootAppSettings_LettersSection_EqualsTheDefaults()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot(), "appsettings.json"), optional: false)
            .Build();
        var section = configuration.GetSection(LetterOptions.Section);
        var bound = section.Get<LetterOptions>();
        var defaults = new LetterOptions();

        Assert.True(section.Exists());
        Assert.NotNull(bound);
        Assert.Equal(defaults.UnitCode, bound.UnitCode);
        Assert.Equal(defaults.ClassificationCodes.OrderBy(p => p.Key), bound.ClassificationCodes.OrderBy(p => p.Key));
        Assert.Equal((defaults.ParentAgency, defaults.OfficeName, defaults.Address, defaults.Phone, defaults.Email, defaults.City),
            (bound.ParentAgency, bound.OfficeName, bound.Address, bound.Phone, bound.Email, bound.City));
        Assert.Equal(defaults.Letterhead, bound.Letterhead);
        Assert.Equal((defaults.Signatory.Name, defaults.Signatory.Title, defaults.Signatory.Nip),
            (bound.Signatory.Name, bound.Signatory.Title, bound.Signatory.Nip));
        // Every type is spelled out in the file, so the office sees what it can change.
        Assert.Equal(Enum.GetNames<LetterType>().Order(),
            section.GetSection("ClassificationCodes").GetChildren().Select(c => c.Key).Order());
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddCaseDeskCore("Data Source=:memory:");
        return services.BuildServiceProvider();
    }

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
