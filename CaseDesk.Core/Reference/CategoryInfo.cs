using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Reference;

/// <summary>
/// Reference row for a complaint category, so reports and external tools can join on readable names. The case stores
/// the <see cref="ComplaintCategory"/> name as its code.
/// </summary>
public sealed class CategoryInfo
{
    public required ComplaintCategory Code { get; set; }
    public required string NameId { get; set; }
    public required string NameEn { get; set; }
    public bool UrgentByDefault { get; set; }

    public static IReadOnlyList<CategoryInfo> All { get; } =
    [
        Make(ComplaintCategory.UnpaidWages, "Gaji tidak dibayar", "Unpaid wages"),
        Make(ComplaintCategory.WantsToReturn, "Ingin dipulangkan", "Wants to return home"),
        Make(ComplaintCategory.Deported, "Dideportasi", "Deported"),
        Make(ComplaintCategory.Sick, "Sakit", "Sick"),
        Make(ComplaintCategory.Deceased, "Meninggal dunia", "Deceased"),
        Make(ComplaintCategory.LostContact, "Hilang kontak", "Lost contact"),
        Make(ComplaintCategory.Overcharging, "Biaya penempatan berlebih", "Overcharging"),
        Make(ComplaintCategory.DocumentWithholding, "Penahanan dokumen", "Document withholding"),
        Make(ComplaintCategory.ContractTermination, "Pemutusan hubungan kerja", "Contract termination"),
        Make(ComplaintCategory.ViolenceAbuse, "Kekerasan / penganiayaan", "Violence / abuse"),
        Make(ComplaintCategory.Trafficking, "Tindak pidana perdagangan orang (TPPO)", "Trafficking (TPPO)"),
        Make(ComplaintCategory.JobFraud, "Penipuan lowongan kerja", "Job fraud"),
        Make(ComplaintCategory.FailedDeparture, "Gagal berangkat", "Failed departure"),
        Make(ComplaintCategory.SocialSecurityClaim, "Klaim jaminan sosial", "Social-security claim"),
        Make(ComplaintCategory.Other, "Lainnya", "Other"),
    ];

    private static CategoryInfo Make(ComplaintCategory code, string id, string en) =>
        new() { Code = code, NameId = id, NameEn = en, UrgentByDefault = Case.IsUrgentCategory(code) };
}
