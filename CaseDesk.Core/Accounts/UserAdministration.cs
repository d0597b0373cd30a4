using System.Text.Json;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Core.Accounts;

/// <summary>One account as the admin page lists it. <see cref="LockedOutUntilUtc"/> is a temporary lockout after
/// failed sign-ins; a disabled account has no end date.</summary>
public sealed record UserRow(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool Disabled,
    DateTime? LockedOutUntilUtc, bool TwoFactorEnabled);

/// <summary>A new account: e-mail (also the user name), display name, roles and the initial password.</summary>
public sealed record NewUserInput(string? Email, string? DisplayName, IReadOnlyCollection<string> Roles, string? Password);

public sealed record UserCommandResult(CommandOutcome Outcome, IReadOnlyList<FieldError> Errors, string? UserId = null)
{
    public bool Succeeded => Outcome == CommandOutcome.Succeeded;
}

/// <summary>What the audit trail keeps of a user change: never a password.</summary>
public sealed record UserAuditDetail(string UserId, string Email, IReadOnlyList<string>? Roles = null,
    IReadOnlyList<string>? PreviousRoles = null);

/// <summary>The accounts for the admin page, admins first, then by name.</summary>
public sealed class UserQueries(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!UserAdmin.IsAdmin(actor))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(ct);
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            select new { ur.UserId, r.Name }).AsNoTracking().ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = clock.GetUtcNow();
        return [.. users
            .Select(u => new UserRow(u.Id, u.Email ?? "", u.DisplayName,
                [.. Roles.All.Where(r => roles[u.Id].Contains(r))],
                UserAdmin.IsDisabled(u.LockoutEnd),
                !UserAdmin.IsDisabled(u.LockoutEnd) && u.LockoutEnd > now ? u.LockoutEnd.Value.UtcDateTime : null,
                u.TwoFactorEnabled))
            .OrderBy(u => u.Disabled)
            .ThenBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }
}

/// <summary>Creates an account with an initial password the admin hands over; there is no self-registration.</summary>
public sealed class CreateUser(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int DisplayNameMaxLength = 100;

    public async Task<UserCommandResult> ExecuteAsync(NewUserInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!UserAdmin.IsAdmin(actor))
        {
            return UserAdmin.NotAllowed;
        }

        var errors = new List<FieldError>();
        var email = input.Email?.Trim();
        var name = input.DisplayName?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            errors.Add(new(nameof(NewUserInput.Email), CaseText.Get("Users_EmailRequired")));
        }

        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new(nameof(NewUserInput.DisplayName), CaseText.Get("Users_NameRequired")));
        }
        else if (name.Length > DisplayNameMaxLength)
        {
            errors.Add(new(nameof(NewUserInput.DisplayName), CaseText.Format("Users_NameTooLong", DisplayNameMaxLength)));
        }

        errors.AddRange(UserAdmin.CheckRoles(input.Roles));
        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add(new(nameof(NewUserInput.Password), CaseText.Get("Users_PasswordRequired")));
        }

        if (errors.Count > 0)
        {
            return new UserCommandResult(CommandOutcome.Invalid, errors);
        }

        return await UserAdmin.RunAsync(scopes, async (users, db) =>
        {
            var user = new AppUser { UserName = email, Email = email, DisplayName = name!, EmailConfirmed = true };
            var created = await users.CreateAsync(user, input.Password!);
            if (!created.Succeeded)
            {
                return UserAdmin.Invalid(created);
            }

            var roles = Roles.All.Where(input.Roles.Contains).ToList();
            UserAdmin.Ensure(await users.AddToRolesAsync(user, roles));
            UserAdmin.Audit(db, clock, actor, AuditAction.UserCreated, new UserAuditDetail(user.Id, email!, roles));
            return new UserCommandResult(CommandOutcome.Succeeded, [], user.Id);
        }, ct);
    }
}

