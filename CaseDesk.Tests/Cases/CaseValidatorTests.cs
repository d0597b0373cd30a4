using CaseDesk.Core.Cases;

namespace CaseDesk.Tests.Cases;

public sealed class CaseValidatorTests
{
    private static readonly DateOnly Today = CaseTestData.Today;

    [Theory]
    [InlineData("7414015505900001")] // female, born 15-05-1990
    [InlineData("7414011505900001")] // male, same date
    [InlineData("3171010101000001")] // DKI Jakarta
    [InlineData("9601012912990001")] // Papua Barat Daya (96), 29-12
    [InlineData("1101012902000001")] // 29 February: the century is not encoded
    [InlineData("7414017101900001")] // female born 31 January (31 + 40)
    [InlineData(" 7414 0155 0590 0001 ")] // spaces are ignored
    [InlineData(null)]
    [InlineData("")]
    public void ValidateNik_GoodNumbers_ReturnNull(string? nik) => Assert.Null(CaseValidator.ValidateNik(nik));

    [Theory]
    [InlineData("2014011505900001")] // 20 is no province
    [InlineData("1014011505900001")] // 10
    [InlineData("7714011505900001")] // 77
    [InlineData("9714011505900001")] // 97
    [InlineData("741401150590001")] // 15 digits
    [InlineData("74140115059000012")] // 17 digits
    [InlineData("74140115059O0001")] // letter O
    [InlineData("7414010005900001")] // day 00
    [InlineData("7414013205900001")] // day 32
    [InlineData("7414014005900001")] // day 40 (female day 0)
    [InlineData("7414017205900001")] // day 72 (female 32)
    [InlineData("7414011513900001")] // month 13
    [InlineData("7414011500900001")] // month 00
    [InlineData("7414013102900001")] // 31 February
    [InlineData("7414017002900001")] // female 30 February
    public void ValidateNik_BadNumbers_ReturnMessage(string nik) => Assert.NotNull(CaseValidator.ValidateNik(nik));

    [Theory]
    [InlineData("B1234567")]
    [InlineData("b1234567")]
    [InlineData("B 123 4567")]
    [InlineData("AB123456")]
    [InlineData("AB1234567")]
    [InlineData("X123456")]
    [InlineData(null)]
    public void ValidatePassport_GoodNumbers_ReturnNull(string? passport) =>
        Assert.Null(CaseValidator.ValidatePassport(passport));

    [Theory]
    [InlineData("1234567")]
    [InlineData("B12345")]
    [InlineData("B12345678")]
    [InlineData("ABC123456")]
    [InlineData("B123-4567")]
    [InlineData("12345678B")]
    public void ValidatePassport_BadNumbers_ReturnMessage(string passport) =>
        Assert.NotNull(CaseValidator.ValidatePassport(passport));

    [Fact]
    public void NormalizePassport_LowerCaseWithSpaces_UpperCaseWithout() =>
        Assert.Equal("B1234567", CaseValidator.NormalizePassport(" b 123 4567 "));

    [Theory]
    [InlineData("0812-3456-7890", "+6281234567890")]
    [InlineData("081234567890", "+6281234567890")]
    [InlineData("62812 3456 789", "+628123456789")]
    [InlineData("+62 812-3456-789", "+628123456789")]
    [InlineData("+62 0812 3456 789", "+628123456789")]
    [InlineData("0062 812 3456 789", "+628123456789")]
    [InlineData("(0401) 312-345", "+62401312345")]
    [InlineData("+60 12-345 6789", "+60123456789")]
    [InlineData("0060 12 345 6789", "+60123456789")]
    [InlineData("+966 50 123 4567", "+966501234567")]
    public void NormalizePhone_AcceptedForms_ReturnE164(string input, string expected) =>
        Assert.Equal(expected, CaseValidator.NormalizePhone(input));

