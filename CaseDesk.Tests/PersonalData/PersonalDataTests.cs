using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.PersonalData;

/// <summary>Masking, the audited "show" and identifier edits, as each role meets them in Core.</summary>
public sealed class PersonalDataTests
{
    internal const string Nik = "7414015708900012";
    internal const string Passport = "C1234567";
    internal const string WorkerPhone = "+6281234567890";
    internal const string ComplainantPhone = "+6285298765432";

    /// <summary>The five kinds of reader: only the assigned officer, supervisors and the head may see in full.</summary>
    public static TheoryData<string, bool> RolesAndAccess => new()
    {
        { "other-officer", false },
        { "assigned-officer", true },
        { "supervisor", true },
        { "head", true },
        { "admin", false },
    };

    internal static Actor ActorFor(string role, Case c) => role switch
    {
        "assigned-officer" => new(c.AssignedOfficerId!, "Petugas Ditugaskan", new HashSet<string> { Roles.Officer }),
        "other-officer" => new("officer-other", "Petugas Lain", new HashSet<string> { Roles.Officer }),
        "supervisor" => new("sup-1", "Kepala Seksi", new HashSet<string> { Roles.Officer, Roles.Supervisor }),
        "head" => new("head-1", "Kepala Balai", new HashSet<string> { Roles.Head }),
        "admin" => new("admin-1", "Admin", new HashSet<string> { Roles.Admin }),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    internal static async Task<Case> InsertCaseAsync(TestDb testDb, CaseStatus status = CaseStatus.Verification)
    {
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, status);
        c.WorkerNik = Nik;
        c.WorkerPassportNo = Passport;
        c.WorkerPhone = WorkerPhone;
        c.ComplainantName = "La Ode Ahmad";
        c.ComplainantRelation = "Suami";
        c.ComplainantPhone = ComplainantPhone;
        c.HomeVillage = "Lakudo";
        c.WorkerDateOfBirth = new DateOnly(1990, 8, 17);
        c.AssignedOfficerId = (await testDb.AddUserAsync("Petugas Ditugaskan", Roles.Officer)).UserId;
        return await testDb.InsertAsync(c);
    }

    [Theory]
    [InlineData("7414015708900012", "7414••••••••0012")]
    [InlineData("C1234567", "C1••••67")]
    [InlineData(" AB1234567 ", "AB•••••67")]
    [InlineData("123", "•••")]
    [InlineData(null, "")]
    public void Identity_KeepsOnlyTheEnds(string? value, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Identity(value));

    [Fact]
    public void Phone_KeepsTheLastThreeDigits() =>
        Assert.Equal("•••••••••••890", PersonalDataMask.Phone(WorkerPhone));

