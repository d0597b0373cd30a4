using CaseDesk.Core.Cases;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Letters.Templates;
using CaseDesk.Tests.Documents;

namespace CaseDesk.Tests.Letters;

/// <summary>Each letter template rendered from a snapshot and read back from the PDF.</summary>
public sealed class LetterTemplateTests
{
    private static readonly PdfSharpRenderer Renderer = new();

    public static TheoryData<LetterType> AllTypes => [.. Enum.GetValues<LetterType>()];

    [Theory]
    [MemberData(nameof(AllTypes))]
    public void Compose_EveryType_HasLetterheadNumberDateSignatoryAndWorker(LetterType type)
    {
        var snapshot = Sample(type);

        var text = Text(snapshot);

        Assert.Contains("BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA", text);
        Assert.Contains("B.57/BP3MI-SULTRA/PP.02.02/XI/2026", text);
        Assert.Contains("Kendari, 23 November 2026", text);
        Assert.Contains("Wa Ode Sitti Marlina", text);
        Assert.Contains("ADU-2026-000123", text);
        Assert.Contains("Halaman 1 dari", text);
        if (type is not (LetterType.ComplaintReceipt))
        {
            Assert.Contains("La Ode Rahmat Hidayat, S.H., M.H.", text);
            Assert.Contains("NIP. 197805122005011003", text);
        }

        SaveSample(type, snapshot);
    }

    [Fact]
    public void MediationMinutes_Agreement_StatesSettlementInFiguresAndWordsAndAllSignatories()
    {
        var text = Text(Sample(LetterType.MediationMinutes));

        Assert.Contains("BERITA ACARA MEDIASI", text);
        Assert.Contains("Rp 15.750.000", text);
        Assert.Contains("lima belas juta tujuh ratus lima puluh ribu rupiah", text);
        Assert.Contains("Majikan membayar gaji 14 bulan melalui KBRI Kuala Lumpur.", text);
        Assert.Contains("PIHAK PERTAMA", text);
        Assert.Contains("PIHAK KEDUA", text);
        Assert.Contains("Puan Rosnah binti Ahmad", text);
        Assert.Contains("Mediator", text);
        Assert.Contains("Andi Pratama", text);
    }

    [Fact]
    public void MediationMinutes_Failure_SaysNoAgreementAndWhereItIsReferred()
    {
        var s = Sample(LetterType.MediationMinutes);
        s = s with
        {
            Case = s.Case with
            {
                MediationOutcome = MediationOutcome.Failed,
                SettlementAmount = null,
                SettlementAmountText = null,
                SettlementAmountInWords = null,
                ReferralTargetLabel = "Kepolisian",
                ReferralTarget = ReferralTarget.Police,
            },
        };

        var text = Text(s);

        Assert.Contains("TIDAK MENCAPAI KESEPAKATAN", text);
        Assert.Contains("dirujuk kepada Kepolisian", text);
        Assert.DoesNotContain("rupiah", text);
    }

    [Fact]
    public void MediationInvitation_StatesDayDateTimeAndPlace()
    {
        var text = Text(Sample(LetterType.MediationInvitation));

        Assert.Contains("Senin, 30 November 2026", text);
        Assert.Contains("09.00 WITA", text);
        Assert.Contains("Ruang Mediasi BP3MI Sulawesi Tenggara", text);
        Assert.Contains("Undangan Mediasi", text);
    }

    [Fact]
    public void RepatriationNotice_IsAddressedToTheHomeRegencysLabourOffice()
    {
        var text = Text(Sample(LetterType.RepatriationNotice));

        Assert.Contains("Kepala Dinas Tenaga Kerja Kabupaten Buton Tengah", text);
        Assert.Contains("Bandara Haluoleo Kendari", text);
        Assert.Contains("Keluarga (suami, La Ode Hamzah)", text);
    }

    [Fact]
    public void Referral_ToPolice_IsARecommendationToThePolice()
    {
        var s = Sample(LetterType.Referral);
        s = s with { Case = s.Case with { ReferralTarget = ReferralTarget.Police, ReferralTargetLabel = "Kepolisian" } };

        var text = Text(s);

        Assert.Contains("Kepala Kepolisian Daerah Sulawesi Tenggara", text);
        Assert.Contains("Rekomendasi Penanganan Perkara", text);
        Assert.Contains("Undang-Undang Nomor 18 Tahun 2017", text);
    }

    [Fact]
    public void ClosureNotice_ListsTheOutcomeAndTheCopies()
    {
        var s = Sample(LetterType.ClosureNotice);
        s = s with { Details = s.Details with { CarbonCopies = ["Kepala Dinas Tenaga Kerja Kabupaten Buton Tengah"] } };

        var text = Text(s);

        Assert.Contains("Pemberitahuan Penyelesaian Pengaduan", text);
        Assert.Contains("Rp 15.750.000", text);
        Assert.Contains("ditutup pada tanggal 23 November 2026", text);
        Assert.Contains("Tembusan:", text);
        Assert.Contains("Kepala Dinas Tenaga Kerja Kabupaten Buton Tengah.", text);
    }

    [Fact]
    public void Compose_CancelledLetter_SaysSoAboveTheBody()
    {
        var text = Text(Sample(LetterType.ClarificationInvitation),
            new LetterCancellation(new DateOnly(2026, 11, 24), "Salah alamat P3MI"));

        Assert.Contains("SURAT INI TELAH DIBATALKAN", text);
        Assert.Contains("Salah alamat P3MI", text);
    }

