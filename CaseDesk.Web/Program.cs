using CaseDesk.Core;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using CaseDesk.Core.Demo;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Audit;
using CaseDesk.Web.Components;
using CaseDesk.Web.Components.Account;
using CaseDesk.Web.Endpoints;
using CaseDesk.Web.Hosting;
using CaseDesk.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

var settingsFolder = AppSettings.FindFolder(builder.Environment.ContentRootPath, AppContext.BaseDirectory);
AppSettings.AddFrom(builder.Configuration, settingsFolder, builder.Environment.EnvironmentName);
var connectionString = AppSettings.ResolveSqlite(
    builder.Configuration.GetConnectionString(AppSettings.ConnectionStringName)
        ?? throw new InvalidOperationException(
            $"Connection string '{AppSettings.ConnectionStringName}' is missing from {settingsFolder}."),
    settingsFolder);

if (SeedCommand.IsSeed(args))
{
    Environment.ExitCode = await SeedCommand.RunAsync(args, connectionString, builder.Configuration, Console.Out);
    return;
}

builder.Services.AddCaseDeskCore(connectionString);
builder.Services.AddCaseDeskDataProtection(builder.Configuration, AppSettings.DataFolder(connectionString, settingsFolder));
builder.Services.AddServiceLevelMonitor(builder.Configuration);

builder.Services.AddRazorComponents().AddInteractiveServerComponents().AddCaseDeskCircuitLimits(builder.Configuration);
builder.Services.AddMudServices(o =>
{
    // Confirmations stay out of the header and never pile up over the page.
    o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
    o.SnackbarConfiguration.MaxDisplayedSnackbars = 3;
    o.SnackbarConfiguration.VisibleStateDuration = 5000;
    o.SnackbarConfiguration.PreventDuplicates = true;
});
builder.Services.AddCaseDeskLocalization();

// AddDbContextFactory (in Core) also registers CaseDeskDb as a scoped service, which the Identity stores need.
builder.Services.AddIdentityCore<AppUser>(o =>
    {
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.User.RequireUniqueEmail = true;
        PasswordPolicy.Apply(o.Password);
    })
    .AddRoles<IdentityRole>()
    .AddEntityFrameworkStores<CaseDeskDb>()
    .AddSignInManager()
    .AddDefaultTokenProviders()
    .AddPasswordValidator<CommonPasswordValidator>()
    .AddErrorDescriber<LocalizedIdentityErrors>()
    .AddClaimsPrincipalFactory<CaseDeskClaimsPrincipalFactory>();
builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
builder.Services.ConfigureApplicationCookie(o =>
{
    o.Cookie.Name = "CaseDesk.Auth";
    o.LoginPath = "/account/login";
    // A signed-in user whose role does not allow a page is told so (signing in again would not help).
    o.AccessDeniedPath = "/access-denied";
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
    o.SlidingExpiration = true;
});
builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
builder.Services.AddScoped<CurrentUser>();
builder.Services.AddCaseDeskAuditContext();
builder.Services.AddCaseDeskSignInRateLimit();
builder.Services.AddScoped<CaseDesk.Web.Components.Pages.Closures.ClosureProposalsChanged>();
builder.Services.AddScoped<CaseDesk.Web.Components.Pages.Approvals.ApprovalsChanged>();

var app = builder.Build();

// PDFsharp's AGPL licence and the OS fonts, once at start-up. Without fonts the app still serves cases; letters and
// reports then fail with the same message, which names the folders searched.
try
{
    CaseDesk.Core.Documents.PdfSharpSetup.EnsureInitialized();
}
catch (CaseDesk.Core.Documents.FontNotFoundException e)
{
    app.Logger.LogError("Letters and reports are unavailable: {Problem}", e.Message);
}

await using (var scope = app.Services.CreateAsyncScope())
{
    var services = scope.ServiceProvider;
    await DatabaseInitializer.MigrateAsync(services.GetRequiredService<IDbContextFactory<CaseDeskDb>>());
    await RoleSetup.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
    // Due dates are stored on the cases; holidays or targets may have changed since they were computed.
    await services.GetRequiredService<RecomputeDueDates>().ExecuteAsync();
    if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("DemoData:Seed"))
    {
        await DemoData.SeedAsync(services, app.Configuration.GetValue("DemoData:Cases", 300));
    }
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
    // Redirects only when the server knows its HTTPS port (an https:// URL in ASPNETCORE_URLS or HTTPS_PORT); behind
    // a TLS-terminating proxy the proxy redirects and HSTS still tells browsers to stay on HTTPS.
    app.UseHttpsRedirection();
}

app.UseCaseDeskSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization();
app.UseRateLimiter();
app.UseAuthentication();
app.UseCaseDeskAuditContext();
app.UseCaseDeskTwoFactorRequirement();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapAccountEndpoints();
app.MapReportEndpoints();
app.MapCultureEndpoint();
app.MapLetterEndpoints();
app.MapExportEndpoints();

app.Run();
