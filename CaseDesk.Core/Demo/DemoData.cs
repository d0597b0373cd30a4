namespace CaseDesk.Core.Demo;

/// <summary>Development-only demo data: demo accounts and realistic cases. Never called in Production.</summary>
public static class DemoData
{
    public const string Password = "CaseDesk-Demo-2026";
    public const string OfficerEmail = "petugas@casedesk.local";
    public const string SupervisorEmail = "supervisor@casedesk.local";
    public const string AdminEmail = "admin@casedesk.local";

    /// <summary>
    /// Creates the demo accounts (idempotent) and, when the database has no cases yet, <paramref name="caseCount"/>
    /// cases in all kinds and states. <paramref name="services"/> must provide UserManager&lt;AppUser&gt;,
    /// RoleManager&lt;IdentityRole&gt;, IDbContextFactory&lt;CaseDeskDb&gt; and the Core actions.
    /// </summary>
    public static Task SeedAsync(IServiceProvider services, int caseCount, CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the ops work");
}
