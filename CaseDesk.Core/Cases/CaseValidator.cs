namespace CaseDesk.Core.Cases;

/// <summary>Intake and edit validation; messages come in the current UI culture (Indonesian by default).</summary>
public static class CaseValidator
{
    public static IReadOnlyList<FieldError> Validate(CaseInput input, DateOnly today) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");

    /// <summary>Null when valid, otherwise the message.</summary>
    public static string? ValidateNik(string? nik) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");

    public static string? ValidatePassport(string? passportNo) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");

    /// <summary>Normalizes to E.164 (+62… for Indonesian numbers); null when the input is not a phone number.</summary>
    public static string? NormalizePhone(string? phone) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");
}
