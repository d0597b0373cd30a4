using CaseDesk.Core.Cases;
using CaseDesk.Core.Dashboard;
using CaseDesk.Core.Demo;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Demo;

/// <summary>The bulk seeder writes cases the app itself could have written: every history is a path the workflow
/// permits, the stored fields agree with it, and numbers are unique in the app's formats.</summary>
public sealed class BulkCaseSeederTests
{
    private const int Count = 2_000;

    [Fact]
    public async Task ExecuteAsync_TwoThousandCases_WritesConsistentCasesEventsAndLetters()
    {
        await using var db = await TestDb.CreateAsync();
        var clock = new TestClock();
        var result = await new BulkCaseSeeder(db.Factory, clock).ExecuteAsync(new BulkSeedOptions(Count, BatchSize: 700));

        await using var context = await db.Factory.CreateDbContextAsync();
        var cases = await context.Cases.AsNoTracking().Include(c => c.Events).ToListAsync();
        var letters = await context.Letters.AsNoTracking().ToListAsync();
        Assert.Equal(Count, cases.Count);
        Assert.Equal(result.Events, cases.Sum(c => c.Events.Count));
        Assert.Equal(result.Letters, letters.Count);
        Assert.True(letters.Count > Count / 2, $"only {letters.Count} letters");

        Assert.Equal(Count, cases.Select(c => c.ReferenceNumber).Distinct().Count());
        Assert.All(cases, c => Assert.Matches(@"^(ADU|MED|PUL)-\d{4}-\d{6}$", c.ReferenceNumber));
        Assert.Equal(letters.Count, letters.Select(l => l.Number).Distinct().Count());
        foreach (var year in letters.GroupBy(l => l.Year))
        {
            // Gap-free per year, as LetterRegister numbers them.
            Assert.Equal(Enumerable.Range(1, year.Count()), year.Select(l => l.Sequence).Order());
            Assert.Equal(year.Max(l => l.Sequence), (await context.LetterCounters.FindAsync(year.Key))!.LastSequence);
        }

        var officers = (await context.UserRoles.Select(r => r.UserId).ToListAsync()).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var c in cases)
        {
            AssertConsistent(c, now, officers);
        }

        Assert.All(letters, l => Assert.Equal(l.Number, LetterSnapshot.FromJson(l.Snapshot).Number));

