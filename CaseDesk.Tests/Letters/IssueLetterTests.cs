using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using Microsoft.EntityFrameworkCore;
using static CaseDesk.Core.Cases.CaseStatus;

namespace CaseDesk.Tests.Letters;

public sealed class IssueLetterTests
{
    [Fact]
    public async Task ExecuteAsync_FirstLetterOfTheYear_IsNumberOneWithTheTypesClassification()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting,
            c.Version, WorkflowFixtures.Officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Messages));
        Assert.Equal("B.1/BP3MI-SULTRA/PP.02.02/XI/2026", result.Number);
        var letter = Assert.Single(await testDb.LettersAsync());
        Assert.Equal((result.LetterId, c.Id, LetterType.MediationInvitation, 2026, 1),
            ((int?)letter.Id, letter.CaseId, letter.Type, letter.Year, letter.Sequence));
        Assert.Equal(new TestClock().Now.UtcDateTime, letter.IssuedAtUtc);
        Assert.Equal((WorkflowFixtures.Officer.UserId, WorkflowFixtures.Officer.DisplayName),
            (letter.IssuedById, letter.IssuedByName));
        Assert.False(letter.IsCancelled);
        Assert.Equal(1, Assert.Single(await testDb.CountersAsync()).LastSequence);
    }

    [Fact]
    public async Task ExecuteAsync_RecordsTheLetterOnTheTimelineInIndonesian_WithoutChangingTheCase()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));

        await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting, null,
            WorkflowFixtures.Officer);

        var saved = await testDb.LoadAsync(c.Id);
        var e = Assert.Single(saved.Events);
        Assert.Equal(CaseEventType.LetterIssued, e.Type);
        Assert.Equal("Surat Undangan Mediasi nomor B.1/BP3MI-SULTRA/PP.02.02/XI/2026", e.Note);
        Assert.Equal(WorkflowFixtures.Officer.DisplayName, e.ActorName);
        Assert.Equal((c.Version, c.UpdatedAtUtc, Mediation), (saved.Version, saved.UpdatedAtUtc, saved.Status));
    }

    [Fact]
    public async Task ExecuteAsync_SeveralLettersOnSeveralCases_ShareOneGapFreeSequence()
    {
        await using var testDb = await TestDb.CreateAsync();
        var complaint = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Referred));
        var repatriation = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Repatriation, Arrived));
        var issue = testDb.Issue();

        var numbers = new List<string?>
        {
            (await issue.ExecuteAsync(complaint.Id, LetterType.ComplaintReceipt, LetterDetails.None, null, WorkflowFixtures.Officer)).Number,
            (await issue.ExecuteAsync(repatriation.Id, LetterType.RepatriationNotice, LetterDetails.None, null, WorkflowFixtures.Officer)).Number,
            (await issue.ExecuteAsync(complaint.Id, LetterType.Referral, LetterDetails.None, null, WorkflowFixtures.Officer)).Number,
        };

        Assert.Equal(
        [
            "B.1/BP3MI-SULTRA/PP.02.01/XI/2026",
            "B.2/BP3MI-SULTRA/PP.03.01/XI/2026",
            "B.3/BP3MI-SULTRA/PP.02.03/XI/2026",
        ], numbers);
        Assert.Equal([1, 2, 3], (await testDb.LettersAsync()).Select(l => l.Sequence));
    }

    [Fact]
    public async Task ExecuteAsync_AcrossNewYearInWita_RestartsTheSequence()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        // 31 December 2026 23:30 WITA is 15:30 UTC; 1 January 2027 00:30 WITA is 16:30 UTC on 31 December.
        var clock = new TestClock(new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero));
        var issue = testDb.Issue(clock);

        var lateIn2026 = await issue.ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        var alsoIn2026 = await issue.ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        clock.Advance(TimeSpan.FromHours(1));
        var firstOf2027 = await issue.ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        Assert.Equal("B.1/BP3MI-SULTRA/PP.02.01/XII/2026", lateIn2026.Number);
        Assert.Equal("B.2/BP3MI-SULTRA/PP.02.01/XII/2026", alsoIn2026.Number);
        Assert.Equal("B.1/BP3MI-SULTRA/PP.02.01/I/2027", firstOf2027.Number);
        Assert.Equal([(2026, 2), (2027, 1)], (await testDb.CountersAsync()).Select(x => (x.Year, x.LastSequence)));
        var snapshot = (await testDb.Queries().GetAsync(firstOf2027.LetterId!.Value))!.Snapshot;
        Assert.Equal((new DateOnly(2027, 1, 1), "1 Januari 2027"), (snapshot.IssuedDate, snapshot.IssuedDateText));
    }

    [Fact]
    public async Task ExecuteAsync_EightConcurrentIssuers_GetSequencesOneToEightWithoutGapsOrDuplicates()
    {
        await using var testDb = await TestDb.CreateAsync();
        var cases = new List<Case>();
        for (var i = 0; i < 8; i++)
        {
            cases.Add(await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification)));
        }

        using var start = new ManualResetEventSlim();
        var tasks = cases.Select(c => Task.Run(() =>
        {
            start.Wait();
            // A separate action, context and connection per issuer, as in the app.
            return testDb.Issue().ExecuteAsync(c.Id, LetterType.ClarificationInvitation, LetterFixtures.Meeting, null,
                WorkflowFixtures.Officer);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(tasks);

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join(", ", r.Messages)));
        var letters = await testDb.LettersAsync();
        Assert.Equal(Enumerable.Range(1, 8), letters.Select(l => l.Sequence).Order());
        Assert.Equal(8, results.Select(r => r.Number).Distinct().Count());
        Assert.Equal(8, letters.Select(l => l.CaseId).Distinct().Count());
        Assert.Equal(8, Assert.Single(await testDb.CountersAsync()).LastSequence);
    }

    [Fact]
    public async Task ExecuteAsync_StaleVersion_ReturnsConflictAndIssuesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("id-ID");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting,
            c.Version - 1, WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.Conflict, result.Outcome);
        Assert.Equal(["Kasus ini telah diubah oleh petugas lain. Muat ulang untuk melihat perubahan terbaru."],
            result.Messages);
        Assert.Null(result.Number);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
        Assert.Empty((await testDb.LoadAsync(c.Id)).Events);
    }

    [Theory]
    [InlineData("id-ID", "Kasus tidak ditemukan.")]
    [InlineData("en", "Case not found.")]
    public async Task ExecuteAsync_UnknownCase_ReturnsNotFoundInTheUserLanguage(string culture, string expected)
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture(culture);

        var result = await testDb.Issue().ExecuteAsync(4242, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.NotFound, result.Outcome);
        Assert.Equal([expected], result.Messages);
    }

    public static TheoryData<string, CaseKind, CaseStatus, LetterType, string> UnfitLetters() => new()
    {
        {
            "id-ID", CaseKind.Complaint, Mediation, LetterType.RepatriationNotice,
            "Surat Pemberitahuan Kepulangan tidak sesuai untuk kasus ini: hanya untuk kasus pemulangan."
        },
        {
            "en", CaseKind.Complaint, Mediation, LetterType.RepatriationNotice,
            "Repatriation notice does not fit this case: only for repatriation cases."
        },
        {
            "id-ID", CaseKind.Complaint, Resolved, LetterType.ClosureNotice,
            "Surat Pemberitahuan Penyelesaian tidak sesuai untuk kasus ini: kasus belum ditutup."
        },
        {
            "en", CaseKind.Complaint, Verification, LetterType.MediationInvitation,
            "Mediation invitation does not fit this case: the case is not in mediation."
        },
        {
            "en", CaseKind.Repatriation, Verification, LetterType.ClarificationInvitation,
            "Clarification invitation does not fit this case: not for repatriation cases."
        },
    };

    [Theory]
    [MemberData(nameof(UnfitLetters))]
    public async Task ExecuteAsync_LetterThatDoesNotFitTheCase_IsRefusedInTheUserLanguage(string culture, CaseKind kind,
        CaseStatus status, LetterType type, string expected)
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture(culture);
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(kind, status));

        var result = await testDb.Issue().ExecuteAsync(c.Id, type, LetterFixtures.Meeting, null, WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal([expected], result.Messages);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_MinutesBeforeAnyMediationOutcome_AreRefused()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("id-ID");
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Mediation);
        c.MediationOutcome = null;
        await testDb.InsertAsync(c);

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationMinutes, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        Assert.Equal(["Berita Acara Mediasi tidak sesuai untuk kasus ini: hasil mediasi belum dicatat."], result.Messages);
    }

    [Fact]
    public async Task ExecuteAsync_ClarificationWithoutRespondent_IsRefused()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Verification, Sector.ShipCrew);
        (c.PlacementCompanyName, c.EmployerName) = (null, " ");
        await testDb.InsertAsync(c);

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.ClarificationInvitation, LetterFixtures.Meeting,
            null, WorkflowFixtures.Officer);

        Assert.Equal(
            ["Clarification invitation does not fit this case: no respondent (placement company or employer) is recorded."],
            result.Messages);
    }

    [Theory]
    [InlineData("id-ID", new[] { "Tanggal pertemuan wajib diisi.", "Jam pertemuan wajib diisi.", "Tempat pertemuan wajib diisi." })]
    [InlineData("en", new[] { "The meeting date is required.", "The meeting time is required.", "The meeting place is required." })]
    public async Task ExecuteAsync_InvitationWithoutMeeting_IsInvalidInTheUserLanguage(string culture, string[] expected)
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture(culture);
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation,
            new LetterDetails { MeetingPlace = "  " }, null, WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.Invalid, result.Outcome);
        Assert.Equal(expected, result.Messages);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
    }

    [Fact]
    public async Task ExecuteAsync_MeetingBeforeTheDateOfTheLetter_IsInvalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("id-ID");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));

        var past = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation,
            LetterFixtures.Meeting with { MeetingDate = LetterFixtures.Today.AddDays(-1) }, null, WorkflowFixtures.Officer);
        var sameDay = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation,
            LetterFixtures.Meeting with { MeetingDate = LetterFixtures.Today }, null, WorkflowFixtures.Officer);

        Assert.Equal(["Tanggal pertemuan tidak boleh sebelum tanggal surat."], past.Messages);
        Assert.True(sameDay.Succeeded);
    }

    [Fact]
    public async Task ExecuteAsync_TooManyCopiesOrLongRemarks_IsInvalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.ComplaintReceipt, new LetterDetails
        {
            CarbonCopies = Enumerable.Range(1, 13).Select(i => $"Pihak {i}").ToList(),
            Remarks = new string('x', 2001),
        }, null, WorkflowFixtures.Officer);

        Assert.Equal(["Copies to: too many lines (at most 12).", "Remarks: the text is too long (at most 2000 characters)."],
            result.Messages);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownLetterType_IsInvalid()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));

        var result = await testDb.Issue().ExecuteAsync(c.Id, (LetterType)99, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        Assert.Equal((CommandOutcome.Invalid, "Unknown letter type."), (result.Outcome, Assert.Single(result.Messages)));
    }

    [Fact]
    public async Task ExecuteAsync_ConfiguredOffice_NumbersAndSignsWithIt()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        var options = new LetterOptions
        {
            UnitCode = "BP3MI-SULTRA-2",
            City = "Baubau",
            Signatory = new SignatoryOptions { Name = "Plh. Kepala", Title = "Plh. Kepala Balai", Nip = "198001012006042001" },
        };
        options.ClassificationCodes[LetterType.ComplaintReceipt] = "UM.01.01";
        var issue = new IssueLetter(testDb.Factory, new TestClock(), LetterFixtures.Options(options));

        var result = await issue.ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        Assert.Equal("B.1/BP3MI-SULTRA-2/UM.01.01/XI/2026", result.Number);
        var snapshot = (await testDb.Queries().GetAsync(result.LetterId!.Value))!.Snapshot;
        Assert.Equal(new LetterSignatory("Plh. Kepala", "Plh. Kepala Balai", "198001012006042001"), snapshot.Signatory);
        Assert.Equal(("Baubau", "Baubau"), (snapshot.City, snapshot.Office.City));
    }

    [Fact]
    public async Task IssueAsync_OutsideATransaction_Throws()
    {
        await using var testDb = await TestDb.CreateAsync();
        var inserted = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation));
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var c = await db.Cases.SingleAsync(x => x.Id == inserted.Id);

        await Assert.ThrowsAsync<InvalidOperationException>(() => new LetterRegister(new LetterOptions())
            .IssueAsync(db, c, LetterType.ComplaintReceipt, LetterDetails.None, WorkflowFixtures.Officer,
                DateTime.UtcNow, CancellationToken.None));
    }
}
