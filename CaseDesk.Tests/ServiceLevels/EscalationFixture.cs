using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.ServiceLevels;

/// <summary>A database with an officer, two supervisors, a head of office and an admin (real role rows), a settable
/// clock at 10:00 WITA of a chosen day, and helpers to insert cases with a stored due date.</summary>
internal sealed class EscalationFixture : IAsyncDisposable
{
    private EscalationFixture(TestDb db, TestClock clock)
    {
        Db = db;
        Clock = clock;
    }

    public TestDb Db { get; }
    public TestClock Clock { get; }
    public Actor Officer { get; private set; } = null!;
    public Actor Supervisor1 { get; private set; } = null!;
    public Actor Supervisor2 { get; private set; } = null!;
    public Actor Head { get; private set; } = null!;
    public Actor Admin { get; private set; } = null!;

    public static async Task<EscalationFixture> CreateAsync(bool withHead = true)
    {
        var fixture = new EscalationFixture(await TestDb.CreateAsync(), new TestClock());
        fixture.Officer = await fixture.AddUserAsync("Wa Ode Nurhayati", Roles.Officer);
        fixture.Supervisor1 = await fixture.AddUserAsync("La Ode Rusdin", Roles.Supervisor);
        fixture.Supervisor2 = await fixture.AddUserAsync("Sitti Aminah", Roles.Supervisor);
        if (withHead)
        {
            fixture.Head = await fixture.AddUserAsync("Kepala Balai", Roles.Head);
        }

        fixture.Admin = await fixture.AddUserAsync("Administrator", Roles.Admin);
        return fixture;
    }

    /// <summary>10:00 WITA on <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day) =>
        Clock.Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), OfficeTime.Offset);

    public EscalateOverdueCases Action(EscalationOptions? options = null) =>
        new(Db.Factory, Clock, Microsoft.Extensions.Options.Options.Create(options ?? new EscalationOptions()));

    /// <summary>An open case in Verification with <paramref name="dueOn"/> stored, assigned to the officer unless told.
    /// </summary>
    public async Task<Case> AddCaseAsync(DateOnly? dueOn, bool assigned = true,
        CaseStatus status = CaseStatus.Verification)
    {
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, status);
        c.DueOn = dueOn;
        c.AssignedOfficerId = assigned ? Officer.UserId : null;
        return await Db.InsertAsync(c);
    }

    private async Task<Actor> AddUserAsync(string name, string role)
    {
        var actor = await Db.AddUserAsync(name, role);
        await using var db = await Db.Factory.CreateDbContextAsync();
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleOrDefaultAsync();
        if (roleId is null)
        {
            var created = new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() };
            db.Roles.Add(created);
            roleId = created.Id;
        }

        db.UserRoles.Add(new IdentityUserRole<string> { UserId = actor.UserId, RoleId = roleId });
        await db.SaveChangesAsync();
        return actor;
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
