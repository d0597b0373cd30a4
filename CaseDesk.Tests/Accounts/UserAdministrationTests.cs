using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Tests.Accounts;

/// <summary>The admin's account actions through Identity's real UserManager over a real database.</summary>
public sealed class UserAdministrationTests : IAsyncLifetime
{
    private const string NewPassword = "teh-hangat-sore-di-pelabuhan";

    private TestDb db = null!;
    private ServiceProvider provider = null!;
    private Actor admin = null!;
    private Actor officer = null!;

    public async Task InitializeAsync()
    {
        db = await TestDb.CreateAsync();
        var services = new ServiceCollection();
        TestIdentity.Add(services, db, new TestClock());
        provider = services.BuildServiceProvider();
        await TestIdentity.EnsureRolesAsync(provider);
        admin = await TestIdentity.AddUserAsync(provider, "Admin Utama", Roles.Admin);
        officer = await TestIdentity.AddUserAsync(provider, "Petugas Satu", Roles.Officer);
    }

    public async Task DisposeAsync()
    {
        await provider.DisposeAsync();
        await db.DisposeAsync();
    }

    private T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    private async Task<T> WithUsersAsync<T>(Func<UserManager<AppUser>, AppUser, Task<T>> check, string userId)
    {
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("user gone");
        return await check(users, user);
    }

