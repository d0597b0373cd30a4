using CaseDesk.Core.Consents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseDesk.Core.Data.Configurations;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("ConsentRecords");
        b.Property(r => r.RecordedById).HasMaxLength(450);
        b.Property(r => r.RecordedByName).HasMaxLength(150);
        b.Property(r => r.Note).HasMaxLength(ConsentRecord.NoteMaxLength);
        b.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);

        // The current state per purpose is the latest record of the case for that purpose.
        b.HasIndex(r => new { r.CaseId, r.Purpose, r.Id });
    }
}
