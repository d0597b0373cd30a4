using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseDesk.Core.Data.Configurations;

internal sealed class UserRegionConfiguration : IEntityTypeConfiguration<UserRegion>
{
    public void Configure(EntityTypeBuilder<UserRegion> b)
    {
        b.ToTable("UserRegions");
        // The key's first column serves the per-user lookup of every access check.
        b.HasKey(r => new { r.UserId, r.RegencyCode });
        b.Property(r => r.UserId).HasMaxLength(450);
        b.Property(r => r.RegencyCode).HasMaxLength(4);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Regency>().WithMany().HasForeignKey(r => r.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.RegencyCode);
    }
}
