using System.Diagnostics;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseDesk.Core.Demo;

/// <summary>Development-only demo data: demo accounts and realistic cases. Never called in Production.</summary>
public static class DemoData
{
    public const string Password = "CaseDesk-Demo-2026";
    public const string OfficerEmail = "petugas@casedesk.local";
    public const string SupervisorEmail = "supervisor@casedesk.local";
    public const string HeadEmail = "kepala@casedesk.local";
    public const string AdminEmail = "admin@casedesk.local";

    // Fixed, so every developer sees the same cases (only shifted in time to end today).
    private const int RandomSeed = 20_261_123;

    internal sealed record DemoAccount(string Email, string DisplayName, string Role, double CaseShare);

    /// <summary>The demo accounts; officers with a share of the cases so the workload is uneven, as in an office.</summary>
    internal static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new(OfficerEmail, "Wa Ode Nurhayati", Roles.Officer, 0.34),
        new("andi.pratama@casedesk.local", "Andi Pratama", Roles.Officer, 0.26),
        new("sitti.rahma@casedesk.local", "Sitti Rahma", Roles.Officer, 0.24),
        new("hasrul.tamrin@casedesk.local", "Hasrul Tamrin", Roles.Officer, 0.16),
        new(SupervisorEmail, "La Ode Rusdin", Roles.Supervisor, 0),
        new(HeadEmail, "Muhammad Arsyad", Roles.Head, 0),
        new(AdminEmail, "Administrator Sistem", Roles.Admin, 0),
    ];

    /// <summary>
    /// Creates the demo accounts (idempotent) and, when the database has no cases yet, <paramref name="caseCount"/>
    /// cases in all kinds and states. <paramref name="services"/> must provide UserManager&lt;AppUser&gt;,
    /// RoleManager&lt;IdentityRole&gt;, IDbContextFactory&lt;CaseDeskDb&gt; and the Core actions.
    /// </summary>
    /// <remarks>
    /// Cases go through the real intake (<c>OpenCase</c>) and workflow (<c>TransitionCase</c>) actions, so numbering,
    /// validation, guards and timelines are the application's own; only the clock is the seeder's, moved forward step
    /// by step so the histories spread over the last fourteen months.
    /// </remarks>
    public static async Task SeedAsync(IServiceProvider services, int caseCount, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(DemoData).FullName!)
            ?? NullLogger.Instance;

        await RoleSetup.EnsureRolesAsync(provider.GetRequiredService<RoleManager<IdentityRole>>());
        var actors = await EnsureAccountsAsync(provider.GetRequiredService<UserManager<AppUser>>());

        var dbFactory = provider.GetRequiredService<IDbContextFactory<CaseDeskDb>>();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (caseCount <= 0 || await db.Cases.AnyAsync(ct))
            {
                return;
            }
        }

        var now = (provider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var officers = actors.Where(a => a.Account.CaseShare > 0).Select(a => (a.Actor, a.Account.CaseShare)).ToArray();
        var supervisor = actors.First(a => a.Account.Role == Roles.Supervisor).Actor;

        var stopwatch = Stopwatch.StartNew();
        var seeder = new DemoCaseSeeder(dbFactory, new Random(RandomSeed), now, officers, supervisor);
        await seeder.RunAsync(caseCount, ct);
        logger.LogInformation("Seeded {Count} demo cases in {Seconds:F1} s", caseCount, stopwatch.Elapsed.TotalSeconds);
    }

    private static async Task<List<(DemoAccount Account, Actor Actor)>> EnsureAccountsAsync(UserManager<AppUser> users)
    {
        var actors = new List<(DemoAccount, Actor)>();
        foreach (var account in Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new AppUser
                {
                    UserName = account.Email,
                    Email = account.Email,
                    EmailConfirmed = true,
                    DisplayName = account.DisplayName,
                };
                Check(await users.CreateAsync(user, Password), account.Email);
            }

            if (!await users.IsInRoleAsync(user, account.Role))
            {
                Check(await users.AddToRoleAsync(user, account.Role), account.Email);
            }

            actors.Add((account, new Actor(user.Id, user.DisplayName, new HashSet<string> { account.Role })));
        }

        return actors;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not set up demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
