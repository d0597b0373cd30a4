using System.Globalization;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Consents;
using CaseDesk.Core.Data;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Workflow;

/// <summary>Cases, actors and step inputs for the workflow tests (cases are inserted directly, not through OpenCase).</summary>
internal static class WorkflowFixtures
{
    private static int _sequence;

    public static readonly Actor Officer = new("officer-1", "Petugas Satu", new HashSet<string> { Roles.Officer });

    public static readonly Actor Supervisor =
        new("supervisor-1", "Penyelia Satu", new HashSet<string> { Roles.Officer, Roles.Supervisor });

    /// <summary>A case with every guard of every workflow met, in the given status.</summary>
    public static Case Complete(CaseKind kind, CaseStatus? status = null, Sector sector = Sector.Formal) => new()
    {
        ReferenceNumber = $"TST-{Interlocked.Increment(ref _sequence):D6}",
        Kind = kind,
        Status = status ?? CaseWorkflow.InitialStatus(kind),
        Sector = sector,
        WorkerName = "Wa Ode Sitti",
        WorkerSex = Sex.Female,
        HomeRegencyCode = "7414",
        DestinationCountryCode = "MY",
        Category = ComplaintCategory.UnpaidWages,
        Channel = IntakeChannel.WalkIn,
        Narrative = "Gaji tidak dibayar selama enam bulan.",
        IdentityVerifiedAtUtc = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc),
        PlacementCompanyName = "PT Contoh Penempatan",
        EmployerName = "Tan Ah Kow",
        Representation = "KBRI Kuala Lumpur",
        MediationOutcome = MediationOutcome.Agreement,
        MediationTerms = "Gaji dibayar penuh.",
        ReferralTarget = ReferralTarget.Disnaker,
        ArrivalAtUtc = new DateTime(2026, 11, 21, 1, 0, 0, DateTimeKind.Utc),
        ArrivalPoint = "Bandara Haluoleo",
        CreatedAtUtc = new DateTime(2026, 11, 19, 1, 0, 0, DateTimeKind.Utc),
        UpdatedAtUtc = new DateTime(2026, 11, 19, 1, 0, 0, DateTimeKind.Utc),
        Version = 1,
    };

    /// <summary>A valid input for any step (the clock of the tests is later than the arrival date).</summary>
    public static StepInput ValidInput(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.RecordAgreement => new StepInput { MediationTerms = "P3MI membayar gaji.", SettlementAmount = 15_000_000 },
        CaseTrigger.RecordMediationFailure => new StepInput { ReferralTarget = ReferralTarget.Police, Note = "Teradu tidak hadir." },
        CaseTrigger.Refer => new StepInput { ReferralTarget = ReferralTarget.Representation, ReferralDetail = "KBRI Kuala Lumpur" },
        CaseTrigger.Reject => new StepInput { RejectionReason = RejectionReason.OutsideMandate },
        CaseTrigger.RecordArrival => new StepInput
        {
            ArrivalAtUtc = new DateTime(2026, 11, 22, 6, 30, 0, DateTimeKind.Utc),
            ArrivalPoint = "Pelabuhan Nusantara Kendari",
        },
        CaseTrigger.HandOver => new StepInput { HandedOverTo = "Keluarga (ibu kandung) dan Disnaker Buton Tengah" },
        CaseTrigger.Withdraw or CaseTrigger.Reopen => new StepInput { Note = "Permintaan keluarga." },
        _ => StepInput.None,
    };

    /// <summary>Inserts the case; unless <paramref name="withConsents"/> is false, the complainant consented to every
    /// purpose at intake (as most do), so letters that share data with another agency can be issued.</summary>
    public static async Task<Case> InsertAsync(this TestDb testDb, Case c, bool withConsents = true)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        if (withConsents)
        {
            db.ConsentRecords.AddRange(Enum.GetValues<ConsentPurpose>().Select(purpose => new ConsentRecord
            {
                CaseId = c.Id,
                Purpose = purpose,
                Decision = ConsentDecision.Given,
                Method = ConsentMethod.SignedForm,
                DecidedOn = CaseDesk.Core.Cases.OfficeTime.DateOf(c.CreatedAtUtc),
                RecordedById = Officer.UserId,
                RecordedByName = Officer.DisplayName,
                RecordedAtUtc = c.CreatedAtUtc,
            }));
            await db.SaveChangesAsync();
        }

        return c;
    }

    public static async Task<Case> LoadAsync(this TestDb testDb, int caseId)
    {
        await using var db = await testDb.Factory.CreateDbContextAsync();
        return await db.Cases.AsNoTracking().Include(c => c.Events).SingleAsync(c => c.Id == caseId);
    }

    public static TransitionCase Transition(this TestDb testDb, TimeProvider? clock = null) =>
        new(testDb.Factory, clock ?? new TestClock());

    /// <summary>Sets the UI culture for the rest of the calling test (async-local, so parallel tests do not see it).</summary>
    public static void UseCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    /// <summary>A factory over the same database file with other options (interceptors, a short busy timeout).</summary>
    public static IDbContextFactory<CaseDeskDb> FactoryWith(this TestDb testDb,
        Action<DbContextOptionsBuilder<CaseDeskDb>> configure, string connectionSuffix = "")
    {
        var builder = new DbContextOptionsBuilder<CaseDeskDb>().UseSqlite(testDb.ConnectionString + ";Pooling=False" + connectionSuffix);
        configure(builder);
        return new OptionsFactory(builder.Options);
    }

    private sealed class OptionsFactory(DbContextOptions<CaseDeskDb> options) : IDbContextFactory<CaseDeskDb>
    {
        public CaseDeskDb CreateDbContext() => new(options);
    }
}
