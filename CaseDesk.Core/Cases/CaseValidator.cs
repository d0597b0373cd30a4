using System.Text;
using CaseDesk.Core.Reference;

namespace CaseDesk.Core.Cases;

/// <summary>Intake and edit validation; messages come in the current UI culture (Indonesian by default).</summary>
public static class CaseValidator
{
    public const int NarrativeMinLength = 10;
    public const int NoteMaxLength = 4000;
    public const int MinimumWorkingAge = 18;

    // Kemendagri province codes (the first two NIK digits), including the Papua provinces created in 2022.
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96,
    ];

    private static readonly HashSet<string> RegencyCodes =
        Regency.SulawesiTenggara.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> CountryCodes =
        Country.Destinations.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    // Free-text limits mirror Data/Configurations/CaseConfiguration.cs; identifiers, codes and phone numbers are
    // bounded by their own format rules.
    private static readonly (string Field, Func<CaseInput, string?> Value, int Max)[] TextLimits =
    [
        (nameof(CaseInput.WorkerName), i => i.WorkerName, 150),
        (nameof(CaseInput.HomeVillage), i => i.HomeVillage, 100),
        (nameof(CaseInput.ComplainantName), i => i.ComplainantName, 150),
        (nameof(CaseInput.ComplainantRelation), i => i.ComplainantRelation, 60),
        (nameof(CaseInput.EmployerName), i => i.EmployerName, 200),
        (nameof(CaseInput.PlacementCompanyName), i => i.PlacementCompanyName, 200),
        (nameof(CaseInput.PlacementCompanyLicenceNo), i => i.PlacementCompanyLicenceNo, 60),
        (nameof(CaseInput.Representation), i => i.Representation, 100),
        (nameof(CaseInput.Narrative), i => i.Narrative, 8000),
    ];

    public static IReadOnlyList<FieldError> Validate(CaseInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, message));
        void Required(string field) => Add(field, CaseText.Format("Validation_Required", CaseText.Field(field)));
        void Option<TEnum>(string field, TEnum? value, bool required) where TEnum : struct, Enum
        {
            if (value is null)
            {
                if (required)
                {
                    Required(field);
                }
            }
            else if (!Enum.IsDefined(value.Value))
            {
                Add(field, CaseText.Format("Validation_InvalidOption", CaseText.Field(field)));
            }
        }

        Option(nameof(CaseInput.Kind), (CaseKind?)input.Kind, required: true);
        Option(nameof(CaseInput.Sector), input.Sector, required: true);
        Option(nameof(CaseInput.WorkerSex), input.WorkerSex, required: true);
        Option(nameof(CaseInput.Category), input.Category, required: true);
        Option(nameof(CaseInput.Channel), input.Channel, required: true);
        Option(nameof(CaseInput.EmployerType), input.EmployerType, required: false);

        if (Clean(input.WorkerName) is null)
        {
            Required(nameof(CaseInput.WorkerName));
        }

        var regency = Clean(input.HomeRegencyCode);
        if (regency is null)
        {
            Required(nameof(CaseInput.HomeRegencyCode));
        }
        else if (!RegencyCodes.Contains(regency))
        {
            Add(nameof(CaseInput.HomeRegencyCode), CaseText.Get("Validation_UnknownRegency"));
        }

        var narrative = Clean(input.Narrative);
        if (narrative is null)
        {
            Required(nameof(CaseInput.Narrative));
        }
        else if (narrative.Length < NarrativeMinLength)
        {
            Add(nameof(CaseInput.Narrative), CaseText.Format("Validation_NarrativeTooShort", NarrativeMinLength));
        }

        ValidateIdentity(input, Add);
        ValidatePhones(input, Add, Required);
        ValidateDates(input, today, Add);

        var destination = NormalizeCountryCode(input.DestinationCountryCode);
        if (destination is null)
        {
            // Every kind is about work abroad: even a failed departure had a destination.
            Required(nameof(CaseInput.DestinationCountryCode));
        }
        else if (!CountryCodes.Contains(destination))
        {
            Add(nameof(CaseInput.DestinationCountryCode),
                CaseText.Format("Validation_UnknownCountry", CaseText.Field(nameof(CaseInput.DestinationCountryCode))));
        }

        var employerCountry = NormalizeCountryCode(input.EmployerCountryCode);
        if (employerCountry is not null && !IsCountryCodeFormat(employerCountry))
        {
            Add(nameof(CaseInput.EmployerCountryCode),
                CaseText.Format("Validation_CountryCode", CaseText.Field(nameof(CaseInput.EmployerCountryCode))));
        }

        if (input.Kind == CaseKind.Mediation && Clean(input.PlacementCompanyName) is null
            && Clean(input.EmployerName) is null)
        {
            var message = CaseText.Get("Validation_RespondentRequired");
            Add(nameof(CaseInput.PlacementCompanyName), message);
            Add(nameof(CaseInput.EmployerName), message);
        }

        if (!input.ComplainantIsWorker)
        {
            if (Clean(input.ComplainantName) is null)
            {
                Required(nameof(CaseInput.ComplainantName));
            }

            if (Clean(input.ComplainantRelation) is null)
            {
                Required(nameof(CaseInput.ComplainantRelation));
            }
        }

        foreach (var (field, value, max) in TextLimits)
        {
            if (Clean(value(input)) is { } text && text.Length > max)
            {
                Add(field, CaseText.Format("Validation_MaxLength", CaseText.Field(field), max));
            }
            else if (HasForbiddenCharacters(value(input), multiline: field == nameof(CaseInput.Narrative)))
            {
                Add(field, CaseText.Format("Validation_ForbiddenCharacters", CaseText.Field(field)));
            }
        }

        return errors;
    }

    /// <summary>Null when valid (or empty: whether a NIK is required is decided by <see cref="Validate"/>),
    /// otherwise the message.</summary>
    /// <remarks>A NIK is 16 digits: province (2), regency (2), district (2), birth date DDMMYY with 40 added to the
    /// day for women (6), serial (4).</remarks>
    public static string? ValidateNik(string? nik)
    {
        var value = NormalizeNik(nik);
        if (value is null)
        {
            return null;
        }

        if (value.Length != 16 || !value.All(char.IsAsciiDigit))
        {
            return CaseText.Get("Validation_NikDigits");
        }

        var province = int.Parse(value.AsSpan(0, 2), provider: null);
        if (!ProvinceCodes.Contains(province))
        {
            return CaseText.Format("Validation_NikProvince", value[..2]);
        }

        var day = int.Parse(value.AsSpan(6, 2), provider: null);
        var month = int.Parse(value.AsSpan(8, 2), provider: null);
        if (day > 40)
        {
            day -= 40;
        }

        // The century is not encoded, so 29 February is accepted for any year.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return CaseText.Get("Validation_NikBirthDate");
        }

        return null;
    }

    /// <summary>Null when valid or empty, otherwise the message.</summary>
    /// <remarks>
    /// Indonesian passports (the workers are Indonesian citizens) carry one or two letters followed by six or seven
    /// digits: "B1234567" (ordinary, 8 characters), "AB123456", "X123456" (older books). Spaces are ignored and
    /// letters are compared in upper case; the stored form is <see cref="NormalizePassport"/>'s.
    /// </remarks>
    public static string? ValidatePassport(string? passportNo)
    {
        var value = NormalizePassport(passportNo);
        if (value is null)
        {
            return null;
        }

        var letters = 0;
        while (letters < value.Length && char.IsAsciiLetterUpper(value[letters]))
        {
            letters++;
        }

        var digits = value.Length - letters;
        return letters is 1 or 2 && digits is 6 or 7 && value.Skip(letters).All(char.IsAsciiDigit)
            ? null
            : CaseText.Get("Validation_Passport");
    }

    /// <summary>Normalizes to E.164 (+62… for Indonesian numbers); null when the input is not a phone number.</summary>
    /// <remarks>
    /// Accepts spaces, dashes, dots and parentheses as separators. Without a leading "+" (or "00") a number is
    /// Indonesian: "0812…" (trunk prefix) or "62812…". Indonesian numbers have 9–13 digits after +62; other countries
    /// are kept as given and only checked against E.164's limit of 15 digits (at least 8).
    /// </remarks>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var text = phone.Trim();
        var international = false;
        var digits = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '+' && i == 0)
            {
                international = true;
            }
            else if (char.IsAsciiDigit(ch))
            {
                digits.Append(ch);
            }
            else if (ch is not (' ' or '-' or '.' or '(' or ')'))
            {
                return null;
            }
        }

        var number = digits.ToString();
        if (!international && number.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            number = number[2..];
        }

        string national;
        if (number.StartsWith("62", StringComparison.Ordinal))
        {
            national = number[2..];
        }
        else if (international)
        {
            return number.Length is >= 8 and <= 15 && number[0] != '0' ? "+" + number : null;
        }
        else if (number.StartsWith('0'))
        {
            national = number[1..];
        }
        else
        {
            return null;
        }

        // "+62 0812…": the trunk zero typed after the country code.
        if (national.StartsWith('0'))
        {
            national = national[1..];
        }

        return national.Length is >= 9 and <= 13 && national[0] != '0' ? "+62" + national : null;
    }

    /// <summary>The NIK as stored: whitespace removed; null when empty.</summary>
    public static string? NormalizeNik(string? nik) => RemoveWhitespace(nik);

    /// <summary>The passport number as stored: whitespace removed, upper case; null when empty.</summary>
    public static string? NormalizePassport(string? passportNo) => RemoveWhitespace(passportNo)?.ToUpperInvariant();

    internal static string? NormalizeCountryCode(string? code) => Clean(code)?.ToUpperInvariant();

    /// <summary>Trimmed text, or null when empty.</summary>
    /// <summary>Control characters (a NUL, an escape) and bidirectional overrides have no place in a name or a
    /// story typed at the counter: they hide text in lists and letters, or reorder it (a spoofed name). Line breaks
    /// and tabs are allowed where the field is multi-line.</summary>
    internal static bool HasForbiddenCharacters(string? text, bool multiline) =>
        text is not null && text.Any(ch =>
            (char.IsControl(ch) && !(multiline && ch is '\n' or '\r' or '\t'))
            || ch is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        return on < dateOfBirth.AddYears(age) ? age - 1 : age;
    }

    private static void ValidateIdentity(CaseInput input, Action<string, string> add)
    {
        var nik = NormalizeNik(input.WorkerNik);
        var passport = NormalizePassport(input.WorkerPassportNo);
        if (nik is null && passport is null)
        {
            var message = CaseText.Get("Validation_IdentityRequired");
            add(nameof(CaseInput.WorkerNik), message);
            add(nameof(CaseInput.WorkerPassportNo), message);
            return;
        }

        if (ValidateNik(nik) is { } nikError)
        {
            add(nameof(CaseInput.WorkerNik), nikError);
        }

        if (ValidatePassport(passport) is { } passportError)
        {
            add(nameof(CaseInput.WorkerPassportNo), passportError);
        }
    }

    private static void ValidatePhones(CaseInput input, Action<string, string> add, Action<string> required)
    {
        void Phone(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && NormalizePhone(value) is null)
            {
                add(field, CaseText.Format("Validation_Phone", CaseText.Field(field)));
            }
        }

        Phone(nameof(CaseInput.WorkerPhone), input.WorkerPhone);
        if (!input.ComplainantIsWorker)
        {
            if (string.IsNullOrWhiteSpace(input.ComplainantPhone))
            {
                required(nameof(CaseInput.ComplainantPhone));
            }
            else
            {
                Phone(nameof(CaseInput.ComplainantPhone), input.ComplainantPhone);
            }
        }
    }

    private static void ValidateDates(CaseInput input, DateOnly today, Action<string, string> add)
    {
        var birth = input.WorkerDateOfBirth;
        var departure = input.DepartureDate;
        var birthOk = true;
        var departureOk = true;
        if (birth > today)
        {
            add(nameof(CaseInput.WorkerDateOfBirth), CaseText.Get("Validation_DobFuture"));
            birthOk = false;
        }

        if (departure > today)
        {
            add(nameof(CaseInput.DepartureDate), CaseText.Get("Validation_DepartureFuture"));
            departureOk = false;
        }

        if (birth is null || !birthOk || !departureOk)
        {
            return;
        }

        if (departure < birth)
        {
            add(nameof(CaseInput.DepartureDate), CaseText.Get("Validation_DepartureBeforeBirth"));
            return;
        }

        // Placement below 18 is forbidden (UU 18/2017); such cases exist (trafficking), so the officer may
        // acknowledge and record them.
        var age = AgeOn(birth.Value, departure ?? today);
        if (age < MinimumWorkingAge && !input.UnderageAcknowledged)
        {
            add(nameof(CaseInput.WorkerDateOfBirth), CaseText.Format("Validation_Underage", age));
        }
    }

    private static bool IsCountryCodeFormat(string code) => code.Length == 2 && code.All(char.IsAsciiLetterUpper);

    private static string? RemoveWhitespace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
