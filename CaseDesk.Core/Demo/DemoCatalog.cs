using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Demo;

/// <summary>
/// Invented but plausible people, places and companies of Sulawesi Tenggara for the demo cases. Every company and
/// person here is fictional; district names, countries and the representations are real.
/// </summary>
internal static class DemoCatalog
{
    internal sealed record District(string Code, string Name, string[] Villages);

    internal sealed record Home(string RegencyCode, double Weight, bool ButonMuna, District[] Districts);

    // Weights follow the office's experience: the Buton islands, Muna, Bombana, Kendari and Konawe Selatan send most
    // workers (and receive most deportees); Wakatobi and Konawe Kepulauan few. District codes are illustrative.
    internal static readonly Home[] Homes =
    [
        new("7414", 14, true, [
            new("01", "Lakudo", ["Wongko Lakudo", "Lolibu", "Moko", "Madongka"]),
            new("02", "Mawasangka", ["Banga", "Lasori", "Wambuliga"]),
            new("03", "Gu", ["Bombonawulu", "Lakapera", "Walando"]),
            new("04", "Sangia Wambulu", ["Lantongau", "Baruta"]),
        ]),
        new("7402", 11, true, [
            new("01", "Katobu", ["Raha I", "Laende", "Wamponiki"]),
            new("02", "Lohia", ["Lohia", "Wabintingi", "Mantobua"]),
            new("03", "Napabalano", ["Napabalano", "Tampo", "Lambiku"]),
            new("04", "Kontunaga", ["Mabodo", "Bahutara"]),
        ]),
        new("7406", 10, false, [
            new("01", "Rumbia", ["Lameroro", "Poea", "Lampopala"]),
            new("02", "Poleang", ["Boepinang", "Kampala"]),
            new("03", "Kabaena", ["Teomokole", "Dongkala", "Rahadopi"]),
        ]),
        new("7471", 10, false, [
            new("01", "Mandonga", ["Korumba", "Wawombalata"]),
            new("02", "Kadia", ["Bende", "Pondambea"]),
            new("03", "Poasia", ["Anduonohu", "Rahandouna"]),
            new("04", "Abeli", ["Lapulu", "Talia"]),
            new("05", "Wua-Wua", ["Bonggoeya", "Anawai"]),
        ]),
        new("7401", 9, true, [
            new("01", "Pasarwajo", ["Holimombo", "Kombeli", "Wakoko"]),
            new("02", "Lasalimu", ["Kamaru", "Suandala"]),
            new("03", "Kapontori", ["Wakalambe", "Barangka"]),
        ]),
        new("7405", 9, false, [
            new("01", "Andoolo", ["Potuho", "Lapoa"]),
            new("02", "Konda", ["Lamomea", "Cialam Jaya"]),
            new("03", "Ranomeeto", ["Boro-Boro", "Amoito"]),
            new("04", "Moramo", ["Lakomea", "Tanjung Tiram"]),
        ]),
        new("7472", 6, true, [
            new("01", "Wolio", ["Batulo", "Wale"]),
            new("02", "Betoambari", ["Katobengke", "Sulaa"]),
            new("03", "Sorawolio", ["Kaisabu Baru", "Bugi"]),
        ]),
        new("7413", 6, true, [
            new("01", "Lawa", ["Lagadi", "Latugho"]),
            new("02", "Kusambi", ["Kusambi", "Lakawoghe"]),
            new("03", "Tiworo Kepulauan", ["Waulai", "Santigi"]),
        ]),
        new("7415", 5, true, [
            new("01", "Batauga", ["Laompo", "Masiri"]),
            new("02", "Sampolawa", ["Bandar Batauga", "Gunung Sejuk"]),
            new("03", "Lapandewa", ["Lapandewa", "Gaya Baru"]),
        ]),
        new("7403", 5, false, [
            new("01", "Unaaha", ["Tuoy", "Asambu"]),
            new("02", "Wawotobi", ["Inalahi", "Kasupute"]),
            new("03", "Lambuya", ["Lambuya", "Waworaha"]),
        ]),
        new("7404", 4, false, [
            new("01", "Kolaka", ["Lamokato", "Laloeha"]),
            new("02", "Pomalaa", ["Dawi-Dawi", "Pesouha"]),
            new("03", "Wundulako", ["Unamendaa", "Tikonu"]),
        ]),
        new("7409", 4, true, [
            new("01", "Kulisusu", ["Lemo", "Bone"]),
            new("02", "Bonegunu", ["Waode Angkalo", "Buranga"]),
        ]),
        new("7411", 3, false, [
            new("01", "Tirawuta", ["Rate-Rate", "Lalingato"]),
            new("02", "Ladongi", ["Atula", "Gunung Jaya"]),
        ]),
        new("7408", 3, false, [
            new("01", "Lasusua", ["Totallang", "Batu Putih"]),
            new("02", "Pakue", ["Olo-Oloho", "Mikuasi"]),
        ]),
        new("7410", 3, false, [
            new("01", "Asera", ["Asemi Nunulai", "Wanggudu"]),
            new("02", "Lasolo", ["Tinobu", "Boenaga"]),
        ]),
        new("7407", 2, true, [
            new("01", "Wangi-Wangi", ["Mandati I", "Wandoka"]),
            new("02", "Kaledupa", ["Ollo", "Ambeua"]),
            new("03", "Binongko", ["Rukuwa", "Wali"]),
        ]),
        new("7412", 1.5, true, [
            new("01", "Wawonii Barat", ["Langara", "Lampeapi"]),
            new("02", "Wawonii Timur", ["Munse", "Ladianta"]),
        ]),
    ];