    [Theory]
    [InlineData("0812-ABCD-7890")] // letters
    [InlineData("0812 3456 789x")]
    [InlineData("08123")] // too short
    [InlineData("0812345")] // 7 digits after +62
    [InlineData("081234567890123")] // 14 digits: 13 is the maximum
    [InlineData("+1 234")] // too short for E.164 use
    [InlineData("+1234567890123456")] // 16 digits: over E.164's 15
    [InlineData("812345678")] // no trunk or country prefix
    [InlineData("+0 812 3456")]
    [InlineData("12+345678901")]
    [InlineData("")]
    [InlineData(null)]
    public void NormalizePhone_NotAPhoneNumber_ReturnsNull(string? input) => Assert.Null(CaseValidator.NormalizePhone(input));

    [Fact]
    public void NormalizePhone_ThirteenNationalDigits_Accepted() =>
        Assert.Equal("+628123456789012", CaseValidator.NormalizePhone("0812 3456 789012"));

    [Fact]
    public void Validate_ValidComplaint_NoErrors() => Assert.Empty(CaseValidator.Validate(CaseTestData.Valid(), Today));

    [Theory]
    [InlineData(CaseKind.Complaint)]
    [InlineData(CaseKind.Mediation)]
    [InlineData(CaseKind.Repatriation)]
    public void Validate_ValidInputOfEachKind_NoErrors(CaseKind kind) =>
        Assert.Empty(CaseValidator.Validate(CaseTestData.Valid(kind), Today));

    [Fact]
    public void Validate_EmptyForm_ReportsEveryRequiredField()
    {
        var fields = Fields(new CaseInput());

        string[] required =
        [
            "WorkerName", "WorkerSex", "HomeRegencyCode", "Sector", "Category", "Channel", "Narrative",
            "WorkerNik", "WorkerPassportNo", "DestinationCountryCode",
        ];
        Assert.All(required, f => Assert.Contains(f, fields));
    }

    [Fact]
    public void Validate_PassportWithoutNik_Accepted()
    {
        var input = CaseTestData.Valid();
        input.WorkerNik = null;
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Fact]
    public void Validate_NikWithoutPassport_Accepted()
    {
        var input = CaseTestData.Valid();
        input.WorkerPassportNo = "  ";
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Fact]
    public void Validate_BadNikAndPassport_ErrorsOnBothFields()
    {
        var input = CaseTestData.Valid();
        input.WorkerNik = "2014011505900001";
        input.WorkerPassportNo = "123";
        Assert.Equal(["WorkerNik", "WorkerPassportNo"], Fields(input));
    }

    [Fact]
    public void Validate_MediationWithoutRespondent_ErrorsOnRespondentFields()
    {
        var input = CaseTestData.Valid(CaseKind.Mediation);
        input.PlacementCompanyName = null;
        input.EmployerName = " ";
        Assert.Equal(["PlacementCompanyName", "EmployerName"], Fields(input));
    }

    [Fact]
    public void Validate_MediationWithEmployerOnly_Accepted()
    {
        var input = CaseTestData.Valid(CaseKind.Mediation);
        input.PlacementCompanyName = null;
        input.EmployerName = "Mr. Tan Ah Kow";
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Theory]
    [InlineData(CaseKind.Complaint)]
    [InlineData(CaseKind.Repatriation)]
    public void Validate_ComplaintOrRepatriationWithoutRespondent_Accepted(CaseKind kind)
    {
        var input = CaseTestData.Valid(kind);
        input.PlacementCompanyName = null;
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Theory]
    [InlineData(CaseKind.Complaint)]
    [InlineData(CaseKind.Mediation)]
    [InlineData(CaseKind.Repatriation)]
    public void Validate_NoDestinationCountry_Error(CaseKind kind)
    {
        var input = CaseTestData.Valid(kind);
        input.DestinationCountryCode = null;
        Assert.Equal(["DestinationCountryCode"], Fields(input));
    }

    [Fact]
    public void Validate_UnknownCountryOrRegency_Errors()
    {
        var input = CaseTestData.Valid();
        input.DestinationCountryCode = "XX";
        input.HomeRegencyCode = "7301";
        Assert.Equal(["HomeRegencyCode", "DestinationCountryCode"], Fields(input));
    }

