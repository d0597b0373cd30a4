using CaseDesk.Core.Approvals;
using CaseDesk.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseDesk.Core.Data.Configurations;

internal sealed class ApprovalRequestConfiguration : IEntityTypeConfiguration<ApprovalRequest>
{
    public void Configure(EntityTypeBuilder<ApprovalRequest> b)
    {
        b.Property(r => r.InputJson).HasMaxLength(ApprovalRequest.InputMaxLength);
        b.Property(r => r.Note).HasMaxLength(CaseValidator.NoteMaxLength);
        b.Property(r => r.RequestedById).HasMaxLength(450);
        b.Property(r => r.RequestedByName).HasMaxLength(150);
        b.Property(r => r.DecidedById).HasMaxLength(450);
        b.Property(r => r.DecidedByName).HasMaxLength(150);
        b.Property(r => r.DecisionReason).HasMaxLength(ApprovalRequest.ReasonMaxLength);
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(r => r.Input);

        // The approval queue (pending, oldest first) and the case page's lookup.
        b.HasIndex(r => new { r.Status, r.RequestedAtUtc });
        b.HasIndex(r => new { r.CaseId, r.Status });
        // At most one pending request per case, whatever the actions check.
        b.HasIndex(r => r.CaseId).IsUnique().HasFilter("\"Status\" = 'Pending'")
            .HasDatabaseName("IX_ApprovalRequests_OnePending");
    }
}
