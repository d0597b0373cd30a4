using CaseDesk.Core.Accounts;
using CaseDesk.Core.Approvals;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Notifications;
using CaseDesk.Core.Reference;
using CaseDesk.Core.ServiceLevels;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Data;

public sealed class CaseDeskDb(DbContextOptions<CaseDeskDb> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();
    public DbSet<Letter> Letters => Set<Letter>();
    public DbSet<LetterCounter> LetterCounters => Set<LetterCounter>();
    public DbSet<CaseWait> CaseWaits => Set<CaseWait>();
    public DbSet<Holiday> Holidays => Set<Holiday>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<ClosureProposal> ClosureProposals => Set<ClosureProposal>();
    public DbSet<Regency> Regencies => Set<Regency>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<CategoryInfo> Categories => Set<CategoryInfo>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApprovalRequest> ApprovalRequests => Set<ApprovalRequest>();
    public DbSet<Access.UserRegion> UserRegions => Set<Access.UserRegion>();
    public DbSet<Consents.ConsentRecord> ConsentRecords => Set<Consents.ConsentRecord>();

    /// <summary>The audit trail is written by every context, however it was created (app, tests, tools).</summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.AddInterceptors(AuditInterceptor.Instance);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text: readable in the database and safe against reordering members.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseDeskDb).Assembly);
    }
}
