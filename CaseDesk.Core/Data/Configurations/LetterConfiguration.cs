using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseDesk.Core.Data.Configurations;

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> b)
    {
        b.Property(l => l.Number).HasMaxLength(100);
        b.HasIndex(l => l.Number).IsUnique();
        b.HasIndex(l => new { l.Year, l.Sequence }).IsUnique();
        b.HasIndex(l => new { l.CaseId, l.IssuedAtUtc });

        b.Property(l => l.IssuedById).HasMaxLength(450);
        b.Property(l => l.IssuedByName).HasMaxLength(150);
        b.Property(l => l.CancelledById).HasMaxLength(450);
        b.Property(l => l.CancelledByName).HasMaxLength(150);
        b.Property(l => l.CancelReason).HasMaxLength(LetterRules.CancelReasonMax);
        b.Ignore(l => l.IsCancelled);

        // The register is an official record: a case with letters cannot be deleted.
        b.HasOne(l => l.Case).WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LetterCounterConfiguration : IEntityTypeConfiguration<LetterCounter>
{
    public void Configure(EntityTypeBuilder<LetterCounter> b)
    {
        b.HasKey(c => c.Year);
        b.Property(c => c.Year).ValueGeneratedNever();
        // Providers whose transactions do not lock up front see a concurrent allocation as a concurrency conflict.
        b.Property(c => c.LastSequence).IsConcurrencyToken();
    }
}