    // Buton and Muna men carry "La", women "Wa"; the nobility "La Ode" / "Wa Ode".
    internal static readonly string[] ButonMunaMale =
    [
        "Ani", "Hamidi", "Sidu", "Rudi", "Mahu", "Jumu", "Ambo", "Saleh", "Hasani", "Kasim", "Dinda", "Tafu",
        "Ngkoa", "Ramli", "Umar",
    ];

    internal static readonly string[] ButonMunaFemale =
    [
        "Sinta", "Ima", "Nuri", "Ramla", "Hadia", "Sariati", "Fatima", "Mina", "Rosna", "Salma", "Nirma", "Tuti",
    ];

    internal static readonly string[] OdeMale =
    [
        "Hasrun", "Safiudin", "Muhammad Rusli", "Ali Basri", "Kaimuddin", "Abdul Rahim", "Syaiful", "Muhlis",
    ];

    internal static readonly string[] OdeFemale =
    [
        "Nurlina", "Harnia", "Sitti Asma", "Rosmiati", "Farida", "Nurmala", "Hasmia", "Wiwin",
    ];

    internal static readonly string[] MaleGiven =
    [
        "Muhammad", "Hasrul", "Irwan", "Syamsul", "Akbar", "Rahmat", "Ramli", "Supriadi", "Lukman", "Asrun",
        "Jusman", "Arman", "Hendra", "Risal", "Yusran", "Sahrul", "Amiruddin", "Muh. Arsyad", "Andi Baso",
        "Andi Tenri", "Asrul", "Basri", "Darwis", "Herman", "Jufri", "Kadir", "Nasrun", "Rusman", "Sudirman",
    ];

    internal static readonly string[] FemaleGiven =
    [
        "Sitti", "Nurhalisa", "Risna", "Jumriati", "Hasmiati", "Fitriani", "Sukmawati", "Marlina", "Nurhayati",
        "Rosmini", "Wahyuni", "Kasmawati", "Hasnawati", "Nursia", "Andi Nurul", "Sitti Aminah", "Rahmawati",
        "Sumarni", "Irma", "Nurjannah", "Mardiana", "Hartini", "Asriani", "Fatmawati", "Yuliana", "Suriani",
    ];

    // Second names are usually a father's given name or a family name.
    internal static readonly string[] SecondNames =
    [
        "Rahman", "Amir", "Hamid", "Yusuf", "Saleh", "Lamasi", "Tosugi", "Lamba", "Mustafa", "Ismail", "Hasan",
        "Bakri", "Anwar", "Sahid", "Latif", "Ramadhan", "Nur", "Karim", "Djafar", "Manaf", "Haruna", "Sulaiman",
    ];

