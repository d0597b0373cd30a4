using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Components.Pages.Cases;
using CaseDesk.Web.Components.Pages.Closures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CaseDesk.Tests.Pages;

/// <summary>
/// bUnit context for the case pages: MudBlazor, localization as the app configures it, a signed-in officer, a real
/// migrated SQLite database and a settable clock, and the Core actions registered against that database.
/// </summary>
public abstract class CasePageTestBase : BunitContext, IAsyncLifetime
{
    protected TestDb Db { get; private set; } = null!;

    protected TestClock Clock { get; } = new();

    protected Actor Officer { get; private set; } = null!;

    /// <summary>The signed-in user of the rendered components (an officer unless <see cref="SignInAsync"/> says
    /// otherwise).</summary>
    protected BunitAuthorizationContext Auth { get; private set; } = null!;

    /// <summary>The office's day for <see cref="Clock"/> (WITA).</summary>
    protected DateOnly Today => CaseDates.Today(Clock);

    async Task IAsyncLifetime.InitializeAsync()
    {
        Db = await TestDb.CreateAsync();
        Officer = await Db.AddUserAsync("Wa Ode Nurhayati", Roles.Officer);

        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(Db.Factory);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddTransient<CaseQueries>();
        Services.AddTransient<OpenCase>();
        Services.AddTransient<UpdateCase>();
        Services.AddTransient<AddCaseNote>();
        Services.AddTransient<AssignCase>();
        Services.AddTransient<VerifyWorkerIdentity>();
        Services.AddTransient<TransitionCase>();
        Services.AddTransient<AnonymiseCase>();
        Services.AddTransient<CaseDesk.Core.Audit.RecordPersonalDataView>();
        Services.AddTransient<CaseDesk.Core.ServiceLevels.StartWaiting>();
        Services.AddTransient<CaseDesk.Core.ServiceLevels.EndWaiting>();
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new LetterOptions()));
        Services.AddTransient<IssueLetter>();
        Services.AddTransient<CancelLetter>();
        Services.AddTransient<LetterQueries>();
        Services.AddTransient<CaseDesk.Core.Consents.RecordConsent>();
        Services.AddTransient<CaseDesk.Core.Consents.ConsentQueries>();
        Services.AddTransient<CaseDesk.Core.Notifications.NotificationQueries>();
        Services.AddTransient<CaseDesk.Core.Notifications.MarkNotificationRead>();
        Services.AddTransient<CaseDesk.Core.Notifications.MarkAllNotificationsRead>();
        Services.AddTransient<ClosureQueries>();
        Services.AddTransient<ProposeAdministrativeClosures>();
        Services.AddTransient<ConfirmClosureProposal>();
        Services.AddTransient<DismissClosureProposal>();
        Services.AddScoped<ClosureProposalsChanged>();
        Services.AddTransient<CaseDesk.Core.Approvals.RequestApproval>();
        Services.AddTransient<CaseDesk.Core.Approvals.ApproveRequest>();
        Services.AddTransient<CaseDesk.Core.Approvals.ReturnRequest>();
        Services.AddTransient<CaseDesk.Core.Approvals.CancelRequest>();
        Services.AddTransient<CaseDesk.Core.Approvals.ApprovalQueries>();
        Services.AddScoped<CaseDesk.Web.Components.Pages.Approvals.ApprovalsChanged>();
        Services.AddScoped<CurrentUser>();

        Auth = AddAuthorization();
        SignIn(Officer);
    }

    /// <summary>Adds a user with these roles and signs them in (before rendering).</summary>
    protected async Task<Actor> SignInAsync(string name, params string[] roles)
    {
        var actor = await Db.AddUserAsync(name, roles);
        SignIn(actor);
        return actor;
    }

    private void SignIn(Actor actor)
    {
        Auth.SetAuthorized(actor.DisplayName);
        Auth.SetRoles([.. actor.Roles]); // before SetClaims: in bUnit 2.15 a later SetRoles drops the custom claims
        Auth.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, actor.UserId),
            new Claim(CurrentUser.DisplayNameClaim, actor.DisplayName));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        // MudBlazor's services are async-disposable only; xunit's synchronous Dispose afterwards is then a no-op.
        await DisposeAsync();
        await Db.DisposeAsync();
    }

    /// <summary>Sets the UI language for this test (it flows into the renderer with the execution context).</summary>
    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    protected async Task<int> CountCasesAsync()
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        return await db.Cases.CountAsync();
    }

    protected async Task<Case> LoadCaseAsync(int id)
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    /// <summary>Moves the case's version on behind the page's back, as another officer's save would.</summary>
    protected async Task BumpVersionAsync(int id)
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        await db.Cases.Where(c => c.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1));
    }

    /// <summary>
    /// Writes a complaint case straight into the database (independent of OpenCase): in verification, identity not
    /// verified, no placement company recorded.
    /// </summary>
    protected async Task<Case> SeedCaseAsync(Action<Case>? configure = null)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var c = new Case
        {
            // Last year's number: never collides with what OpenCase numbers in a test.
            ReferenceNumber = "ADU-2025-000917",
            Kind = CaseKind.Complaint,
            Status = CaseStatus.Verification,
            Sector = Sector.Formal,
            WorkerName = "La Ode Hamsah",
            WorkerNik = "7414010101900001",
            WorkerSex = Sex.Male,
            WorkerDateOfBirth = new DateOnly(1990, 1, 1),
            HomeRegencyCode = "7414",
            DestinationCountryCode = "MY",
            Category = ComplaintCategory.UnpaidWages,
            Channel = IntakeChannel.WalkIn,
            Narrative = "Gaji tidak dibayar selama enam bulan di perkebunan sawit Sabah.",
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            CreatedById = Officer.UserId,
            AssignedOfficerId = Officer.UserId,
            Version = 1,
        };
        configure?.Invoke(c);
        c.Urgency = c.DeriveUrgency();
        c.Events.Add(new CaseEvent
        {
            Type = CaseEventType.Created,
            AtUtc = now,
            ActorId = Officer.UserId,
            ActorName = Officer.DisplayName,
            ToStatus = CaseStatus.Intake,
        });

        await using var db = await Db.Factory.CreateDbContextAsync();
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c;
    }

    /// <summary>A complete, valid intake for a female domestic worker in Malaysia.</summary>
    protected static void FillValidInput(CaseInput input, string nik)
    {
        input.Kind = CaseKind.Complaint;
        input.Sector = Sector.Formal;
        input.WorkerName = "Wa Ode Sitti Rahma";
        input.WorkerNik = nik;
        input.WorkerSex = Sex.Female;
        input.WorkerDateOfBirth = new DateOnly(1995, 7, 5);
        input.HomeRegencyCode = "7414";
        input.HomeVillage = "Lakudo";
        input.DestinationCountryCode = "MY";
        input.EmployerType = EmployerType.Company;
        input.EmployerName = "Sawit Makmur Sdn Bhd";
        input.EmployerCountryCode = "MY";
        input.PlacementCompanyName = "PT Sinar Jaya Abadi";
        input.Category = ComplaintCategory.UnpaidWages;
        input.Channel = IntakeChannel.WalkIn;
        input.Narrative = "Gaji tidak dibayar selama empat bulan; pekerja ingin pulang.";
    }
}
