using CaseDesk.Core.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseDesk.Core.Data.Configurations;

// Reference data is seeded by migration (HasData), so every database, including production, has it.
internal sealed class RegencyConfiguration : IEntityTypeConfiguration<Regency>
{
    public void Configure(EntityTypeBuilder<Regency> b)
    {
        b.HasKey(r => r.Code);
        b.Property(r => r.Code).HasMaxLength(4);
        b.Property(r => r.Name).HasMaxLength(60);
        b.HasData(Regency.SulawesiTenggara.Select(r => new Regency { Code = r.Code, Name = r.Name, IsIsland = r.IsIsland }));
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> b)
    {
        b.HasKey(c => c.Code);
        b.Property(c => c.Code).HasMaxLength(2);
        b.Property(c => c.NameId).HasMaxLength(60);
        b.Property(c => c.NameEn).HasMaxLength(60);
        b.Property(c => c.Representation).HasMaxLength(100);
        b.HasData(Country.Destinations.Select(c =>
            new Country { Code = c.Code, NameId = c.NameId, NameEn = c.NameEn, Representation = c.Representation }));
    }
}

internal sealed class CategoryInfoConfiguration : IEntityTypeConfiguration<CategoryInfo>
{
    public void Configure(EntityTypeBuilder<CategoryInfo> b)
    {
        b.HasKey(c => c.Code);
        b.Property(c => c.NameId).HasMaxLength(80);
        b.Property(c => c.NameEn).HasMaxLength(80);
        b.HasData(CategoryInfo.All.Select(c => new CategoryInfo
        {
            Code = c.Code,
            NameId = c.NameId,
            NameEn = c.NameEn,
            UrgentByDefault = c.UrgentByDefault,
        }));
    }
}
