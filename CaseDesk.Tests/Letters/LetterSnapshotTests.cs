using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using static CaseDesk.Core.Cases.CaseStatus;

namespace CaseDesk.Tests.Letters;

public sealed class LetterSnapshotTests
{
    [Fact]
    public async Task Snapshot_MediationInvitation_CarriesEverythingTheTemplateNeedsInIndonesian()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en"); // the officer's screen language does not reach the letter
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Mediation);
        (c.WorkerNik, c.WorkerPassportNo, c.WorkerDateOfBirth, c.HomeVillage) =
            ("7414015505900001", "C1234567", new DateOnly(1990, 5, 15), "Desa Lakudo");
        (c.ComplainantName, c.ComplainantRelation, c.ComplainantPhone) = ("La Ode Amir", "Suami", "081234567890");
        (c.EmployerType, c.EmployerCountryCode, c.PlacementCompanyLicenceNo) = (EmployerType.Individual, "MY", "B.123/2020");
        await testDb.InsertAsync(c);

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting with
        {
            MeetingPlace = "  Ruang Mediasi  ",
            CarbonCopies = ["Menteri P2MI di Jakarta", " ", "Arsip"],
        }, null, WorkflowFixtures.Officer);
        var s = (await testDb.Queries().GetAsync(result.LetterId!.Value))!.Snapshot;

        Assert.Equal((LetterSnapshot.CurrentSchema, LetterType.MediationInvitation, "Surat Undangan Mediasi", result.Number),
            (s.Schema, s.Type, s.Title, s.Number));
        Assert.Equal((LetterFixtures.Today, "23 November 2026", "Kendari"), (s.IssuedDate, s.IssuedDateText, s.City));
        Assert.Equal(LetterOptions.DefaultLetterhead, s.Office.Letterhead);
        Assert.Equal("Balai Pelayanan Pelindungan Pekerja Migran Indonesia Sulawesi Tenggara", s.Office.Name);
        Assert.Equal("Kepala Balai", s.Signatory.Title);
        Assert.Equal(WorkflowFixtures.Officer.DisplayName, s.IssuedByName);

        Assert.Equal((c.ReferenceNumber, "Pengaduan", new DateOnly(2026, 11, 19)), (s.Case.ReferenceNumber, s.Case.KindLabel, s.Case.OpenedDate));
        var w = s.Case.Worker;
        Assert.Equal(("Wa Ode Sitti", "Perempuan", "15 Mei 1990", "7414015505900001", "C1234567"),
            (w.Name, w.SexLabel, w.DateOfBirthText, w.Nik, w.PassportNo));
        Assert.Equal(("Buton Tengah", "Kabupaten Buton Tengah", "Desa Lakudo"), (w.RegencyName, w.RegencyTitle, w.Village));
        Assert.Equal(new LetterComplainant("La Ode Amir", "Suami", "081234567890"), s.Case.Complainant);
        Assert.Equal("Malaysia", s.Case.DestinationCountryName);
        Assert.Equal(new LetterEmployer(EmployerType.Individual, "Perseorangan", "Tan Ah Kow", "Malaysia"), s.Case.Employer);
        Assert.Equal(("PT Contoh Penempatan", "B.123/2020", "PT Contoh Penempatan", "KBRI Kuala Lumpur"),
            (s.Case.PlacementCompanyName, s.Case.PlacementCompanyLicenceNo, s.Case.RespondentName, s.Case.Representation));
        Assert.Equal(("Gaji tidak dibayar", "Datang langsung"), (s.Case.CategoryLabel, s.Case.ChannelLabel));

        Assert.Equal("Sdr./Sdri. La Ode Amir dan Pimpinan PT Contoh Penempatan", s.Details.AddresseeName);
        Assert.Equal((new DateOnly(2026, 11, 30), new TimeOnly(9, 0), "Ruang Mediasi"),
            (s.Details.MeetingDate!.Value, s.Details.MeetingTime!.Value, s.Details.MeetingPlace));
        Assert.Equal(("Senin, 30 November 2026", "09.00 WITA"), (s.MeetingDateText, s.MeetingTimeText));
        Assert.Equal(["Menteri P2MI di Jakarta", "Arsip"], s.Details.CarbonCopies);
    }

    [Fact]
    public async Task Snapshot_RoundTripsThroughJsonUnchanged()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting, null,
            WorkflowFixtures.Officer);
        var issued = (await testDb.Queries().GetAsync(result.LetterId!.Value))!;

        var again = LetterSnapshot.FromJson(issued.Snapshot.ToJson());

        Assert.Equal(issued.Letter.Snapshot, issued.Snapshot.ToJson());
        Assert.Equal(issued.Letter.Snapshot, again.ToJson());
        Assert.Equal(issued.Snapshot.Case.Worker, again.Case.Worker);
        Assert.Contains("\"Title\":\"Surat Undangan Mediasi\"", issued.Letter.Snapshot, StringComparison.Ordinal);
        Assert.Contains("\"Type\":\"MediationInvitation\"", issued.Letter.Snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snapshot_AfterTheCaseAndReferenceDataChange_StaysAsIssued()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));
        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationMinutes, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        var before = (await testDb.Queries().GetAsync(result.LetterId!.Value))!.Letter.Snapshot;

        await testDb.ExecuteAsync(async db =>
        {
            var saved = await db.Cases.SingleAsync(x => x.Id == c.Id);
            (saved.WorkerName, saved.HomeRegencyCode, saved.MediationTerms, saved.SettlementAmount) =
                ("Nama Baru", "7471", "Syarat baru.", 1);
            (await db.Countries.SingleAsync(x => x.Code == "MY")).NameId = "Malaysia (diubah)";
        });
        var after = (await testDb.Queries().GetAsync(result.LetterId!.Value))!.Snapshot;

        Assert.Equal(before, after.ToJson());
        Assert.Equal(("Wa Ode Sitti", "Buton Tengah", "Malaysia", "Gaji dibayar penuh."),
            (after.Case.Worker.Name, after.Case.Worker.RegencyName, after.Case.DestinationCountryName, after.Case.MediationTerms));
    }

    [Fact]
    public async Task Snapshot_Minutes_CarryOutcomeTermsAndSettlementInFiguresAndWords()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Resolved);
        c.SettlementAmount = 15_750_000;
        await testDb.InsertAsync(c);

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationMinutes, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        var s = (await testDb.Queries().GetAsync(result.LetterId!.Value))!.Snapshot;

        Assert.Equal((MediationOutcome.Agreement, "Sepakat", "Gaji dibayar penuh."),
            (s.Case.MediationOutcome!.Value, s.Case.MediationOutcomeLabel, s.Case.MediationTerms));
        Assert.Equal(("Rp15.750.000", "lima belas juta tujuh ratus lima puluh ribu rupiah"),
            (s.Case.SettlementAmountText, s.Case.SettlementAmountInWords));
        Assert.Null(s.Details.AddresseeName); // minutes are addressed to no one
        Assert.Equal("B.1/BP3MI-SULTRA/PP.02.02/XI/2026", s.Number);
    }

    [Fact]
    public async Task Snapshot_ExplicitAddressee_IsKeptTrimmed()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Referred));

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.Referral, new LetterDetails
        {
            AddresseeName = "  Kepala Kepolisian Daerah Sulawesi Tenggara ",
            AddresseeAddress = ["Jl. Haluoleo No. 1", "", "Kendari"],
        }, null, WorkflowFixtures.Officer);
        var s = (await testDb.Queries().GetAsync(result.LetterId!.Value))!.Snapshot;

        Assert.Equal("Kepala Kepolisian Daerah Sulawesi Tenggara", s.Details.AddresseeName);
        Assert.Equal(["Jl. Haluoleo No. 1", "Kendari"], s.Details.AddresseeAddress);
        Assert.Equal((ReferralTarget.Disnaker, "Disnaker"), (s.Case.ReferralTarget!.Value, s.Case.ReferralTargetLabel));
        Assert.Null(s.Details.MeetingDate); // no meeting on a referral
    }
}
