namespace CaseDesk.Core.Reference;

/// <summary>A destination country (ISO 3166-1 alpha-2) and the Indonesian representation that usually handles it.</summary>
public sealed class Country
{
    public required string Code { get; set; }
    public required string NameId { get; set; }
    public required string NameEn { get; set; }
    /// <summary>E.g. "KBRI Kuala Lumpur"; the officer may record a different one on the case.</summary>
    public required string Representation { get; set; }

    public static IReadOnlyList<Country> Destinations { get; } =
    [
        new() { Code = "MY", NameId = "Malaysia", NameEn = "Malaysia", Representation = "KBRI Kuala Lumpur" },
        new() { Code = "SA", NameId = "Arab Saudi", NameEn = "Saudi Arabia", Representation = "KBRI Riyadh" },
        new() { Code = "TW", NameId = "Taiwan", NameEn = "Taiwan", Representation = "KDEI Taipei" },
        new() { Code = "HK", NameId = "Hong Kong", NameEn = "Hong Kong", Representation = "KJRI Hong Kong" },
        new() { Code = "SG", NameId = "Singapura", NameEn = "Singapore", Representation = "KBRI Singapura" },
        new() { Code = "KR", NameId = "Korea Selatan", NameEn = "South Korea", Representation = "KBRI Seoul" },
        new() { Code = "JP", NameId = "Jepang", NameEn = "Japan", Representation = "KBRI Tokyo" },
        new() { Code = "AE", NameId = "Uni Emirat Arab", NameEn = "United Arab Emirates", Representation = "KBRI Abu Dhabi" },
        new() { Code = "QA", NameId = "Qatar", NameEn = "Qatar", Representation = "KBRI Doha" },
        new() { Code = "KW", NameId = "Kuwait", NameEn = "Kuwait", Representation = "KBRI Kuwait City" },
        new() { Code = "OM", NameId = "Oman", NameEn = "Oman", Representation = "KBRI Muscat" },
        new() { Code = "BN", NameId = "Brunei Darussalam", NameEn = "Brunei", Representation = "KBRI Bandar Seri Begawan" },
        new() { Code = "TR", NameId = "Turki", NameEn = "Turkey", Representation = "KBRI Ankara" },
        new() { Code = "PL", NameId = "Polandia", NameEn = "Poland", Representation = "KBRI Warsawa" },
        new() { Code = "KH", NameId = "Kamboja", NameEn = "Cambodia", Representation = "KBRI Phnom Penh" },
        new() { Code = "MM", NameId = "Myanmar", NameEn = "Myanmar", Representation = "KBRI Yangon" },
        new() { Code = "TH", NameId = "Thailand", NameEn = "Thailand", Representation = "KBRI Bangkok" },
        new() { Code = "PH", NameId = "Filipina", NameEn = "Philippines", Representation = "KBRI Manila" },
        new() { Code = "CN", NameId = "Tiongkok", NameEn = "China", Representation = "KBRI Beijing" },
        new() { Code = "AU", NameId = "Australia", NameEn = "Australia", Representation = "KBRI Canberra" },
        new() { Code = "NZ", NameId = "Selandia Baru", NameEn = "New Zealand", Representation = "KBRI Wellington" },
        new() { Code = "JO", NameId = "Yordania", NameEn = "Jordan", Representation = "KBRI Amman" },
        new() { Code = "BH", NameId = "Bahrain", NameEn = "Bahrain", Representation = "KBRI Manama" },
        new() { Code = "IT", NameId = "Italia", NameEn = "Italy", Representation = "KBRI Roma" },
        new() { Code = "DE", NameId = "Jerman", NameEn = "Germany", Representation = "KBRI Berlin" },
    ];
}