    private Task<string> StampAsync(string userId) =>
        WithUsersAsync(async (users, user) => await users.GetSecurityStampAsync(user), userId);

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var context = await db.Factory.CreateDbContextAsync();
        return await context.AuditEntries.OrderBy(e => e.Id).ToListAsync();
    }

    private static NewUserInput NewUser(string password = NewPassword) =>
        new("baru@test.local", "Pegawai Baru", [Roles.Supervisor], password);

    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Head)]
    public async Task Actions_NonAdmin_AreRefusedAndChangeNothing(string role)
    {
        var actor = await TestIdentity.AddUserAsync(provider, "Bukan Admin", role);
        var stamp = await StampAsync(officer.UserId);

        Assert.Equal(CommandOutcome.NotAllowed, (await Get<CreateUser>().ExecuteAsync(NewUser(), actor)).Outcome);
        Assert.Equal(CommandOutcome.NotAllowed,
            (await Get<ChangeUserRoles>().ExecuteAsync(officer.UserId, [Roles.Admin], actor)).Outcome);
        Assert.Equal(CommandOutcome.NotAllowed, (await Get<DisableUser>().ExecuteAsync(officer.UserId, actor)).Outcome);
        Assert.Equal(CommandOutcome.NotAllowed, (await Get<EnableUser>().ExecuteAsync(officer.UserId, actor)).Outcome);
        Assert.Equal(CommandOutcome.NotAllowed,
            (await Get<ResetUserPassword>().ExecuteAsync(officer.UserId, NewPassword, actor)).Outcome);
        Assert.Empty(await Get<UserQueries>().ListAsync(actor));

        Assert.Equal(stamp, await StampAsync(officer.UserId));
        Assert.Equal([Roles.Officer], await WithUsersAsync(async (u, x) => await u.GetRolesAsync(x), officer.UserId));
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task Actions_Admin_AreAllowed()
    {
        var created = await Get<CreateUser>().ExecuteAsync(NewUser(), admin);
        Assert.Equal(CommandOutcome.Succeeded, created.Outcome);
        var id = created.UserId!;

        Assert.True((await Get<ChangeUserRoles>().ExecuteAsync(id, [Roles.Head, Roles.Supervisor], admin)).Succeeded);
        Assert.True((await Get<DisableUser>().ExecuteAsync(id, admin)).Succeeded);
        Assert.True((await Get<EnableUser>().ExecuteAsync(id, admin)).Succeeded);
        Assert.True((await Get<ResetUserPassword>().ExecuteAsync(id, "gula-aren-dari-kolaka-utara", admin)).Succeeded);

        var row = Assert.Single(await Get<UserQueries>().ListAsync(admin), u => u.Id == id);
        Assert.Equal(("baru@test.local", "Pegawai Baru", false), (row.Email, row.DisplayName, row.Disabled));
        Assert.Equal([Roles.Supervisor, Roles.Head], row.Roles);
        Assert.True(await WithUsersAsync((u, x) => u.CheckPasswordAsync(x, "gula-aren-dari-kolaka-utara"), id));
        Assert.Equal(
            [AuditAction.UserCreated, AuditAction.UserRolesChanged, AuditAction.UserDisabled, AuditAction.UserEnabled,
                AuditAction.PasswordReset],
            (await AuditAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task Audit_UserChanges_RecordActorAndNoPassword()
    {
        var id = (await Get<CreateUser>().ExecuteAsync(NewUser(), admin)).UserId!;
        await Get<ResetUserPassword>().ExecuteAsync(id, "gula-aren-dari-kolaka-utara", admin);

        var entries = await AuditAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.Equal(admin.UserId, e.UserId);
            Assert.Equal("Admin Utama", e.UserName);
            Assert.Contains(id, e.Detail, StringComparison.Ordinal);
            Assert.Contains("baru@test.local", e.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("teh-hangat", e.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("gula-aren", e.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain("assword", e.Detail, StringComparison.Ordinal);
        });
        Assert.Contains("\"roles\":[\"Supervisor\"]", entries[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disable_User_EndsSessionsAndRefusesSignIn()
    {
        var stamp = await StampAsync(officer.UserId);

        var result = await Get<DisableUser>().ExecuteAsync(officer.UserId, admin);

        Assert.True(result.Succeeded);
        Assert.NotEqual(stamp, await StampAsync(officer.UserId));
        Assert.True(await WithUsersAsync((u, x) => u.IsLockedOutAsync(x), officer.UserId));
        Assert.True(Assert.Single(await Get<UserQueries>().ListAsync(admin), u => u.Id == officer.UserId).Disabled);
        Assert.Equal(AuditAction.UserDisabled, Assert.Single(await AuditAsync()).Action);
    }

    [Fact]
    public async Task Enable_DisabledUser_CanSignInAgain()
    {
        await Get<DisableUser>().ExecuteAsync(officer.UserId, admin);

        var result = await Get<EnableUser>().ExecuteAsync(officer.UserId, admin);

        Assert.True(result.Succeeded);
        Assert.False(await WithUsersAsync((u, x) => u.IsLockedOutAsync(x), officer.UserId));
        Assert.False(Assert.Single(await Get<UserQueries>().ListAsync(admin), u => u.Id == officer.UserId).Disabled);
    }

    [Fact]
    public async Task Disable_Self_IsRefused()
    {
        await TestIdentity.AddUserAsync(provider, "Admin Kedua", Roles.Admin);

        var result = await Get<DisableUser>().ExecuteAsync(admin.UserId, admin);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal("Anda tidak dapat menonaktifkan akun Anda sendiri.", Assert.Single(result.Errors).Message);
        Assert.False(await WithUsersAsync((u, x) => u.IsLockedOutAsync(x), admin.UserId));
    }

    [Fact]
    public async Task ChangeRoles_RemoveOwnAdmin_IsRefused()
    {
        await TestIdentity.AddUserAsync(provider, "Admin Kedua", Roles.Admin);

        var result = await Get<ChangeUserRoles>().ExecuteAsync(admin.UserId, [Roles.Officer], admin);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.True(await WithUsersAsync((u, x) => u.IsInRoleAsync(x, Roles.Admin), admin.UserId));
    }

    [Fact]
    public async Task LastEnabledAdmin_CannotBeDisabledOrLoseTheRole()
    {
        var second = await TestIdentity.AddUserAsync(provider, "Admin Kedua", Roles.Admin);
        Assert.True((await Get<DisableUser>().ExecuteAsync(admin.UserId, second)).Succeeded);
        // Only "second" can still sign in as admin; a third admin tries to take it away.
        var third = new Actor("someone", "Admin Lama", new HashSet<string> { Roles.Admin });

        var disable = await Get<DisableUser>().ExecuteAsync(second.UserId, third);
        var demote = await Get<ChangeUserRoles>().ExecuteAsync(second.UserId, [Roles.Supervisor], third);

        Assert.Equal(CommandOutcome.NotAllowed, disable.Outcome);
        Assert.Contains("satu-satunya admin", Assert.Single(disable.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(CommandOutcome.NotAllowed, demote.Outcome);
        Assert.True(await WithUsersAsync((u, x) => u.IsInRoleAsync(x, Roles.Admin), second.UserId));
        Assert.False(await WithUsersAsync((u, x) => u.IsLockedOutAsync(x), second.UserId));
    }

    [Fact]
    public async Task Create_CommonPassword_IsRefusedInIndonesianAndNothingStored()
    {
        var result = await Get<CreateUser>().ExecuteAsync(NewUser("Bismillah2026!"), admin);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(NewUserInput.Password), error.Field);
        Assert.StartsWith("Kata sandi ini terlalu umum", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(await Get<UserQueries>().ListAsync(admin), u => u.Email == "baru@test.local");
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task Create_MissingFieldsAndDuplicateEmail_ShowFieldMessages()
    {
        var empty = await Get<CreateUser>().ExecuteAsync(new NewUserInput(" ", null, [], null), admin);
        var duplicate = await Get<CreateUser>().ExecuteAsync(
            new NewUserInput("petugas.satu@test.local", "Orang Lain", [Roles.Officer], NewPassword), admin);

        Assert.Equal(
            [nameof(NewUserInput.Email), nameof(NewUserInput.DisplayName), nameof(NewUserInput.Roles),
                nameof(NewUserInput.Password)],
            empty.Errors.Select(e => e.Field));
        Assert.Equal("Alamat e-mail wajib diisi.", empty.Errors[0].Message);
        Assert.Equal(CommandOutcome.Invalid, duplicate.Outcome);
        Assert.Contains(duplicate.Errors, e => e.Message == "Alamat e-mail petugas.satu@test.local sudah dipakai akun lain.");
    }

    [Fact]
    public async Task ResetPassword_ChangesPasswordAndStamp_RefusesTooShort()
    {
        var stamp = await StampAsync(officer.UserId);

        var tooShort = await Get<ResetUserPassword>().ExecuteAsync(officer.UserId, "abc12", admin);
        var reset = await Get<ResetUserPassword>().ExecuteAsync(officer.UserId, NewPassword, admin);

        Assert.Equal(CommandOutcome.Invalid, tooShort.Outcome);
        Assert.StartsWith("Kata sandi minimal 8 karakter", Assert.Single(tooShort.Errors).Message, StringComparison.Ordinal);
        Assert.True(reset.Succeeded);
        Assert.NotEqual(stamp, await StampAsync(officer.UserId));
        Assert.True(await WithUsersAsync((u, x) => u.CheckPasswordAsync(x, NewPassword), officer.UserId));
        Assert.False(await WithUsersAsync((u, x) => u.CheckPasswordAsync(x, TestIdentity.Password), officer.UserId));
        Assert.Equal(AuditAction.PasswordReset, Assert.Single(await AuditAsync()).Action);
    }

    [Fact]
    public async Task ChangeRoles_RemovingARole_EndsSessions()
    {
        var stamp = await StampAsync(officer.UserId);

        var result = await Get<ChangeUserRoles>().ExecuteAsync(officer.UserId, [Roles.Supervisor], admin);

        Assert.True(result.Succeeded);
        Assert.NotEqual(stamp, await StampAsync(officer.UserId));
        Assert.Equal([Roles.Supervisor], await WithUsersAsync(async (u, x) => await u.GetRolesAsync(x), officer.UserId));
        var entry = Assert.Single(await AuditAsync());
        Assert.Contains("\"previousRoles\":[\"Officer\"]", entry.Detail, StringComparison.Ordinal);
    }
}