/// <summary>Sets a user's roles. The last enabled admin keeps the Admin role, and nobody removes their own.</summary>
public sealed class ChangeUserRoles(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<UserCommandResult> ExecuteAsync(string userId, IReadOnlyCollection<string> roles, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(actor);
        if (!UserAdmin.IsAdmin(actor))
        {
            return UserAdmin.NotAllowed;
        }

        if (UserAdmin.CheckRoles(roles) is { Count: > 0 } invalid)
        {
            return new UserCommandResult(CommandOutcome.Invalid, invalid);
        }

        return await UserAdmin.RunAsync(scopes, async (users, db) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return UserAdmin.NotFound;
            }

            var before = (await users.GetRolesAsync(user)).ToHashSet();
            var after = Roles.All.Where(roles.Contains).ToHashSet();
            if (before.Contains(Roles.Admin) && !after.Contains(Roles.Admin))
            {
                if (user.Id == actor.UserId)
                {
                    return UserAdmin.Refused("Users_OwnAdminRole");
                }

                if (await UserAdmin.IsLastEnabledAdminAsync(db, user))
                {
                    return UserAdmin.Refused("Users_LastAdmin");
                }
            }

            if (before.SetEquals(after))
            {
                return new UserCommandResult(CommandOutcome.Succeeded, [], user.Id);
            }

            UserAdmin.Ensure(await users.RemoveFromRolesAsync(user, before.Except(after)));
            UserAdmin.Ensure(await users.AddToRolesAsync(user, after.Except(before)));
            // New roles take effect at the next sign-in; removed ones must end open sessions now.
            UserAdmin.Ensure(await users.UpdateSecurityStampAsync(user));
            UserAdmin.Audit(db, clock, actor, AuditAction.UserRolesChanged, new UserAuditDetail(user.Id, user.Email ?? "",
                [.. Roles.All.Where(after.Contains)], [.. Roles.All.Where(before.Contains)]));
            return new UserCommandResult(CommandOutcome.Succeeded, [], user.Id);
        }, ct);
    }
}

/// <summary>Disables an account: a lockout without end, and a new security stamp so open sessions end at the next
/// revalidation. Nobody disables themselves or the last enabled admin.</summary>
public sealed class DisableUser(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<UserCommandResult> ExecuteAsync(string userId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!UserAdmin.IsAdmin(actor))
        {
            return UserAdmin.NotAllowed;
        }

        if (userId == actor.UserId)
        {
            return UserAdmin.Refused("Users_DisableSelf");
        }

        return await UserAdmin.RunAsync(scopes, async (users, db) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return UserAdmin.NotFound;
            }

            if (UserAdmin.IsDisabled(user.LockoutEnd))
            {
                return new UserCommandResult(CommandOutcome.Succeeded, [], user.Id);
            }

            if (await users.IsInRoleAsync(user, Roles.Admin) && await UserAdmin.IsLastEnabledAdminAsync(db, user))
            {
                return UserAdmin.Refused("Users_LastAdmin");
            }

            UserAdmin.Ensure(await users.SetLockoutEnabledAsync(user, true));
            UserAdmin.Ensure(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
            UserAdmin.Ensure(await users.UpdateSecurityStampAsync(user));
            UserAdmin.Audit(db, clock, actor, AuditAction.UserDisabled, new UserAuditDetail(user.Id, user.Email ?? ""));
            return new UserCommandResult(CommandOutcome.Succeeded, [], user.Id);
        }, ct);
    }
}

/// <summary>Enables a disabled account again (also ends a temporary lockout after failed sign-ins).</summary>
public sealed class EnableUser(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<UserCommandResult> ExecuteAsync(string userId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!UserAdmin.IsAdmin(actor))
        {
            return UserAdmin.NotAllowed;
        }

        return await UserAdmin.RunAsync(scopes, async (users, db) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return UserAdmin.NotFound;
            }

            UserAdmin.Ensure(await users.SetLockoutEndDateAsync(user, null));
            UserAdmin.Ensure(await users.ResetAccessFailedCountAsync(user));
            UserAdmin.Audit(db, clock, actor, AuditAction.UserEnabled, new UserAuditDetail(user.Id, user.Email ?? ""));
            return new UserCommandResult(CommandOutcome.Succeeded, [], user.Id);
        }, ct);
    }
}

/// <summary>Sets a temporary password the admin hands over; open sessions of the account end.</summary>
public sealed class ResetUserPassword(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<UserCommandResult> ExecuteAsync(string userId, string? newPassword, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!UserAdmin.IsAdmin(actor))
        {
            return UserAdmin.NotAllowed;
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            return new UserCommandResult(CommandOutcome.Invalid,
                [new(nameof(NewUserInput.Password), CaseText.Get("Users_PasswordRequired"))]);
        }

        return await UserAdmin.RunAsync(scopes, async (users, db) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return UserAdmin.NotFound;
            }

            // The reset token route validates the new password before anything changes and renews the security stamp.
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, newPassword);
            if (!reset.Succeeded)
            {
                return UserAdmin.Invalid(reset);
            }

            UserAdmin.Ensure(await users.ResetAccessFailedCountAsync(user));
            UserAdmin.Audit(db, clock, actor, AuditAction.PasswordReset, new UserAuditDetail(user.Id, user.Email ?? ""));
            return new UserCommandResult(CommandOutcome.Succeeded, [], user.Id);
        }, ct);
    }
}

