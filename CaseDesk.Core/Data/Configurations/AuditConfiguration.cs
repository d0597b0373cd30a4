using CaseDesk.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseDesk.Core.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.UserName).HasMaxLength(150);
        b.Property(e => e.IpAddress).HasMaxLength(AuditEntry.IpAddressMaxLength);
        b.Property(e => e.EntityType).HasMaxLength(40);
        b.Property(e => e.EntityId).HasMaxLength(64);
        b.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        // The trail is read by time, by user, by action and by case; users and cases are not foreign keys, so the
        // trail outlives accounts and cases.
        b.HasIndex(e => e.AtUtc);
        b.HasIndex(e => new { e.UserId, e.AtUtc });
        b.HasIndex(e => new { e.Action, e.AtUtc });
        b.HasIndex(e => new { e.CaseId, e.AtUtc });
    }
}