    [Fact]
    public void Validate_LowerCaseCountry_Accepted()
    {
        var input = CaseTestData.Valid();
        input.DestinationCountryCode = "my";
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Fact]
    public void Validate_ComplainantNotWorkerWithoutDetails_RequiresNameRelationPhone()
    {
        var input = CaseTestData.Valid();
        input.ComplainantIsWorker = false;
        Assert.Equal(["ComplainantPhone", "ComplainantName", "ComplainantRelation"], Fields(input));
    }

    [Fact]
    public void Validate_ComplainantWithBadPhone_Error()
    {
        var input = CaseTestData.Valid();
        input.ComplainantIsWorker = false;
        input.ComplainantName = "La Ode Amir";
        input.ComplainantRelation = "Suami";
        input.ComplainantPhone = "0812-ABC";
        Assert.Equal(["ComplainantPhone"], Fields(input));
    }

    [Fact]
    public void Validate_ComplainantWithValidDetails_Accepted()
    {
        var input = CaseTestData.Valid();
        input.ComplainantIsWorker = false;
        input.ComplainantName = "La Ode Amir";
        input.ComplainantRelation = "Suami";
        input.ComplainantPhone = "0812-3456-7890";
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Fact]
    public void Validate_BadWorkerPhone_Error()
    {
        var input = CaseTestData.Valid();
        input.WorkerPhone = "12";
        Assert.Equal(["WorkerPhone"], Fields(input));
    }

    [Fact]
    public void Validate_ShortNarrative_Error()
    {
        var input = CaseTestData.Valid();
        input.Narrative = "  Gaji.   ";
        Assert.Equal(["Narrative"], Fields(input));
    }

    [Fact]
    public void Validate_TextsOverColumnLength_Errors()
    {
        var input = CaseTestData.Valid();
        input.WorkerName = new string('a', 151);
        input.ComplainantRelation = new string('b', 61); // checked even when unused: it would be dropped anyway
        input.Narrative = new string('c', 8001);
        Assert.Equal(["WorkerName", "ComplainantRelation", "Narrative"], Fields(input));
    }

    [Fact]
    public void Validate_TextsAtColumnLength_Accepted()
    {
        var input = CaseTestData.Valid();
        input.WorkerName = new string('a', 150);
        input.Narrative = new string('c', 8000);
        input.Representation = new string('d', 100);
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Fact]
    public void Validate_UndefinedEnumValue_Error()
    {
        var input = CaseTestData.Valid();
        input.Category = (ComplaintCategory)99;
        Assert.Equal(["Category"], Fields(input));
    }

    [Fact]
    public void Validate_DateOfBirthInFuture_Error()
    {
        var input = CaseTestData.Valid();
        input.WorkerDateOfBirth = Today.AddDays(1);
        input.DepartureDate = null;
        Assert.Equal(["WorkerDateOfBirth"], Fields(input));
    }

    [Fact]
    public void Validate_DepartureInFuture_Error()
    {
        var input = CaseTestData.Valid();
        input.DepartureDate = Today.AddDays(1);
        Assert.Equal(["DepartureDate"], Fields(input));
    }

    [Fact]
    public void Validate_DepartureToday_Accepted()
    {
        var input = CaseTestData.Valid();
        input.DepartureDate = Today;
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Fact]
    public void Validate_DepartureBeforeBirth_Error()
    {
        var input = CaseTestData.Valid();
        input.DepartureDate = new DateOnly(1989, 1, 1);
        Assert.Equal(["DepartureDate"], Fields(input));
    }

    [Fact]
    public void Validate_SeventeenAtDeparture_Rejected()
    {
        var input = CaseTestData.Valid();
        input.WorkerDateOfBirth = new DateOnly(2005, 6, 2);
        input.DepartureDate = new DateOnly(2023, 6, 1); // one day before the 18th birthday
        Assert.Equal(["WorkerDateOfBirth"], Fields(input));
    }

