using CaseDesk.Core;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Tests.Support;

/// <summary>150 demo cases, seeded once for the class through the app's own intake and workflow.</summary>
public sealed class SeededCases : IAsyncLifetime
{
    public TestDb Db { get; private set; } = default!;

    public List<Case> Cases { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Db = await TestDb.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCaseDeskCore(Db.ConnectionString);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CaseDeskDb>>().CreateDbContext());
        services.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<CaseDeskDb>();
        await using var provider = services.BuildServiceProvider();
        await DemoData.SeedAsync(provider, 150);
        await using var db = await Db.Factory.CreateDbContextAsync();
        Cases = await db.Cases.AsNoTracking().ToListAsync();
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();
}
