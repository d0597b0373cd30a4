using System.Security.Claims;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Web.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CaseDesk.Web.Components.Account;

/// <summary>
/// Two-factor sign-in for supervisors, the head and admins: enrol an authenticator app (key, QR code, a verified
/// code), see the recovery codes once, regenerate them, switch two-factor off (not an admin when it is required).
/// Static like the sign-in page: enrolling re-issues the sign-in cookie.
/// </summary>
public sealed partial class TwoFactor
{
    public const string AllowedRoles = Roles.Supervisor + "," + Roles.Head + "," + Roles.Admin;

    private AppUser user = default!;
    private bool enabled;
    private bool required;
    private bool mustEnrol;
    private int codesLeft;
    private string? sharedKey;
    private string? otpAuthUri;
    private string? qrSvg;
    private string? errorMessage;
    private string? message;
    private IReadOnlyList<string>? recoveryCodes;

    [Inject]
    private UserManager<AppUser> Users { get; set; } = default!;

    [Inject]
    private SignInManager<AppUser> SignIn { get; set; } = default!;

    [Inject]
    private IOptions<AccountSecurityOptions> Options { get; set; } = default!;

    [Inject]
    private RecordAuditEvent Audit { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<TwoFactor> L { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "enable")]
    private EnableInput Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        if (await Users.GetUserAsync(HttpContext.User) is not { } found)
        {
            Navigation.NavigateTo(AccountEndpoints.LoginPath, forceLoad: true);
            return;
        }

        user = found;
        required = Options.Value.RequireTwoFactorForAdmin && await Users.IsInRoleAsync(user, Roles.Admin);
        mustEnrol = TwoFactorRequirement.MustEnrol(HttpContext.User, Options.Value);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        enabled = await Users.GetTwoFactorEnabledAsync(user);
        codesLeft = enabled ? await Users.CountRecoveryCodesAsync(user) : 0;
        if (enabled)
        {
            sharedKey = null;
            return;
        }

        sharedKey = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(sharedKey))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            sharedKey = await Users.GetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp: keep this session's cookie valid.
            await SignIn.RefreshSignInAsync(user);
        }

        otpAuthUri = Authenticator.OtpAuthUri(user.Email ?? user.UserName ?? user.Id, sharedKey!);
        qrSvg = Authenticator.QrSvg(otpAuthUri);
    }

    private async Task EnableAsync()
    {
        if (enabled)
        {
            return;
        }

        var code = Authenticator.NormalizeCode(Input.Code);
        var valid = code.Length > 0 && await Users.VerifyTwoFactorTokenAsync(
            user, Users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            errorMessage = L["InvalidCode"];
            return;
        }

        await Users.SetTwoFactorEnabledAsync(user, true);
        recoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, Authenticator.RecoveryCodeCount) ?? []];
        await RecordAsync(AuditAction.TwoFactorEnabled);
        // The cookie now carries the enrolled claim, which lets an admin past the requirement.
        await SignIn.RefreshSignInAsync(user);
        mustEnrol = false;
        message = L["Enabled"];
        await LoadAsync();
    }

    private async Task RegenerateAsync()
    {
        if (!enabled)
        {
            return;
        }

        recoveryCodes = [.. await Users.GenerateNewTwoFactorRecoveryCodesAsync(user, Authenticator.RecoveryCodeCount) ?? []];
        await RecordAsync(AuditAction.RecoveryCodesGenerated);
        message = L["Regenerated"];
        await LoadAsync();
    }

    private async Task DisableAsync()
    {
        if (!enabled)
        {
            return;
        }

        if (required)
        {
            errorMessage = L["DisableNotAllowed"];
            return;
        }

        await Users.SetTwoFactorEnabledAsync(user, false);
        // A later enrolment starts from a new key: the old one may be on a lost phone.
        await Users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(AuditAction.TwoFactorDisabled);
        await SignIn.RefreshSignInAsync(user);
        message = L["Disabled"];
        await LoadAsync();
    }

    private Task RecordAsync(AuditAction action) =>
        Audit.ExecuteAsync(new AuditRecord(action, user.Id, user.DisplayName,
            HttpContext.Connection.RemoteIpAddress?.ToString(), new { email = user.Email }));

    private sealed class EnableInput
    {
        public string Code { get; set; } = "";
    }
}