        // Every kind reaches its end states, and a realistic share is still open.
        var open = cases.Count(c => c.IsOpen);
        Assert.True(cases.Count(c => c.IsOpen && c.DueOn is not null) > open / 2);
        Assert.InRange(open, Count / 50, Count / 2);
        Assert.All(Enum.GetValues<CaseKind>(), kind => Assert.Contains(cases, c => c.Kind == kind && c.Status == CaseStatus.Closed));
        Assert.Contains(cases, c => c.MediationOutcome == MediationOutcome.Agreement && c.SettlementAmount > 0);
        // Buton Tengah and Muna send more workers than Wakatobi (7407).
        Assert.True(cases.Count(c => c.HomeRegencyCode == "7414") > 2 * cases.Count(c => c.HomeRegencyCode == "7407"));
        Assert.Equal("MY", cases.GroupBy(c => c.DestinationCountryCode).MaxBy(g => g.Count())!.Key);
    }

    [Fact]
    public async Task ExecuteAsync_IndexesSetAside_RebuildsEveryIndex()
    {
        await using var db = await TestDb.CreateAsync();
        var before = await IndexesAsync(db);

        await new BulkCaseSeeder(db.Factory, new TestClock()).ExecuteAsync(new BulkSeedOptions(300, DeferIndexes: true));

        Assert.Equal(before, await IndexesAsync(db));
        Assert.Contains(before, i => i.Contains("IX_Cases_ReferenceNumber", StringComparison.Ordinal));

        static async Task<List<string>> IndexesAsync(TestDb db)
        {
            await using var context = await db.Factory.CreateDbContextAsync();
            return await context.Database.SqlQueryRaw<string>(
                "SELECT sql AS Value FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").ToListAsync();
        }
    }

    [Fact]
    public async Task ExecuteAsync_SameSeed_SameCases()
    {
        await using var first = await TestDb.CreateAsync();
        await using var second = await TestDb.CreateAsync();
        var options = new BulkSeedOptions(300, Seed: 42);
        await new BulkCaseSeeder(first.Factory, new TestClock()).ExecuteAsync(options);
        await new BulkCaseSeeder(second.Factory, new TestClock()).ExecuteAsync(options);

        Assert.Equal(await Summary(first), await Summary(second));

        static async Task<List<string>> Summary(TestDb db)
        {
            await using var context = await db.Factory.CreateDbContextAsync();
            return await context.Cases.OrderBy(c => c.Id)
                .Select(c => c.ReferenceNumber + c.WorkerName + c.Status + c.Version + c.ClosedAtUtc).ToListAsync();
        }
    }

    [Fact]
    public async Task ExecuteAsync_AfterExistingCases_ContinuesTheSequencesAndAppQueriesWork()
    {
        await using var db = await TestDb.CreateAsync();
        var clock = new TestClock();
        var seeder = new BulkCaseSeeder(db.Factory, clock);
        await seeder.ExecuteAsync(new BulkSeedOptions(500, Seed: 1));
        await seeder.ExecuteAsync(new BulkSeedOptions(500, Seed: 2));

        await using var context = await db.Factory.CreateDbContextAsync();
        Assert.Equal(1_000, await context.Cases.Select(c => c.ReferenceNumber).Distinct().CountAsync());
        Assert.Equal(await context.Letters.CountAsync(), await context.Letters.Select(l => l.Number).Distinct().CountAsync());

        var queue = await new CaseQueries(db.Factory, clock).GetQueueAsync(
            new CaseQueueFilter { OpenOnly = true, RegencyCode = "7414" }, new PageRequest(0, 50));
        Assert.Equal(await context.Cases.CountAsync(c => c.HomeRegencyCode == "7414"
            && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Rejected && c.Status != CaseStatus.Withdrawn), queue.TotalCount);
        var today = OfficeTime.Today(clock);
        var dashboard = await new DashboardQuery(db.Factory, clock).GetAsync(
            new DashboardFilter(today.AddYears(-5), today, null, null, null));
        Assert.Equal(1_000, dashboard.Kpis.NewInPeriod);
        Assert.True(dashboard.Workload.Count >= BulkCaseSeeder.OfficerCount);
    }

    /// <summary>Replays the timeline on a fresh case through the real workflow machine.</summary>
    private static void AssertConsistent(Case c, DateTime now, HashSet<string> officers)
    {
        var events = c.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToList();
        Assert.Equal(CaseEventType.Created, events[0].Type);
        Assert.Equal(c.CreatedAtUtc, events[0].AtUtc);
        Assert.All(events, e => Assert.InRange(e.AtUtc, c.CreatedAtUtc, now));

        var replay = new Case
        {
            ReferenceNumber = c.ReferenceNumber,
            Kind = c.Kind,
            Sector = c.Sector,
            WorkerName = c.WorkerName,
            WorkerSex = c.WorkerSex,
            HomeRegencyCode = c.HomeRegencyCode,
            Category = c.Category,
            Channel = c.Channel,
            Narrative = c.Narrative,
            PlacementCompanyName = c.PlacementCompanyName,
            EmployerName = c.EmployerName,
            EmployerType = c.EmployerType,
            EmployerCountryCode = c.EmployerCountryCode,
            Representation = c.Representation,
            DestinationCountryCode = c.DestinationCountryCode,
            IdentityVerifiedAtUtc = c.IdentityVerifiedAtUtc,
            Status = CaseWorkflow.InitialStatus(c.Kind),
        };
        var machine = CaseWorkflow.Build(replay, Core.Accounts.Actor.System);
        var writes = 1;
        foreach (var e in events.Skip(1))
        {
            if (e.Type == CaseEventType.Transition)
            {
                Assert.Equal(replay.Status, e.FromStatus);
                var trigger = Enum.Parse<CaseTrigger>(e.Trigger!);
                var input = e.Data is null ? StepInput.None : StepFactsInput(StepFacts.Parse(e.Data)!);
                StepRules.Apply(replay, trigger, input);
                Assert.True(machine.CanFire(trigger, out var unmet), $"{c.ReferenceNumber}: {trigger} from {replay.Status}: {string.Join(", ", unmet ?? [])}");
                machine.Fire(trigger);
                Assert.Equal(replay.Status, e.ToStatus);
            }

            if (e.Type is CaseEventType.Transition or CaseEventType.Assigned or CaseEventType.IdentityVerified)
            {
                writes++;
            }
        }

        Assert.Equal(replay.Status, c.Status);
        Assert.Equal(writes, c.Version);
        Assert.Equal(events.Max(e => e.Type == CaseEventType.LetterIssued ? DateTime.MinValue : e.AtUtc), c.UpdatedAtUtc);
        Assert.Equal(c.Status == CaseStatus.Closed, c.ClosedAtUtc is not null);
        if (c.ClosedAtUtc is { } closed)
        {
            Assert.Equal(events.Last(e => e.ToStatus == CaseStatus.Closed).AtUtc, closed);
        }

        if (!c.IsOpen)
        {
            Assert.Null(c.DueOn);
        }

        Assert.Equal(c.DeriveUrgency(), c.Urgency);
        Assert.True(c.AssignedOfficerId is null || officers.Contains(c.AssignedOfficerId));
    }

    private static StepInput StepFactsInput(StepFacts f) => new()
    {
        SettlementAmount = f.SettlementAmount,
        MediationTerms = f.MediationTerms,
        ReferralTarget = f.ReferralTarget,
        ReferralDetail = f.ReferralDetail,
        RejectionReason = f.RejectionReason,
        ArrivalAtUtc = f.ArrivalAtUtc,
        ArrivalPoint = f.ArrivalPoint,
        HandedOverTo = f.HandedOverTo,
    };
}