    [Fact]
    public void Validate_EighteenOnDepartureDay_Accepted()
    {
        var input = CaseTestData.Valid();
        input.WorkerDateOfBirth = new DateOnly(2005, 6, 1);
        input.DepartureDate = new DateOnly(2023, 6, 1);
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Fact]
    public void Validate_SeventeenAtDepartureAcknowledged_Accepted()
    {
        var input = CaseTestData.Valid();
        input.WorkerDateOfBirth = new DateOnly(2005, 6, 2);
        input.DepartureDate = new DateOnly(2023, 6, 1);
        input.UnderageAcknowledged = true;
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    [Fact]
    public void Validate_NoDepartureAndSeventeenToday_Rejected()
    {
        var input = CaseTestData.Valid();
        input.DepartureDate = null;
        input.WorkerDateOfBirth = Today.AddYears(-18).AddDays(1);
        Assert.Equal(["WorkerDateOfBirth"], Fields(input));
    }

    [Fact]
    public void Validate_IndonesianCulture_IndonesianMessages()
    {
        using var culture = new UiCulture("id-ID");
        var errors = CaseValidator.Validate(new CaseInput(), Today);

        Assert.Equal("Nama pekerja wajib diisi.", Message(errors, "WorkerName"));
        Assert.Equal("Isi NIK atau nomor paspor (minimal salah satu).", Message(errors, "WorkerNik"));
        Assert.Equal("NIK harus terdiri dari tepat 16 angka.", CaseValidator.ValidateNik("123"));
    }

    [Fact]
    public void Validate_InvariantCulture_FallsBackToIndonesian()
    {
        using var culture = new UiCulture("");
        var errors = CaseValidator.Validate(new CaseInput(), Today);
        Assert.Equal("Nama pekerja wajib diisi.", Message(errors, "WorkerName"));
    }

    [Fact]
    public void Validate_EnglishCulture_EnglishMessages()
    {
        using var culture = new UiCulture("en-US");
        var errors = CaseValidator.Validate(new CaseInput(), Today);

        Assert.Equal("Worker name is required.", Message(errors, "WorkerName"));
        Assert.Equal("Enter the NIK or the passport number (at least one).", Message(errors, "WorkerNik"));
        Assert.Equal("The NIK must be exactly 16 digits.", CaseValidator.ValidateNik("123"));
        Assert.Equal("The first two digits of the NIK (20) are not a valid province code.",
            CaseValidator.ValidateNik("2014011505900001"));
    }

    [Fact]
    public void Validate_UnderageMessage_StatesTheAge()
    {
        using var culture = new UiCulture("en-US");
        var input = CaseTestData.Valid();
        input.WorkerDateOfBirth = new DateOnly(2006, 1, 1);
        input.DepartureDate = new DateOnly(2022, 12, 31);
        Assert.StartsWith("The worker was only 16 at departure", Message(CaseValidator.Validate(input, Today), "WorkerDateOfBirth"));
    }

    private static List<string> Fields(CaseInput input) =>
        CaseValidator.Validate(input, Today).Select(e => e.Field).ToList();

    [Theory]
    [InlineData("La Ode\u0000Hamsah")]
    [InlineData("Wa Ode\u001b[31m")]
    [InlineData("Wa \u202eedO")]
    public void Validate_NameWithHiddenCharacters_SaysSoInIndonesian(string name)
    {
        var input = CaseTestData.Valid();
        input.WorkerName = name;

        var errors = CaseValidator.Validate(input, Today);

        Assert.Equal("Nama pekerja berisi karakter tersembunyi yang tidak diperbolehkan (misalnya karakter kontrol). " +
            "Ketik ulang isian ini.", Message(errors, nameof(CaseInput.WorkerName)));
    }

    [Fact]
    public void Validate_NarrativeWithLineBreaksAndTabs_IsValid()
    {
        var input = CaseTestData.Valid();
        input.Narrative = "Gaji tidak dibayar.\r\n\tMajikan menahan paspor.";
        Assert.Empty(CaseValidator.Validate(input, Today));
    }

    private static string Message(IReadOnlyList<FieldError> errors, string field) =>
        Assert.Single(errors, e => e.Field == field).Message;
}
