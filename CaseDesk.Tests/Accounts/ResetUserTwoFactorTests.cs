using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Tests.Accounts;

/// <summary>An admin removes another user's authenticator (a lost phone) through Identity's real UserManager.</summary>
public sealed class ResetUserTwoFactorTests : IAsyncLifetime
{
    private TestDb db = null!;
    private ServiceProvider provider = null!;
    private Actor admin = null!;
    private Actor otherAdmin = null!;

    public async Task InitializeAsync()
    {
        db = await TestDb.CreateAsync();
        var services = new ServiceCollection();
        TestIdentity.Add(services, db, new TestClock());
        provider = services.BuildServiceProvider();
        await TestIdentity.EnsureRolesAsync(provider);
        admin = await TestIdentity.AddUserAsync(provider, "Admin Utama", Roles.Admin);
        otherAdmin = await TestIdentity.AddUserAsync(provider, "Admin Kedua", Roles.Admin);
    }

    public async Task DisposeAsync()
    {
        await provider.DisposeAsync();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task ResetUserTwoFactor_EnrolledUser_TurnsOffNewKeyNoCodesSessionsEndAudited()
    {
        var (oldKey, oldStamp) = await EnrolAsync(otherAdmin.UserId);

        var result = await provider.GetRequiredService<ResetUserTwoFactor>().ExecuteAsync(otherAdmin.UserId, admin);

        Assert.True(result.Succeeded);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(otherAdmin.UserId))!;
        Assert.False(await users.GetTwoFactorEnabledAsync(user));
        Assert.NotEqual(oldKey, await users.GetAuthenticatorKeyAsync(user));
        Assert.Equal(0, await users.CountRecoveryCodesAsync(user));
        Assert.NotEqual(oldStamp, await users.GetSecurityStampAsync(user));
        await using var context = await db.Factory.CreateDbContextAsync();
        var entry = await context.AuditEntries.SingleAsync(e => e.Action == AuditAction.TwoFactorReset);
        Assert.Equal(admin.UserId, entry.UserId);
        Assert.Contains(otherAdmin.UserId, entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetUserTwoFactor_NotAdminOrSelf_RefusedAndNothingChanges()
    {
        await EnrolAsync(otherAdmin.UserId);
        var supervisor = new Actor("sup-1", "Supervisor", new HashSet<string> { Roles.Supervisor });
        var action = provider.GetRequiredService<ResetUserTwoFactor>();

        var bySupervisor = await action.ExecuteAsync(otherAdmin.UserId, supervisor);
        var bySelf = await action.ExecuteAsync(otherAdmin.UserId, otherAdmin);

        Assert.Equal(CommandOutcome.NotAllowed, bySupervisor.Outcome);
        Assert.False(bySelf.Succeeded);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.GetTwoFactorEnabledAsync((await users.FindByIdAsync(otherAdmin.UserId))!));
    }

    private async Task<(string? Key, string? Stamp)> EnrolAsync(string userId)
    {
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        Assert.Equal(10, (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.Count());
        return (await users.GetAuthenticatorKeyAsync(user), await users.GetSecurityStampAsync(user));
    }
}
