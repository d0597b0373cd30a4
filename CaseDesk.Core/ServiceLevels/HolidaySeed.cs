namespace CaseDesk.Core.ServiceLevels;

/// <summary>The holidays the migration seeds; the admin maintains the table afterwards.</summary>
/// <remarks>
/// 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025 (17 national
/// holidays, 8 days of collective leave). 2027: the SKB was not available when this was written; the dates below are
/// the fixed-date holidays plus astronomical estimates of the lunar ones (marked <c>perkiraan</c>) and no collective
/// leave yet — the admin must check them against the SKB for 2027 (see README, Decisions).
/// </remarks>
internal static class HolidaySeed
{
    public static IReadOnlyList<Holiday> All { get; } =
    [
        National(2026, 1, 1, "Tahun Baru 2026 Masehi"),
        National(2026, 1, 16, "Isra Mikraj Nabi Muhammad SAW"),
        Leave(2026, 2, 16, "Cuti bersama Tahun Baru Imlek"),
        National(2026, 2, 17, "Tahun Baru Imlek 2577 Kongzili"),
        Leave(2026, 3, 18, "Cuti bersama Hari Suci Nyepi"),
        National(2026, 3, 19, "Hari Suci Nyepi Tahun Baru Saka 1948"),
        Leave(2026, 3, 20, "Cuti bersama Idulfitri 1447 H"),
        National(2026, 3, 21, "Idulfitri 1447 H"),
        National(2026, 3, 22, "Idulfitri 1447 H"),
        Leave(2026, 3, 23, "Cuti bersama Idulfitri 1447 H"),
        Leave(2026, 3, 24, "Cuti bersama Idulfitri 1447 H"),
        National(2026, 4, 3, "Wafat Yesus Kristus"),
        National(2026, 4, 5, "Kebangkitan Yesus Kristus (Paskah)"),
        National(2026, 5, 1, "Hari Buruh Internasional"),
        National(2026, 5, 14, "Kenaikan Yesus Kristus"),
        Leave(2026, 5, 15, "Cuti bersama Kenaikan Yesus Kristus"),
        National(2026, 5, 27, "Iduladha 1447 H"),
        Leave(2026, 5, 28, "Cuti bersama Iduladha 1447 H"),
        National(2026, 5, 31, "Hari Raya Waisak 2570 BE"),
        National(2026, 6, 1, "Hari Lahir Pancasila"),
        National(2026, 6, 16, "Tahun Baru Islam 1448 H"),
        National(2026, 8, 17, "Hari Proklamasi Kemerdekaan RI"),
        National(2026, 8, 25, "Maulid Nabi Muhammad SAW"),
        Leave(2026, 12, 24, "Cuti bersama Kelahiran Yesus Kristus"),
        National(2026, 12, 25, "Kelahiran Yesus Kristus"),

        National(2027, 1, 1, "Tahun Baru 2027 Masehi"),
        National(2027, 1, 6, "Isra Mikraj Nabi Muhammad SAW (perkiraan)"),
        National(2027, 2, 6, "Tahun Baru Imlek 2578 Kongzili"),
        National(2027, 3, 8, "Hari Suci Nyepi Tahun Baru Saka 1949 (perkiraan)"),
        National(2027, 3, 10, "Idulfitri 1448 H (perkiraan)"),
        National(2027, 3, 11, "Idulfitri 1448 H (perkiraan)"),
        National(2027, 3, 26, "Wafat Yesus Kristus"),
        National(2027, 3, 28, "Kebangkitan Yesus Kristus (Paskah)"),
        National(2027, 5, 1, "Hari Buruh Internasional"),
        National(2027, 5, 6, "Kenaikan Yesus Kristus"),
        National(2027, 5, 17, "Iduladha 1448 H (perkiraan)"),
        National(2027, 5, 20, "Hari Raya Waisak 2571 BE (perkiraan)"),
        National(2027, 6, 1, "Hari Lahir Pancasila"),
        National(2027, 6, 6, "Tahun Baru Islam 1449 H (perkiraan)"),
        National(2027, 8, 15, "Maulid Nabi Muhammad SAW (perkiraan)"),
        National(2027, 8, 17, "Hari Proklamasi Kemerdekaan RI"),
        National(2027, 12, 25, "Kelahiran Yesus Kristus"),
    ];

    private static Holiday National(int year, int month, int day, string name) =>
        new() { Date = new DateOnly(year, month, day), Name = name };

    private static Holiday Leave(int year, int month, int day, string name) =>
        new() { Date = new DateOnly(year, month, day), Name = name, IsCollectiveLeave = true };
}
