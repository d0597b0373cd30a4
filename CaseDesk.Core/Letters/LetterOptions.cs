using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Letters;

/// <summary>
/// The configuration section "Letters": the office block, the signatory and the parts of the letter number. The
/// defaults are placeholders for BP3MI Sulawesi Tenggara (see README) that the office replaces in appsettings.json.
/// </summary>
public sealed class LetterOptions
{
    public const string Section = "Letters";

    /// <summary>The unit code of the number: B.57/<b>BP3MI-SULTRA</b>/PP.02.01/XI/2026.</summary>
    public string UnitCode { get; set; } = "BP3MI-SULTRA";

    /// <summary>The archive classification code (kode klasifikasi) of each letter type. Binding from configuration
    /// replaces single entries and keeps the defaults of the others.</summary>
    public Dictionary<LetterType, string> ClassificationCodes { get; set; } = new()
    {
        [LetterType.ComplaintReceipt] = "PP.02.01",
        [LetterType.ClarificationInvitation] = "PP.02.01",
        [LetterType.MediationInvitation] = "PP.02.02",
        [LetterType.MediationMinutes] = "PP.02.02",
        [LetterType.Referral] = "PP.02.03",
        [LetterType.RepatriationNotice] = "PP.03.01",
        [LetterType.ClosureNotice] = "PP.02.01",
    };

    public string ParentAgency { get; set; } = "Kementerian Pelindungan Pekerja Migran Indonesia";
    public string OfficeName { get; set; } = "Balai Pelayanan Pelindungan Pekerja Migran Indonesia Sulawesi Tenggara";
    public string Address { get; set; } = "Jl. Brigjen Z.A. Sugianto No. 1, Kendari, Sulawesi Tenggara";
    public string Phone { get; set; } = "(0401) 3125 600";
    public string Email { get; set; } = "bp3mi.sultra@kp2mi.go.id";
    /// <summary>Where letters are dated ("Kendari, 23 November 2026").</summary>
    public string City { get; set; } = "Kendari";

    /// <summary>The heading lines of the letterhead (kop surat); <see cref="DefaultLetterhead"/> when none are
    /// configured.</summary>
    /// <remarks>Empty by default because the configuration binder appends to a list rather than replacing it.</remarks>
    public List<string> LetterheadLines { get; set; } = [];

    public SignatoryOptions Signatory { get; set; } = new();

    public static IReadOnlyList<string> DefaultLetterhead { get; } =
    [
        "KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA",
        "BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA",
        "SULAWESI TENGGARA",
    ];

    /// <summary>The configured letterhead lines, or the default ones.</summary>
    public IReadOnlyList<string> Letterhead => LetterheadLines.Count > 0 ? LetterheadLines : DefaultLetterhead;

    public string ClassificationCode(LetterType type) =>
        ClassificationCodes.TryGetValue(type, out var code) && !string.IsNullOrWhiteSpace(code)
            ? code.Trim()
            : throw new InvalidOperationException($"No classification code is configured for {type} (Letters:ClassificationCodes).");

    /// <summary>The letterhead block every letter snapshot carries.</summary>
    internal LetterOffice ToOffice() => new()
    {
        Letterhead = Letterhead.ToList(),
        ParentAgency = ParentAgency,
        Name = OfficeName,
        Address = Address,
        Phone = Phone,
        Email = Email,
        City = City.Trim(),
        UnitCode = UnitCode.Trim(),
    };

    internal LetterSignatory ToSignatory() => new(Signatory.Name, Signatory.Title, Signatory.Nip);
}

/// <summary>Who signs letters: the head of the office (Kepala Balai).</summary>
public sealed class SignatoryOptions
{
    public string Name { get; set; } = "La Ode Rahmat Hidayat, S.H., M.H.";
    public string Title { get; set; } = "Kepala Balai";
    /// <summary>Nomor Induk Pegawai: 18 digits.</summary>
    public string Nip { get; set; } = "197805122005011003";
}

/// <summary>Refuses a "Letters" section that would produce malformed numbers or unsigned letters.</summary>
internal sealed class LetterOptionsValidator : IValidateOptions<LetterOptions>
{
    public ValidateOptionsResult Validate(string? name, LetterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    internal static IReadOnlyList<string> Problems(LetterOptions o)
    {
        var problems = new List<string>();
        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add(problem);
            }
        }

        Require(NumberPart(o.UnitCode), "Letters:UnitCode must be set and contain no '/' or spaces.");
        foreach (var type in Enum.GetValues<LetterType>())
        {
            Require(o.ClassificationCodes.TryGetValue(type, out var code) && NumberPart(code),
                $"Letters:ClassificationCodes:{type} must be set and contain no '/' or spaces.");
        }

        Require(!string.IsNullOrWhiteSpace(o.OfficeName), "Letters:OfficeName must be set.");
        Require(!string.IsNullOrWhiteSpace(o.City), "Letters:City must be set.");
        Require(!string.IsNullOrWhiteSpace(o.Signatory.Name), "Letters:Signatory:Name must be set.");
        Require(!string.IsNullOrWhiteSpace(o.Signatory.Title), "Letters:Signatory:Title must be set.");
        Require(o.Signatory.Nip is { Length: 18 } nip && nip.All(char.IsAsciiDigit),
            "Letters:Signatory:Nip must be 18 digits.");
        return problems;
    }

    private static bool NumberPart(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !value.Trim().Any(ch => ch == '/' || char.IsWhiteSpace(ch));
}
