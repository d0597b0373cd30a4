using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Tests.Access;

/// <summary>The access rule's edges and the authorization gaps closed with it.</summary>
public sealed class CaseAccessTests
{
    [Fact]
    public async Task Queue_RegionalAssignmentOff_OfficerSeesEveryRegion()
    {
        await using var f = await AccessFixture.CreateAsync();
        var queries = new CaseQueries(f.Db.Factory, f.Clock, null, Options.Create(new AccessOptions()));

        var queue = await queries.GetQueueAsync(new CaseQueueFilter(), new PageRequest(0, 50), f[Who.OtherOfficer]);

        Assert.Contains(queue.Items, r => r.Id == f.Open.Id);
    }

    [Fact]
    public async Task Queue_OfficerWithoutRegions_SeesOnlyCasesAssignedToThem()
    {
        await using var f = await AccessFixture.CreateAsync();
        var officer = await f.AddUserAsync("Petugas Baru", Roles.Officer);
        var mine = await f.Db.InsertAsync(WithRegion(WorkflowFixtures.Complete(CaseKind.Complaint), "7471", officer.UserId));
        var queries = new CaseQueries(f.Db.Factory, f.Clock, null, f.Access);

        var queue = await queries.GetQueueAsync(new CaseQueueFilter(), new PageRequest(0, 50), officer);
        var scope = await queries.ScopeAsync(officer);

        Assert.Equal([mine.Id], queue.Items.Select(r => r.Id));
        Assert.True(scope.AssignedOnly);
    }

    [Fact]
    public async Task Details_CaseAssignedOutsideRegions_IsVisibleToItsOfficer()
    {
        await using var f = await AccessFixture.CreateAsync();
        var assigned = await f.Db.InsertAsync(WithRegion(WorkflowFixtures.Complete(CaseKind.Complaint), "7471",
            f[Who.OtherOfficer].UserId));
        var queries = new CaseQueries(f.Db.Factory, f.Clock, null, f.Access);

        Assert.NotNull(await queries.GetDetailsAsync(assigned.Id, f[Who.OtherOfficer]));
        Assert.Null(await queries.GetDetailsAsync(assigned.Id, f[Who.Officer]));
    }

    [Fact]
    public async Task CancelLetter_ByAnotherOfficerOfTheRegion_IsRefusedAndChangesNothing()
    {
        await using var f = await AccessFixture.CreateAsync();
        var colleague = await f.AddUserAsync("Rekan Buton Tengah", Roles.Officer);
        var admin = f[Who.Admin];
        Assert.True((await new SetUserRegions(f.Db.Factory, f.Clock).ExecuteAsync(colleague.UserId,
            [AccessFixture.CaseRegion], admin)).Succeeded);
        var before = await f.FingerprintAsync();

        var result = await new CancelLetter(f.Db.Factory, f.Clock, f.Access).ExecuteAsync(f.LetterId, "Salah.", colleague);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal(before, await f.FingerprintAsync());
    }

    [Fact]
    public async Task AssignCase_ClosedCase_IsRefusedWithAMessage()
    {
        await using var f = await AccessFixture.CreateAsync();

        var result = await new AssignCase(f.Db.Factory, f.Clock, f.Access).ExecuteAsync(f.Closed.Id,
            f[Who.Officer].UserId, f[Who.Supervisor]);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Contains(result.Errors, e => e.Message == CaseText.Get("Validation_AssignClosed"));
    }

    [Fact]
    public async Task AssignCase_OfficerGivesCaseToColleague_IsRefused()
    {
        await using var f = await AccessFixture.CreateAsync();
        var colleague = await f.AddUserAsync("Rekan", Roles.Officer);

        var result = await new AssignCase(f.Db.Factory, f.Clock, f.Access).ExecuteAsync(f.Open.Id, colleague.UserId,
            f[Who.Officer]);
        var bySupervisor = await new AssignCase(f.Db.Factory, f.Clock, f.Access).ExecuteAsync(f.Open.Id,
            colleague.UserId, f[Who.Supervisor]);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.True(bySupervisor.Succeeded);
    }

    [Fact]
    public async Task GetOfficers_ReturnsOnlyEnabledCaseHandlers()
    {
        await using var f = await AccessFixture.CreateAsync();
        var disabled = await f.AddUserAsync("Petugas Nonaktif", Roles.Officer);
        await using (var db = await f.Db.Factory.CreateDbContextAsync())
        {
            var user = await db.Users.SingleAsync(u => u.Id == disabled.UserId);
            user.LockoutEnd = DateTimeOffset.MaxValue;
            await db.SaveChangesAsync();
        }

        var officers = await new CaseQueries(f.Db.Factory).GetOfficersAsync();

        Assert.Equal(
            new[] { Who.Officer, Who.OtherOfficer, Who.Supervisor, Who.Head }.Select(w => f[w].UserId).Order(),
            officers.Select(o => o.Code).Order());
    }

    [Fact]
    public async Task OpenCase_DuplicateInAnotherRegion_WarnsWithoutDetails()
    {
        await using var f = await AccessFixture.CreateAsync();
        var input = CaseTestData.Valid();
        input.DuplicatesAcknowledged = true;
        var first = await new OpenCase(f.Db.Factory, f.Clock, null, null, f.Access).ExecuteAsync(input, f[Who.Officer]);
        Assert.True(first.Succeeded);

        var second = await new OpenCase(f.Db.Factory, f.Clock, null, null, f.Access).ExecuteAsync(
            CaseTestData.Valid(), f[Who.OtherOfficer]);

        var warning = Assert.Single(second.Duplicates);
        Assert.False(second.Succeeded);
        Assert.True(warning.OutsideScope);
        Assert.Equal(0, warning.CaseId);
        Assert.Empty(warning.ReferenceNumber);
        Assert.Empty(warning.WorkerName);
    }

    [Fact]
    public async Task SetUserRegions_ByAdmin_StoresAndAuditsTheChange()
    {
        await using var f = await AccessFixture.CreateAsync();

        var result = await new SetUserRegions(f.Db.Factory, f.Clock).ExecuteAsync(f[Who.OtherOfficer].UserId,
            ["7402", "7471"], f[Who.Admin]);
        var unknown = await new SetUserRegions(f.Db.Factory, f.Clock).ExecuteAsync(f[Who.OtherOfficer].UserId,
            ["9999"], f[Who.Admin]);

        Assert.True(result.Succeeded);
        Assert.Equal(CommandOutcome.Invalid, unknown.Outcome);
        var regions = await new UserRegionQueries(f.Db.Factory).ListAsync(f[Who.Admin]);
        Assert.Equal(["7402", "7471"], regions[f[Who.OtherOfficer].UserId]);
        Assert.Empty(await new UserRegionQueries(f.Db.Factory).ListAsync(f[Who.Officer]));
        await using var db = await f.Db.Factory.CreateDbContextAsync();
        var audit = await db.AuditEntries.Where(a => a.Action == AuditAction.UserRegionsChanged)
            .OrderBy(a => a.Id).LastAsync();
        Assert.Contains("7471", audit.Detail, StringComparison.Ordinal);
        Assert.Contains("7401", audit.Detail, StringComparison.Ordinal); // the previous regions
    }

    private static Case WithRegion(Case c, string regency, string? officerId)
    {
        c.HomeRegencyCode = regency;
        c.AssignedOfficerId = officerId;
        return c;
    }
}
