using System.Diagnostics;
using CaseDesk.Core;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Demo;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseDesk.Tests.Demo;

public sealed class DemoDataTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SeedAsync_120Cases_CreatesRealisticCasesAndDemoAccounts()
    {
        await using var testDb = await TestDb.CreateAsync();
        await using var services = BuildServices(testDb);

        await DemoData.SeedAsync(services, 120);

        await using var db = await testDb.Factory.CreateDbContextAsync();
        var cases = await db.Cases.AsNoTracking().Include(c => c.Events).ToListAsync();
        Assert.Equal(120, cases.Count);
        Assert.Equal(Enum.GetValues<CaseKind>().Order(), cases.Select(c => c.Kind).Distinct().Order());
        Assert.Equal(cases.Count, cases.Select(c => c.ReferenceNumber).Distinct().Count());
        Assert.True(cases.Select(c => c.HomeRegencyCode).Distinct().Count() >= 10);
        Assert.All(cases, c => Assert.True(c.WorkerNik is not null || c.WorkerPassportNo is not null));
        Assert.All(cases.Where(c => c.WorkerNik is not null),
            c => Assert.Null(CaseValidator.ValidateNik(c.WorkerNik)));

        var nonProceduralShare = cases.Count(c => c.NonProcedural) / (double)cases.Count;
        Assert.InRange(nonProceduralShare, 0.35, 0.75);

        // Histories spread over the last ~14 months, in order, never in the future.
        var now = DateTime.UtcNow;
        Assert.All(cases, c => Assert.InRange(c.CreatedAtUtc, now.AddDays(-440), now));
        Assert.True(cases.Min(c => c.CreatedAtUtc) < now.AddDays(-300));
        Assert.All(cases, c =>
        {
            var times = c.Events.OrderBy(e => e.Id).Select(e => e.AtUtc).ToList();
            Assert.NotEmpty(times);
            Assert.Equal(times.Order(), times);
            Assert.True(times[^1] <= now);
        });
        Assert.Contains(cases, c => c.Status == CaseStatus.Closed);
        Assert.Contains(cases, c => c.SettlementAmount > 0);

        // Steps issue their letters as the office does: a gap-free register per year.
        var letters = await db.Letters.AsNoTracking().ToListAsync();
        Assert.Contains(letters, l => l.Type == Core.Letters.LetterType.ComplaintReceipt);
        Assert.Contains(letters, l => l.Type == Core.Letters.LetterType.MediationMinutes);
        Assert.All(letters.GroupBy(l => l.Year),
            year => Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(l => l.Sequence).Order()));

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (email, role) in new[]
        {
            (DemoData.OfficerEmail, Roles.Officer),
            (DemoData.SupervisorEmail, Roles.Supervisor),
            (DemoData.HeadEmail, Roles.Head),
            (DemoData.AdminEmail, Roles.Admin),
        })
        {
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.False(string.IsNullOrWhiteSpace(user.DisplayName));
            Assert.True(await users.IsInRoleAsync(user, role), $"{email} should be in role {role}");
            Assert.True(await users.CheckPasswordAsync(user, DemoData.Password), $"{email} password");
        }

        // Workload spreads over several officers.
        Assert.True(cases.Where(c => c.AssignedOfficerId is not null).Select(c => c.AssignedOfficerId).Distinct().Count() >= 3);

        // A few requests wait for the supervisor's approval, on open cases.
        var pending = await db.ApprovalRequests.AsNoTracking()
            .Where(r => r.Status == Core.Approvals.ApprovalStatus.Pending).ToListAsync();
        Assert.InRange(pending.Count, 2, 3);
        Assert.All(pending, r => Assert.True(cases.Single(c => c.Id == r.CaseId).IsOpen));
    }

    [Fact]
    public async Task SeedAsync_Twice_DoesNotDuplicateAccountsOrCases()
    {
        await using var testDb = await TestDb.CreateAsync();
        await using var services = BuildServices(testDb);

        await DemoData.SeedAsync(services, 20);
        await using var first = await testDb.Factory.CreateDbContextAsync();
        var users = await first.Users.CountAsync();
        var events = await first.CaseEvents.CountAsync();

        await DemoData.SeedAsync(services, 20);

        await using var db = await testDb.Factory.CreateDbContextAsync();
        Assert.Equal(20, await db.Cases.CountAsync());
        Assert.Equal(events, await db.CaseEvents.CountAsync());
        Assert.Equal(users, await db.Users.CountAsync());
        Assert.True(users >= 5);
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_300Cases_ShowsEveryStateOfEveryKind()
    {
        await using var testDb = await TestDb.CreateAsync();
        await using var services = BuildServices(testDb);

        var stopwatch = Stopwatch.StartNew();
        await DemoData.SeedAsync(services, 300);
        output.WriteLine($"Seeded 300 cases in {stopwatch.Elapsed.TotalSeconds:F1} s");

        await using var db = await testDb.Factory.CreateDbContextAsync();
        var cases = await db.Cases.AsNoTracking()
            .Select(c => new { c.Kind, c.Status, c.HomeRegencyCode, c.ReferenceNumber })
            .ToListAsync();
        Assert.Equal(300, cases.Count);
        Assert.Equal(300, cases.Select(c => c.ReferenceNumber).Distinct().Count());
        Assert.True(cases.Select(c => c.HomeRegencyCode).Distinct().Count() >= 12);

        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            var reachable = StatesInDiagram(CaseWorkflow.MermaidDiagram(kind));
            Assert.NotEmpty(reachable);
            var seen = cases.Where(c => c.Kind == kind).Select(c => c.Status).ToHashSet();
            var missing = reachable.Where(s => !seen.Contains(s)).ToList();
            Assert.True(missing.Count == 0, $"{kind}: no demo case in {string.Join(", ", missing)}");
        }
    }

    /// <summary>The states named on the transitions ("A --> B : Trigger") of a Mermaid state diagram.</summary>
    private static HashSet<CaseStatus> StatesInDiagram(string mermaid)
    {
        var states = new HashSet<CaseStatus>();
        foreach (var line in mermaid.Split('\n').Where(l => l.Contains("-->", StringComparison.Ordinal)))
        {
            var parts = line.Split("-->", 2);
            var target = parts[1].Split(':', 2)[0];
            foreach (var token in new[] { parts[0].Trim(), target.Trim() })
            {
                if (Enum.TryParse<CaseStatus>(token, out var status))
                {
                    states.Add(status);
                }
            }
        }

        return states;
    }

    private static ServiceProvider BuildServices(TestDb testDb)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCaseDeskCore(testDb.ConnectionString);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CaseDeskDb>>().CreateDbContext());
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<CaseDeskDb>();
        return services.BuildServiceProvider();
    }
}