    internal sealed record Destination(string Code, double Weight, string[] Cities);

    // Malaysia far ahead (Sabah plantations, domestic work), then the Gulf, Taiwan, Hong Kong, Singapore, Korea.
    internal static readonly Destination[] Destinations =
    [
        new("MY", 46, ["Tawau", "Kota Kinabalu", "Sandakan", "Kuala Lumpur", "Johor Bahru", "Penang"]),
        new("SA", 14, ["Riyadh", "Jeddah", "Dammam", "Madinah"]),
        new("TW", 9, ["Kaohsiung", "Taichung", "Taipei", "Pingtung"]),
        new("HK", 7, ["Hong Kong"]),
        new("SG", 5, ["Singapura"]),
        new("KR", 4, ["Busan", "Ansan", "Tongyeong"]),
        new("JP", 2.5, ["Osaka", "Ibaraki"]),
        new("AE", 2.5, ["Dubai", "Abu Dhabi"]),
        new("BN", 2, ["Bandar Seri Begawan"]),
        new("QA", 1.5, ["Doha"]),
        new("KW", 1.2, ["Kuwait City"]),
        new("KH", 1.5, ["Sihanoukville", "Phnom Penh"]),
        new("MM", 0.6, ["Myawaddy"]),
        new("OM", 0.6, ["Muscat"]),
        new("TR", 0.4, ["Istanbul"]),
        new("PL", 0.4, ["Wroclaw"]),
    ];

    /// <summary>The post that handles a city, when it is not the country's embassy.</summary>
    internal static string? ConsulateFor(string city) => city switch
    {
        "Tawau" => "Konsulat RI Tawau",
        "Kota Kinabalu" or "Sandakan" => "KJRI Kota Kinabalu",
        "Johor Bahru" => "KJRI Johor Bahru",
        "Penang" => "KJRI Penang",
        "Jeddah" or "Madinah" => "KJRI Jeddah",
        "Dubai" => "KJRI Dubai",
        "Osaka" => "KJRI Osaka",
        _ => null,
    };

    internal sealed record Company(string Name, string Licence);

    internal static readonly Company[] PlacementCompanies =
    [
        new("PT Sinar Buton Mandiri", "KEP.0412/PPTK/2019"),
        new("PT Anoa Jaya Sejahtera", "KEP.1187/PPTK/2020"),
        new("PT Wolio Karya Utama", "KEP.0736/PPTK/2018"),
        new("PT Bahari Sultra Abadi", "KEP.2045/PPTK/2021"),
        new("PT Mitra Tenaga Kendari", "KEP.0958/PPTK/2019"),
        new("PT Putra Muna Perkasa", "KEP.1530/PPTK/2022"),
        new("PT Lestari Bumi Anoa", "KEP.0871/PPTK/2020"),
        new("PT Cahaya Kolaka Bersatu", "KEP.1764/PPTK/2021"),
        new("PT Samudra Wakatobi Raya", "KEP.2210/PPTK/2023"),
        new("PT Bintang Timur Sulawesi", "KEP.0655/PPTK/2018"),
    ];

    internal static string[] IndividualEmployers(string country) => country switch
    {
        "MY" => ["Encik Ahmad bin Yusof", "Puan Siti Aisyah binti Rahman", "Mr. Tan Boon Huat", "Puan Noraini binti Ismail"],
        "SA" => ["Abdullah bin Saleh Al-Harbi", "Fahad Al-Qahtani", "Nawal Al-Otaibi"],
        "HK" => ["Mrs. Chan Mei Ling", "Mr. Wong Ka Fai", "Mrs. Lau Siu Wai"],
        "TW" => ["Lin Chih-Ming", "Chen Shu-Fen", "Huang Wen-Hsiung"],
        "SG" => ["Mdm. Lim Siew Hoon", "Mr. Goh Kok Leong"],
        "AE" => ["Khalid Al-Mansouri", "Mariam Al-Suwaidi"],
        "QA" => ["Hamad Al-Kuwari"],
        "KW" => ["Faisal Al-Mutairi"],
        "OM" => ["Salim Al-Balushi"],
        "BN" => ["Dayang Hajah Rosnah"],
        _ => ["Majikan perseorangan (nama belum diketahui)"],
    };

