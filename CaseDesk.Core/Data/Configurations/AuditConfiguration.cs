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
        b.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        // The trail is read by time, by user and by action; users are not foreign keys, so the trail outlives accounts.
        b.HasIndex(e => e.AtUtc);
        b.HasIndex(e => new { e.UserId, e.AtUtc });
        b.HasIndex(e => new { e.Action, e.AtUtc });
    }
}
