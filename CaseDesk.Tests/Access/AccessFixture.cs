using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Access;

/// <summary>Who acts in the matrix: an officer of the case's region, an officer of another region, supervisor, head,
/// admin (and, over HTTP, nobody signed in).</summary>
public enum Who { Officer, OtherOfficer, Supervisor, Head, Admin, Anonymous }

/// <summary>What the matrix expects: the action ran, it was refused (nothing changed), or the case was "not found"
/// (nothing changed, its existence not revealed).</summary>
public enum Expect { Allowed, Forbidden, NotFound }

/// <summary>
/// A database with regional assignment on: an open case and a closed case of Buton Tengah (7414), a letter on the open
/// case issued by its region's officer, a pending closure proposal, and one user per <see cref="Who"/>.
/// </summary>
public sealed class AccessFixture : IAsyncDisposable
{
    public const string CaseRegion = "7414";
    public const string OtherRegion = "7401";

    private AccessFixture(TestDb db) => Db = db;

    public TestDb Db { get; }
    public TestClock Clock { get; } = new();
    public IOptions<AccessOptions> Access { get; } = Options.Create(new AccessOptions { RegionalAssignment = true });
    public Dictionary<Who, Actor> Actors { get; } = [];
    public Case Open { get; private set; } = null!;
    public Case Closed { get; private set; } = null!;
    public int LetterId { get; private set; }
    public int ProposalId { get; private set; }
    public Case ProposalCase { get; private set; } = null!;

    /// <summary>A resolved case whose closure the officer has asked the supervisor to approve.</summary>
    public Case PendingCase { get; private set; } = null!;
    public int ApprovalRequestId { get; private set; }

    public Actor this[Who who] => Actors[who];

    public static async Task<AccessFixture> CreateAsync()
    {
        var f = new AccessFixture(await TestDb.CreateAsync());
        await f.SeedAsync();
        return f;
    }

    private async Task SeedAsync()
    {
        Actors[Who.Officer] = await AddUserAsync("Petugas Buton Tengah", Roles.Officer);
        Actors[Who.OtherOfficer] = await AddUserAsync("Petugas Buton", Roles.Officer);
        Actors[Who.Supervisor] = await AddUserAsync("Kepala Seksi", Roles.Supervisor);
        Actors[Who.Head] = await AddUserAsync("Kepala Balai", Roles.Head);
        Actors[Who.Admin] = await AddUserAsync("Administrator", Roles.Admin);
        await SetRegionsAsync(Who.Officer, CaseRegion);
        await SetRegionsAsync(Who.OtherOfficer, OtherRegion);

        var open = WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Mediation);
        open.WorkerNik = "7414015505900001";
        Open = await Db.InsertAsync(open);
        // Registered two months before the test clock's day and still incomplete: the proposal's condition holds.
        ProposalCase = await Db.InsertAsync(Closures.ClosureFixtures.Incomplete(new DateTime(2026, 9, 1, 1, 0, 0,
            DateTimeKind.Utc)));
        Closed = await Db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Closed));
        var letter = await new IssueLetter(Db.Factory, Clock, Letters.LetterFixtures.Options(), Access)
            .ExecuteAsync(Open.Id, LetterType.MediationInvitation, Letters.LetterFixtures.Meeting, null, this[Who.Officer]);
        Assert.True(letter.Succeeded, string.Join("; ", letter.Messages));
        LetterId = letter.LetterId!.Value;
        var resolved = await Db.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, CaseStatus.Resolved));
        var requested = await new Core.Approvals.RequestApproval(Db.Factory, Clock, Access).ExecuteAsync(resolved.Id,
            CaseTrigger.Close, StepInput.None, resolved.Version, this[Who.Officer]);
        Assert.True(requested.Succeeded, string.Join("; ", requested.Messages));
        await using var db = await Db.Factory.CreateDbContextAsync();
        PendingCase = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == resolved.Id);
        ApprovalRequestId = await db.ApprovalRequests.Where(r => r.CaseId == resolved.Id).Select(r => r.Id).SingleAsync();
        var proposal = new ClosureProposal
        {
            CaseId = ProposalCase.Id,
            Reason = AdministrativeClosureReason.IncompleteFile,
            ConditionStartedAtUtc = ProposalCase.CreatedAtUtc,
            DayCount = 60,
            ProposedAtUtc = ProposalCase.CreatedAtUtc.AddDays(60),
            Status = ClosureProposalStatus.Pending,
        };
        db.ClosureProposals.Add(proposal);
        await db.SaveChangesAsync();
        ProposalId = proposal.Id;
    }

    /// <summary>A user with real role rows (the assignable-officer check reads them).</summary>
    public Task<Actor> AddUserAsync(string name, params string[] roles) => AddUserWithRolesAsync(Db, name, roles);

    /// <summary>Like <see cref="TestDb.AddUserAsync"/>, plus the user's role rows.</summary>
    public static async Task<Actor> AddUserWithRolesAsync(TestDb testDb, string name, params string[] roles)
    {
        var actor = await testDb.AddUserAsync(name, roles);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        foreach (var role in roles)
        {
            var id = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync();
            if (id is null)
            {
                var created = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
                db.Roles.Add(created);
                id = created.Id;
            }

            db.UserRoles.Add(new IdentityUserRole<string> { UserId = actor.UserId, RoleId = id });
            await db.SaveChangesAsync();
        }

        return actor;
    }

    public async Task SetRegionsAsync(Who who, params string[] codes)
    {
        var result = await new SetUserRegions(Db.Factory, Clock).ExecuteAsync(this[who].UserId, codes, this[Who.Admin]);
        Assert.True(result.Succeeded);
    }

    /// <summary>Everything an action could change, to prove a refused action changed nothing.</summary>
    public async Task<string> FingerprintAsync()
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        var cases = await db.Cases.OrderBy(c => c.Id)
            .Select(c => c.Id + ":" + c.Version + ":" + c.Status + ":" + c.AssignedOfficerId).ToListAsync();
        var letters = await db.Letters.OrderBy(l => l.Id).Select(l => l.Id + ":" + l.CancelledById).ToListAsync();
        var proposals = await db.ClosureProposals.Select(p => p.Id + ":" + p.Status).ToListAsync();
        var approvals = await db.ApprovalRequests.OrderBy(r => r.Id).Select(r => r.Id + ":" + r.Status).ToListAsync();
        var consents = await db.ConsentRecords.CountAsync();
        var regions = await db.UserRegions.OrderBy(r => r.UserId).ThenBy(r => r.RegencyCode)
            .Select(r => r.UserId + r.RegencyCode).ToListAsync();
        return string.Join("|", cases) + "#" + await db.CaseEvents.CountAsync() + "#" + string.Join("|", letters)
            + "#" + string.Join("|", proposals) + "#" + await db.CaseWaits.CountAsync() + "#"
            + await db.Holidays.CountAsync() + "#" + string.Join("|", regions) + "#" + await db.AuditEntries.CountAsync()
            + "#" + string.Join("|", approvals) + "#" + consents;
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
