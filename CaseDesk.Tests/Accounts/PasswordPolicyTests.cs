using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using CaseDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Tests.Accounts;

/// <summary>The app's password rules through Identity's own UserManager, as the app configures it.</summary>
public sealed class PasswordPolicyTests : IAsyncLifetime
{
    private TestDb db = null!;
    private ServiceProvider provider = null!;

    public async Task InitializeAsync()
    {
        db = await TestDb.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(db.Factory);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CaseDeskDb>>().CreateDbContext());
        services.AddIdentityCore<AppUser>(o => PasswordPolicy.Apply(o.Password))
            .AddEntityFrameworkStores<CaseDeskDb>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        provider = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await provider.DisposeAsync();
        await db.DisposeAsync();
    }

    [Theory]
    [InlineData("password")]
    [InlineData("Password123")]
    [InlineData("Bismillah2026!")]
    [InlineData("merdeka1945")]
    [InlineData("KENDARI123")]
    [InlineData("aaaaaaaaaa")]
    [InlineData("abcabcabcabc")]
    public async Task Create_CommonPassword_IsRefusedInIndonesian(string password)
    {
        var result = await CreateAsync(password);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description.StartsWith("Kata sandi ini terlalu umum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_PasswordWithOwnName_IsRefused()
    {
        var result = await CreateAsync("Nurhayati-kantor-sultra");

        Assert.Equal("Kata sandi tidak boleh memuat nama atau alamat e-mail Anda.", Assert.Single(result.Errors).Description);
    }

    [Fact]
    public async Task Create_ShortPassword_SaysMinimumAndRecommendation()
    {
        var result = await CreateAsync("kT9#q");

        Assert.Contains(result.Errors, e => e.Description == "Kata sandi minimal 8 karakter (disarankan 15 karakter atau lebih).");
    }

    [Theory]
    [InlineData("kopi pagi di teluk kendari")] // a passphrase: no digits, capitals or symbols needed
    [InlineData("tq7vx2mw")]
    [InlineData("CaseDesk-Demo-2026")]
    public async Task Create_UncommonPassword_WithoutCompositionRules_IsAccepted(string password)
    {
        var result = await CreateAsync(password);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private async Task<IdentityResult> CreateAsync(string password)
    {
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"wa.ode.{Guid.NewGuid():N}@casedesk.local";
        return await users.CreateAsync(new AppUser { UserName = email, Email = email, DisplayName = "Wa Ode Nurhayati" },
            password);
    }
}
