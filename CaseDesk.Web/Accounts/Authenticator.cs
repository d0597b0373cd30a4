using System.Text;
using QRCoder;

namespace CaseDesk.Web.Accounts;

/// <summary>What an authenticator app needs to enrol: the shared key as people read it, the otpauth URI and its QR
/// code (an SVG rendered on the server: the CSP allows no inline script).</summary>
public static class Authenticator
{
    public const string Issuer = "CaseDesk BP3MI Sultra";

    /// <summary>Recovery codes issued at enrolment and on regeneration.</summary>
    public const int RecoveryCodeCount = 10;

    /// <summary>The key in groups of four, e.g. "ABCD EFGH IJKL".</summary>
    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToUpperInvariant();
    }

    /// <summary>The Key URI Format of Google Authenticator (TOTP, SHA-1, 6 digits, 30 s), which every app reads.</summary>
    public static string OtpAuthUri(string account, string key) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}" +
            $"?secret={Uri.EscapeDataString(key)}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>The QR code of <paramref name="uri"/> as an SVG element sized by CSS.</summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>An authenticator code as typed: spaces and dashes people add while reading it off a phone are dropped.</summary>
    public static string NormalizeCode(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    /// <summary>A recovery code as typed: Identity stores them as "XXXXX-XXXXX", so only spaces are dropped.</summary>
    public static string NormalizeRecoveryCode(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