/// <summary>Removes another user's authenticator (a lost or replaced phone): two-factor sign-in off, a new key, the
/// recovery codes void and open sessions ended. The user then signs in with the password and enrols again (an admin
/// is held on the enrolment page when two-factor sign-in is required).</summary>
public sealed class ResetUserTwoFactor(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<UserCommandResult> ExecuteAsync(string userId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!UserAdmin.IsAdmin(actor))
        {
            return UserAdmin.NotAllowed;
        }

        // Resetting one's own second factor from a session it protects would let a stolen session remove it.
        if (userId == actor.UserId)
        {
            return UserAdmin.Refused("Users_TwoFactorSelf");
        }

        return await UserAdmin.RunAsync(scopes, async (users, db) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return UserAdmin.NotFound;
            }

            UserAdmin.Ensure(await users.SetTwoFactorEnabledAsync(user, false));
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            // A new key also renews the security stamp, which ends the user's open sessions.
            UserAdmin.Ensure(await users.ResetAuthenticatorKeyAsync(user));
            UserAdmin.Audit(db, clock, actor, AuditAction.TwoFactorReset, new UserAuditDetail(user.Id, user.Email ?? ""));
            return new UserCommandResult(CommandOutcome.Succeeded, [], user.Id);
        }, ct);
    }
}

internal static class UserAdmin
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static UserCommandResult NotAllowed { get; } = new(CommandOutcome.NotAllowed, []);
    public static UserCommandResult NotFound { get; } = new(CommandOutcome.NotFound, []);

    public static bool IsAdmin(Actor actor) => actor.Roles.Contains(Roles.Admin);

    // Identity's own lockout after failed sign-ins lasts minutes; a disabled account is locked "forever".
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd is { Year: > 9000 };

    public static UserCommandResult Refused(string key) =>
        new(CommandOutcome.NotAllowed, [new FieldError("", CaseText.Get(key))]);

    public static UserCommandResult Invalid(IdentityResult result) =>
        new(CommandOutcome.Invalid, [.. result.Errors.Select(e => new FieldError(FieldOf(e.Code), e.Description))]);

    public static List<FieldError> CheckRoles(IReadOnlyCollection<string> roles) =>
        roles.Count == 0 || roles.Any(r => !Roles.All.Contains(r))
            ? [new(nameof(NewUserInput.Roles), CaseText.Get("Users_RolesRequired"))]
            : [];

    public static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    public static void Audit(CaseDeskDb db, TimeProvider clock, Actor actor, AuditAction action, UserAuditDetail detail) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.DisplayName,
            Action = action,
            Detail = JsonSerializer.Serialize(detail, Json),
        });

    /// <summary>Whether no other admin could still sign in without this user.</summary>
    public static async Task<bool> IsLastEnabledAdminAsync(CaseDeskDb db, AppUser user)
    {
        if (IsDisabled(user.LockoutEnd))
        {
            return false;
        }

        var otherAdmins = await (from ur in db.UserRoles
                                 join r in db.Roles on ur.RoleId equals r.Id
                                 join u in db.Users on ur.UserId equals u.Id
                                 where r.Name == Roles.Admin && u.Id != user.Id
                                 select u.LockoutEnd).ToListAsync();
        return !otherAdmins.Any(end => !IsDisabled(end));
    }

    /// <summary>
    /// Runs a change with its own scope — a UserManager over a fresh context, not the circuit's — inside one
    /// transaction, so the account change and its audit entry are stored together or not at all.
    /// </summary>
    public static async Task<UserCommandResult> RunAsync(IServiceScopeFactory scopes,
        Func<UserManager<AppUser>, CaseDeskDb, Task<UserCommandResult>> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDeskDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await change(users, db);
            if (result.Succeeded)
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new UserCommandResult(CommandOutcome.Conflict, []);
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return new UserCommandResult(CommandOutcome.Conflict, []);
        }
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => nameof(NewUserInput.Password),
        _ when code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal)
            => nameof(NewUserInput.Email),
        _ => "",
    };
}
