namespace CaseDesk.Core.Reference;

/// <summary>A regency (kabupaten) or city (kota) of Sulawesi Tenggara, keyed by its Kemendagri code.</summary>
public sealed class Regency
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public bool IsIsland { get; set; }

    /// <summary>The 17 regencies and cities of Sulawesi Tenggara (Kemendagri codes, province 74).</summary>
    public static IReadOnlyList<Regency> SulawesiTenggara { get; } =
    [
        new() { Code = "7401", Name = "Buton", IsIsland = true },
        new() { Code = "7402", Name = "Muna", IsIsland = true },
        new() { Code = "7403", Name = "Konawe" },
        new() { Code = "7404", Name = "Kolaka" },
        new() { Code = "7405", Name = "Konawe Selatan" },
        new() { Code = "7406", Name = "Bombana" },
        new() { Code = "7407", Name = "Wakatobi", IsIsland = true },
        new() { Code = "7408", Name = "Kolaka Utara" },
        new() { Code = "7409", Name = "Buton Utara", IsIsland = true },
        new() { Code = "7410", Name = "Konawe Utara" },
        new() { Code = "7411", Name = "Kolaka Timur" },
        new() { Code = "7412", Name = "Konawe Kepulauan", IsIsland = true },
        new() { Code = "7413", Name = "Muna Barat", IsIsland = true },
        new() { Code = "7414", Name = "Buton Tengah", IsIsland = true },
        new() { Code = "7415", Name = "Buton Selatan", IsIsland = true },
        new() { Code = "7471", Name = "Kota Kendari" },
        new() { Code = "7472", Name = "Kota Baubau", IsIsland = true },
    ];
}
