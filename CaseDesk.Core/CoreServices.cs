using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Data;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Notifications;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core;

public static class CoreServices
{
    /// <summary>Registers the database, the "Letters", "ServiceLevels" and "Escalation" options (bound from the host's configuration, checked at
    /// start-up) and every Core action and query explicitly (no assembly scanning).</summary>
    public static IServiceCollection AddCaseDeskCore(this IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<CaseDeskDb>(o => o.UseSqlite(connectionString, s => s.CommandTimeout(30)));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<Access.AccessOptions>().BindConfiguration(Access.AccessOptions.Section);
        services.AddTransient<Access.CaseAccess>();
        services.AddTransient<Access.UserRegionQueries>();
        services.AddTransient<Access.SetUserRegions>();
        services.AddTransient<CaseQueries>();
        services.AddTransient<OpenCase>();
        services.AddTransient<UpdateCase>();
        services.AddTransient<AddCaseNote>();
        services.AddTransient<CaseDesk.Core.Demo.BulkCaseSeeder>();
        services.AddTransient<AssignCase>();
        services.AddTransient<VerifyWorkerIdentity>();
        services.AddTransient<AnonymiseCase>();
        services.AddTransient<TransitionCase>();
        services.AddTransient<Reports.MeetingReportQuery>();
        services.AddTransient<Reports.CaseReportQuery>();
        services.AddTransient<Dashboard.DashboardQuery>();
        services.AddSingleton<IPdfRenderer>(_ => new PdfSharpRenderer());

        services.AddOptions<LetterOptions>().BindConfiguration(LetterOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LetterOptions>, LetterOptionsValidator>();
        services.AddTransient<IssueLetter>();
        services.AddTransient<CancelLetter>();
        services.AddTransient<LetterQueries>();

        services.AddOptions<ServiceLevelOptions>().BindConfiguration(ServiceLevelOptions.Section);
        services.AddTransient<StartWaiting>();
        services.AddTransient<EndWaiting>();
        services.AddTransient<RecomputeDueDates>();
        services.AddTransient<HolidayQueries>();
        services.AddTransient<SaveHoliday>();
        services.AddTransient<DeleteHoliday>();

        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EscalationOptions>, EscalationOptionsValidator>();
        services.AddTransient<EscalateOverdueCases>();
        services.AddTransient<NotificationQueries>();
        services.AddTransient<MarkNotificationRead>();
        services.AddTransient<MarkAllNotificationsRead>();

        services.AddTransient<ProposeAdministrativeClosures>();
        services.AddTransient<ConfirmClosureProposal>();
        services.AddTransient<DismissClosureProposal>();
        services.AddTransient<ClosureQueries>();

        services.AddTransient<Approvals.RequestApproval>();
        services.AddTransient<Approvals.ApproveRequest>();
        services.AddTransient<Approvals.ReturnRequest>();
        services.AddTransient<Approvals.CancelRequest>();
        services.AddTransient<Approvals.ApprovalQueries>();

        services.AddTransient<Exports.CaseExportQuery>();
        services.AddTransient<Exports.ExportCases>();

        services.AddTransient<Accounts.UserQueries>();
        services.AddTransient<Accounts.CreateUser>();
        services.AddTransient<Accounts.ChangeUserRoles>();
        services.AddTransient<Accounts.DisableUser>();
        services.AddTransient<Accounts.EnableUser>();
        services.AddTransient<Accounts.ResetUserPassword>();
        services.AddTransient<Accounts.ResetUserTwoFactor>();
        services.AddTransient<Audit.RecordAuditEvent>();
        services.AddTransient<Audit.RecordPersonalDataView>();
        services.AddTransient<Audit.AuditQueries>();

        services.AddTransient<Consents.RecordConsent>();
        services.AddTransient<Consents.ConsentQueries>();
        return services;
    }
}