    [Fact]
    public void Compose_SameSnapshot_RendersTheSameText()
    {
        var snapshot = LetterSnapshot.FromJson(Sample(LetterType.MediationMinutes).ToJson());

        Assert.Equal(Text(Sample(LetterType.MediationMinutes)), Text(snapshot));
    }

    private static string Text(LetterSnapshot s, LetterCancellation? cancelled = null) =>
        string.Join("\n", PdfRead.PageTexts(Renderer.Render(LetterDocument.Compose(s, cancelled))));

    private static void SaveSample(LetterType type, LetterSnapshot s)
    {
        var folder = Environment.GetEnvironmentVariable("CASEDESK_SAMPLE_LETTERS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"{type}.pdf"), Renderer.Render(LetterDocument.Compose(s)));
        }
    }

    /// <summary>An individual-employer domestic worker from Buton Tengah whose wages were settled through KBRI.</summary>
    internal static LetterSnapshot Sample(LetterType type) => new()
    {
        Type = type,
        Title = type.ToString(),
        Number = "B.57/BP3MI-SULTRA/PP.02.02/XI/2026",
        IssuedDate = new DateOnly(2026, 11, 23),
        IssuedDateText = "23 November 2026",
        City = "Kendari",
        Office = new LetterOffice
        {
            Letterhead = ["KEMENTERIAN PELINDUNGAN PEKERJA MIGRAN INDONESIA", "BALAI PELAYANAN PELINDUNGAN PEKERJA MIGRAN INDONESIA", "SULAWESI TENGGARA"],
            ParentAgency = "Kementerian Pelindungan Pekerja Migran Indonesia",
            Name = "Balai Pelayanan Pelindungan Pekerja Migran Indonesia Sulawesi Tenggara",
            Address = "Jl. Brigjen Z.A. Sugianto No. 1, Kendari, Sulawesi Tenggara",
            Phone = "(0401) 3125 600",
            Email = "bp3mi.sultra@kp2mi.go.id",
            City = "Kendari",
            UnitCode = "BP3MI-SULTRA",
        },
        Signatory = new LetterSignatory("La Ode Rahmat Hidayat, S.H., M.H.", "Kepala Balai", "197805122005011003"),
        IssuedByName = "Andi Pratama",
        Case = new LetterCaseFacts
        {
            ReferenceNumber = "ADU-2026-000123",
            Kind = CaseKind.Complaint,
            KindLabel = "Pengaduan",
            SectorLabel = "Perseorangan (pemberi kerja perseorangan)",
            OpenedDate = new DateOnly(2026, 10, 5),
            OpenedDateText = "5 Oktober 2026",
            Worker = new LetterWorker
            {
                Name = "Wa Ode Sitti Marlina",
                Sex = Sex.Female,
                SexLabel = "Perempuan",
                DateOfBirth = new DateOnly(1994, 3, 14),
                DateOfBirthText = "14 Maret 1994",
                Nik = "7414055403940002",
                PassportNo = "C1234567",
                Phone = "+6281245678901",
                RegencyCode = "7414",
                RegencyName = "Buton Tengah",
                RegencyTitle = "Kabupaten Buton Tengah",
                Village = "Desa Lakudo",
            },
            Complainant = new LetterComplainant("La Ode Hamzah", "Suami", "+6281355512345"),
            DestinationCountryName = "Malaysia",
            Employer = new LetterEmployer(EmployerType.Individual, "Perseorangan", "Puan Rosnah binti Ahmad", "Malaysia"),
            RespondentName = "Puan Rosnah binti Ahmad",
            Representation = "KBRI Kuala Lumpur",
            CategoryLabel = "Gaji tidak dibayar",
            ChannelLabel = "Datang langsung",
            Narrative = "Pekerja rumah tangga di Selangor; gaji 14 bulan belum dibayar oleh majikan perseorangan.",
            UrgencyLabel = "Biasa",
            MediationOutcome = MediationOutcome.Agreement,
            MediationOutcomeLabel = "Sepakat",
            SettlementAmount = 15_750_000,
            SettlementAmountText = "Rp 15.750.000",
            SettlementAmountInWords = "lima belas juta tujuh ratus lima puluh ribu rupiah",
            MediationTerms = "Majikan membayar gaji 14 bulan melalui KBRI Kuala Lumpur.",
            ReferralTarget = ReferralTarget.Representation,
            ReferralTargetLabel = "KBRI/KJRI",
            ArrivalText = "Minggu, 22 November 2026 pukul 14.30 WITA",
            ArrivalPoint = "Bandara Haluoleo Kendari",
            HandedOverTo = "Keluarga (suami, La Ode Hamzah)",
            ClosedDate = new DateOnly(2026, 11, 23),
            ClosedDateText = "23 November 2026",
        },
        Details = new LetterDetails
        {
            MeetingDate = new DateOnly(2026, 11, 30),
            MeetingTime = new TimeOnly(9, 0),
            MeetingPlace = "Ruang Mediasi BP3MI Sulawesi Tenggara, Kendari",
        },
        MeetingDateText = "Senin, 30 November 2026",
        MeetingTimeText = "09.00 WITA",
    };
}