    internal static string[] CompanyEmployers(string country, Sector sector) => (country, sector) switch
    {
        ("MY", Sector.ShipCrew) => ["Syarikat Perikanan Sandakan Sdn. Bhd."],
        ("MY", _) => ["Ladang Sawit Tawau Sdn. Bhd.", "Syarikat Perladangan Sabah Hijau Sdn. Bhd.",
            "Kilang Elektronik Permai Sdn. Bhd.", "Binaan Jaya Johor Sdn. Bhd."],
        ("TW", Sector.ShipCrew) => ["Hsin Yuan Fishery Co., Ltd.", "Kaohsiung Ocean Harvest Co., Ltd."],
        ("TW", _) => ["Taichung Precision Metal Co., Ltd.", "Pingtung Textile Co., Ltd."],
        ("KR", Sector.ShipCrew) => ["Daesung Marine Co., Ltd.", "Tongyeong Fisheries Co., Ltd."],
        ("KR", _) => ["Ansan Auto Parts Co., Ltd."],
        ("JP", _) => ["Kaisei Seafoods K.K.", "Osaka Care Service K.K."],
        ("SG", _) => ["Marina Shipyard Pte. Ltd."],
        ("SA", _) => ["Al-Noor Cleaning Services Co."],
        ("AE", _) => ["Gulf Hospitality Services LLC"],
        ("KH", _) or ("MM", _) => ["Golden Bay Entertainment Co., Ltd."],
        _ => ["Perusahaan di negara penempatan (nama belum diketahui)"],
    };

    internal static string Job(Sector sector, Sex sex, string country) => (sector, country) switch
    {
        (Sector.IndividualEmployer, "HK" or "TW" or "SG") => sex == Sex.Female
            ? "pekerja rumah tangga dan perawat lansia"
            : "perawat lansia",
        (Sector.IndividualEmployer, _) => sex == Sex.Female ? "pekerja rumah tangga" : "sopir keluarga",
        (Sector.ShipCrew, _) => "anak buah kapal (ABK) kapal penangkap ikan",
        (Sector.Formal, "MY") => "pekerja perkebunan kelapa sawit",
        (Sector.Formal, "KH" or "MM") => "staf pemasaran daring",
        (Sector.Formal, _) => "operator pabrik",
        _ => "buruh harian",
    };

    internal static readonly string[] Relations = ["Istri", "Suami", "Ibu kandung", "Ayah kandung", "Anak kandung", "Saudara kandung", "Paman"];

    internal static readonly string[] Illnesses =
    [
        "stroke ringan", "gagal ginjal", "tuberkulosis", "patah kaki akibat kecelakaan kerja", "gangguan jiwa",
        "kanker payudara",
    ];

    internal static readonly string[] CausesOfDeath =
    [
        "serangan jantung", "kecelakaan kerja di lokasi perkebunan", "sakit paru-paru", "kecelakaan lalu lintas",
        "tenggelam saat bekerja di kapal",
    ];

    internal const string ConsentWithdrawalNote =
        "Pengadu menyampaikan surat pernyataan penarikan persetujuan; salinan disimpan dalam berkas.";

    internal static readonly string[] CaseNotes =
    [
        "Menghubungi pengadu melalui telepon untuk melengkapi kronologi kejadian.",
        "Salinan paspor, KTP dan perjanjian kerja diterima melalui WhatsApp.",
        "Pengadu datang ke kantor membawa dokumen pendukung tambahan.",
        "Koordinasi dengan Disnakertrans kabupaten asal terkait data keberangkatan PMI.",
        "Mengirim surat permintaan klarifikasi kepada pihak teradu.",
        "Berkoordinasi dengan perwakilan RI untuk memastikan kondisi dan keberadaan PMI.",
        "Keluarga menyampaikan PMI sudah dapat dihubungi kembali dan dalam keadaan sehat.",
        "Data PMI dicocokkan dengan sistem informasi penempatan (SISKOP2MI).",
    ];
}
