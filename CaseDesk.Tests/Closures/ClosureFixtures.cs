using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Closures;

/// <summary>Cases meeting (or not yet meeting) the Pasal 30 rules, written straight into a test database.</summary>
internal static class ClosureFixtures
{
    /// <summary>The UTC instant of <paramref name="hour"/>:00 WITA on an office date.</summary>
    public static DateTime At(DateOnly date, int hour = 10) =>
        DateTime.SpecifyKind(date.ToDateTime(new TimeOnly(hour, 0)) - OfficeTime.Offset, DateTimeKind.Utc);

    public static TestClock ClockOn(DateOnly date, int hour = 10) => new(new DateTimeOffset(At(date, hour)));

    /// <summary>A complaint at intake whose identity documents are not verified (its file is incomplete).</summary>
    public static Case Incomplete(DateTime createdUtc, CaseStatus status = CaseStatus.Intake)
    {
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, status);
        c.IdentityVerifiedAtUtc = null;
        c.MediationOutcome = null;
        c.MediationTerms = null;
        c.ReferralTarget = null;
        c.CreatedAtUtc = c.UpdatedAtUtc = createdUtc;
        return c;
    }

    /// <summary>A verified complaint in <paramref name="status"/> with no mediation outcome or referral.</summary>
    public static Case Verified(DateTime createdUtc, CaseStatus status = CaseStatus.Verification)
    {
        var c = Incomplete(createdUtc, status);
        c.IdentityVerifiedAtUtc = createdUtc;
        return c;
    }

    /// <summary>Mediation failed and the complainant was told it cannot be resolved: referred, no target.</summary>
    public static Case Unresolvable(DateTime createdUtc)
    {
        var c = Verified(createdUtc, CaseStatus.Referred);
        c.MediationOutcome = MediationOutcome.Failed;
        return c;
    }

    public static async Task<CaseWait> AddWaitAsync(this TestDb testDb, int caseId, WaitingFor waitingFor,
        DateTime startedUtc)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var wait = new CaseWait
        {
            CaseId = caseId,
            WaitingFor = waitingFor,
            Reason = "Menunggu pengadu.",
            StartedAtUtc = startedUtc,
            StartedById = WorkflowFixtures.Officer.UserId,
            StartedByName = WorkflowFixtures.Officer.DisplayName,
        };
        db.CaseWaits.Add(wait);
        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.WaitingFor, waitingFor));
        await db.SaveChangesAsync();
        return wait;
    }

    public static async Task EndWaitAsync(this TestDb testDb, int caseId, DateTime endedUtc)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        await db.CaseWaits.Where(w => w.CaseId == caseId && w.EndedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.EndedAtUtc, endedUtc));
        await db.Cases.Where(c => c.Id == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WaitingFor, (WaitingFor?)null));
    }

    public static async Task AddEventAsync(this TestDb testDb, int caseId, CaseEventType type, DateTime atUtc, Actor actor,
        CaseStatus? to = null)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        db.CaseEvents.Add(new CaseEvent
        {
            CaseId = caseId,
            Type = type,
            AtUtc = atUtc,
            ActorId = actor.UserId,
            ActorName = actor.DisplayName,
            ToStatus = to,
            Trigger = type == CaseEventType.Transition ? "Refer" : null,
        });
        await db.SaveChangesAsync();
    }

    public static ProposeAdministrativeClosures Scan(this TestDb testDb, TimeProvider clock) => new(testDb.Factory, clock);

    public static ConfirmClosureProposal Confirm(this TestDb testDb, TimeProvider clock) => new(testDb.Factory, clock);

    public static DismissClosureProposal Dismiss(this TestDb testDb, TimeProvider clock) => new(testDb.Factory, clock);

    public static async Task<List<ClosureProposal>> ProposalsAsync(this TestDb testDb)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await db.ClosureProposals.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
    }

    public static async Task<WorkingCalendar> CalendarAsync(this TestDb testDb)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await WorkingCalendar.LoadAsync(db);
    }
}
