using System.Collections.Frozen;
using CaseDesk.Core.Cases;
using Microsoft.AspNetCore.Identity;

namespace CaseDesk.Core.Accounts;

/// <summary>
/// The password rules of OWASP ASVS 5.0 V6.2: a minimum length and no composition rules (they make passwords harder
/// to remember, not to guess), but no common or context-specific password.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 8;

    /// <summary>What the forms suggest: long passphrases are easier to remember and harder to guess.</summary>
    public const int RecommendedLength = 15;

    /// <summary>Length only; <see cref="CommonPasswordValidator"/> does the rest.</summary>
    public static void Apply(PasswordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RequiredLength = MinimumLength;
        options.RequireDigit = false;
        options.RequireLowercase = false;
        options.RequireUppercase = false;
        options.RequireNonAlphanumeric = false;
        options.RequiredUniqueChars = 1;
    }
}

/// <summary>
/// Refuses passwords from the bundled list of common ones (CommonPasswords.txt: international top lists plus
/// Indonesian and office words such as "bismillah", "merdeka45", "kendari"), also when they only add digits or
/// punctuation ("Bismillah2026!"), and passwords built on the account's own name or e-mail.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(Check(password, user.Email, user.DisplayName) is { } error
            ? IdentityResult.Failed(error)
            : IdentityResult.Success);
    }

    internal static IdentityError? Check(string? password, string? email, string? displayName)
    {
        if (string.IsNullOrEmpty(password))
        {
            return null; // the length rule reports it
        }

        var lower = password.ToLowerInvariant();
        var core = lower.TrimEnd("0123456789!@#$%^&*()-_=+.,?;:~ ".ToCharArray());
        if (Common.Value.Contains(lower) || Common.Value.Contains(core) || IsRepetitive(lower))
        {
            return new IdentityError { Code = "PasswordCommon", Description = CaseText.Get("Password_Common") };
        }

        var words = new[] { email?.Split('@')[0], displayName }
            .SelectMany(w => (w ?? "").ToLowerInvariant().Split([' ', '.', '_', '-', '@'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4);
        if (words.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            return new IdentityError { Code = "PasswordPersonal", Description = CaseText.Get("Password_Personal") };
        }

        return null;
    }

    // "aaaaaaaa", "12121212", "abcabcab": one short unit repeated.
    private static bool IsRepetitive(string password)
    {
        for (var unit = 1; unit <= 3; unit++)
        {
            var repeated = true;
            for (var i = unit; i < password.Length && repeated; i++)
            {
                repeated = password[i] == password[i % unit];
            }

            if (repeated)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly
            .GetManifestResourceStream("CaseDesk.Core.Accounts.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The bundled list of common passwords is missing.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim().ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}

/// <summary>Identity's messages in the reader's language (Indonesian by default) instead of its English ones.</summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = CaseText.Format("Password_TooShort", length, PasswordPolicy.RecommendedLength) };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = CaseText.Get("Password_Mismatch") };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = CaseText.Format("Account_DuplicateEmail", email) };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = CaseText.Format("Account_DuplicateEmail", userName) };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = CaseText.Format("Account_InvalidEmail", email ?? "") };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = CaseText.Format("Account_InvalidEmail", userName ?? "") };
}
