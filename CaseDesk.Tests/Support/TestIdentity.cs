using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Tests.Support;

/// <summary>Identity configured as the web app configures it (password policy, lockout, Indonesian messages), over
/// a test database, plus the user administration actions.</summary>
public static class TestIdentity
{
    public const string Password = "kopi-pagi-di-kendari-selatan";

    public static void Add(IServiceCollection services, TestDb db, TimeProvider clock)
    {
        services.AddLogging();
        services.AddDataProtection();
        services.AddSingleton(db.Factory);
        services.AddSingleton(clock);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CaseDeskDb>>().CreateDbContext());
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.User.RequireUniqueEmail = true;
                PasswordPolicy.Apply(o.Password);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CaseDeskDb>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.AddTransient<UserQueries>();
        services.AddTransient<CreateUser>();
        services.AddTransient<ChangeUserRoles>();
        services.AddTransient<DisableUser>();
        services.AddTransient<EnableUser>();
        services.AddTransient<ResetUserPassword>();
        services.AddTransient<Core.Access.UserRegionQueries>();
        services.AddTransient<Core.Access.SetUserRegions>();
        services.AddTransient<Core.Access.CaseAccess>();
        services.AddTransient<Core.Cases.CaseQueries>();
        services.AddTransient<ResetUserTwoFactor>();
    }

    public static async Task EnsureRolesAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        await RoleSetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
    }

    /// <summary>Creates a user with a password and roles through UserManager; returns it as an actor.</summary>
    public static async Task<Actor> AddUserAsync(IServiceProvider provider, string name, params string[] roles)
    {
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}@test.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return new Actor(user.Id, name, new HashSet<string>(roles));
    }
}
