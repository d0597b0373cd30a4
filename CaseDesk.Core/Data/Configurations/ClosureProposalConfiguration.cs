using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseDesk.Core.Data.Configurations;

internal sealed class ClosureProposalConfiguration : IEntityTypeConfiguration<ClosureProposal>
{
    public void Configure(EntityTypeBuilder<ClosureProposal> b)
    {
        b.Property(p => p.DecidedById).HasMaxLength(450);
        b.Property(p => p.DecidedByName).HasMaxLength(150);
        b.Property(p => p.DecisionNote).HasMaxLength(CaseValidator.NoteMaxLength);
        b.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(p => p.Evidence);

        // The supervisors' list (pending, oldest first) and the dismissed-reason lookup of the scan.
        b.HasIndex(p => new { p.Status, p.ProposedAtUtc });
        b.HasIndex(p => new { p.CaseId, p.Reason, p.Status });
        // At most one pending proposal per case, whatever the actions check.
        b.HasIndex(p => p.CaseId).IsUnique().HasFilter("\"Status\" = 'Pending'")
            .HasDatabaseName("IX_ClosureProposals_OnePending");
    }
}
