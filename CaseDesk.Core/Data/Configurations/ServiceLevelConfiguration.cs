using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseDesk.Core.Data.Configurations;

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> b)
    {
        b.HasKey(h => h.Date);
        b.Property(h => h.Name).HasMaxLength(150);
        b.HasData(HolidaySeed.All);
    }
}

internal sealed class CaseWaitConfiguration : IEntityTypeConfiguration<CaseWait>
{
    public void Configure(EntityTypeBuilder<CaseWait> b)
    {
        b.Property(w => w.Party).HasMaxLength(StartWaiting.PartyMaxLength);
        b.Property(w => w.Reason).HasMaxLength(StartWaiting.ReasonMaxLength);
        b.Property(w => w.StartedById).HasMaxLength(450);
        b.Property(w => w.StartedByName).HasMaxLength(150);
        b.Property(w => w.EndedById).HasMaxLength(450);
        b.Property(w => w.EndedByName).HasMaxLength(150);
        b.HasOne<Case>().WithMany().HasForeignKey(w => w.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(w => new { w.CaseId, w.StartedAtUtc });
        // At most one open wait per case, whatever the actions check.
        b.HasIndex(w => w.CaseId).IsUnique().HasFilter("\"EndedAtUtc\" IS NULL").HasDatabaseName("IX_CaseWaits_OneOpen");
        // Open waits of one kind by age: the administrative-closure scan (Perban 6/2024 Ps 30).
        b.HasIndex(w => new { w.WaitingFor, w.StartedAtUtc }).HasFilter("\"EndedAtUtc\" IS NULL")
            .HasDatabaseName("IX_CaseWaits_OpenByKind");
    }
}