    [Fact]
    public void InText_IdentifiersInFreeText_AreMasked()
    {
        var text = $"NIK {Nik}, paspor {Passport}, HP 081234567890 dan {WorkerPhone}; sisanya 2026 tetap.";

        var masked = PersonalDataMask.InText(text, Nik, Passport, WorkerPhone);

        Assert.DoesNotContain(Nik, masked, StringComparison.Ordinal);
        Assert.DoesNotContain(Passport, masked, StringComparison.Ordinal);
        Assert.DoesNotContain("081234567890", masked, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkerPhone, masked, StringComparison.Ordinal);
        Assert.Contains("7414••••••••0012", masked, StringComparison.Ordinal);
        Assert.Contains("sisanya 2026 tetap", masked, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RolesAndAccess))]
    public async Task GetDetails_EveryRole_ReturnsIdentifiersMasked(string role, bool mayShow)
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);

        var details = (await new CaseQueries(testDb.Factory, new TestClock()).GetDetailsAsync(c.Id))!;

        Assert.Equal(("7414••••••••0012", "C1••••67", "•••••••••••890", "•••••••••••432"),
            (details.Case.WorkerNik, details.Case.WorkerPassportNo, details.Case.WorkerPhone,
                details.Case.ComplainantPhone));
        Assert.Equal(mayShow, PersonalDataAccess.CanSee(ActorFor(role, c), details.Case.AssignedOfficerId));
    }

    [Theory]
    [MemberData(nameof(RolesAndAccess))]
    public async Task Show_EachRole_ReturnsFullValuesAndOneAuditRowOnlyWhenAllowed(string role, bool mayShow)
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);
        var actor = ActorFor(role, c);

        var result = await new RecordPersonalDataView(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, actor);

        var views = await ViewsAsync(testDb);
        if (mayShow)
        {
            Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
            Assert.Equal(new PersonalDataView(Nik, Passport, WorkerPhone, ComplainantPhone), result.Data);
            var view = Assert.Single(views);
            Assert.Equal((actor.UserId, c.Id), (view.UserId, view.CaseId));
            Assert.Contains("Nik,Passport,Phone", view.Detail, StringComparison.Ordinal);
            Assert.DoesNotContain(Nik, view.Detail, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
            Assert.Null(result.Data);
            Assert.Empty(views);
        }
    }

    [Fact]
    public async Task UpdateCase_OtherOfficerKeepsMaskedIdentifiers_SavesOtherFieldsAndKeepsTheStoredNumbers()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);
        var details = (await new CaseQueries(testDb.Factory, new TestClock()).GetDetailsAsync(c.Id))!;
        var input = UpdateCase.ToInput(details.Case);
        input.Narrative = "Gaji tidak dibayar selama tujuh bulan.";

        var result = await new UpdateCase(testDb.Factory, new TestClock())
            .ExecuteAsync(c.Id, input, c.Version, ActorFor("other-officer", c));

        Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
        var stored = await LoadAsync(testDb, c.Id);
        Assert.Equal((Nik, Passport, WorkerPhone, ComplainantPhone, "Gaji tidak dibayar selama tujuh bulan."),
            (stored.WorkerNik, stored.WorkerPassportNo, stored.WorkerPhone, stored.ComplainantPhone, stored.Narrative));
        Assert.Equal("7414••••••••0012", input.WorkerNik); // the caller's form is left masked
    }

    [Theory]
    [InlineData("other-officer")]
    [InlineData("admin")]
    public async Task UpdateCase_IdentifierChangeByUserNotAllowedToSeeIt_IsRefused(string role)
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);
        var input = UpdateCase.ToInput(c);
        input.WorkerNik = "7414015708900099";

        var result = await new UpdateCase(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, input, c.Version,
            ActorFor(role, c));

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal(Nik, (await LoadAsync(testDb, c.Id)).WorkerNik);
    }

    [Fact]
    public async Task UpdateCase_AssignedOfficerChangesNik_SavesItAndTheTimelineShowsItMasked()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await InsertCaseAsync(testDb);
        var input = UpdateCase.ToInput(c);
        input.WorkerNik = "7414015708900099";

        var result = await new UpdateCase(testDb.Factory, new TestClock()).ExecuteAsync(c.Id, input, c.Version,
            ActorFor("assigned-officer", c));

        Assert.Equal(CommandOutcome.Succeeded, result.Outcome);
        Assert.Equal("7414015708900099", (await LoadAsync(testDb, c.Id)).WorkerNik);
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var note = await db.CaseEvents.Where(e => e.CaseId == c.Id && e.Type == CaseEventType.Edited)
            .Select(e => e.Note).SingleAsync();
        Assert.Contains("\"7414••••••••0012\" → \"7414••••••••0099\"", note, StringComparison.Ordinal);
        Assert.DoesNotContain(Nik, note!, StringComparison.Ordinal);
    }

    private static async Task<List<AuditEntry>> ViewsAsync(TestDb testDb)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.PersonalDataViewed)
            .ToListAsync();
    }

    private static async Task<Case> LoadAsync(TestDb testDb, int id)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id);
    }
}
