using CaseDesk.Core.Cases;
using CaseDesk.Core.Consents;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Letters;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;
using static CaseDesk.Core.Cases.CaseStatus;

namespace CaseDesk.Tests.Consents;

/// <summary>Letters that share personal data with another agency need the complainant's current consent.</summary>
public sealed class ConsentEnforcementTests
{
    private const string PoliceWithdrawn =
        "Pengadu telah menarik persetujuan berbagi data dengan Kepolisian pada 12 November 2026; surat rujukan tidak dapat diterbitkan.";

    private static Case ReferredToPolice()
    {
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Referred);
        c.ReferralTarget = ReferralTarget.Police;
        return c;
    }

    [Theory]
    [InlineData(LetterType.Referral, ReferralTarget.Police, ConsentPurpose.SharingPolice)]
    [InlineData(LetterType.Referral, ReferralTarget.Disnaker, ConsentPurpose.SharingDisnaker)]
    [InlineData(LetterType.Referral, ReferralTarget.Representation, ConsentPurpose.SharingRepresentation)]
    [InlineData(LetterType.Referral, ReferralTarget.MinistryDirectorate, ConsentPurpose.SharingMinistry)]
    [InlineData(LetterType.RepatriationNotice, null, ConsentPurpose.SharingDisnaker)]
    [InlineData(LetterType.ComplaintReceipt, ReferralTarget.Police, null)]
    [InlineData(LetterType.ClarificationInvitation, ReferralTarget.Police, null)]
    [InlineData(LetterType.MediationInvitation, null, null)]
    [InlineData(LetterType.MediationMinutes, ReferralTarget.Police, null)]
    [InlineData(LetterType.ClosureNotice, null, null)]
    public void SharingPurpose_EachLetter_NeedsTheConsentOfItsRecipient(LetterType type, ReferralTarget? target,
        ConsentPurpose? expected) =>
        Assert.Equal(expected, ConsentRules.SharingPurpose(type, target));

    [Fact]
    public async Task IssueLetter_ReferralWithConsentGiven_IsIssued()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ReferredToPolice(), withConsents: false);
        await testDb.GiveAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 10));

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.Referral, LetterDetails.None, c.Version,
            WorkflowFixtures.Officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Messages));
        Assert.Equal("B.1/BP3MI-SULTRA/PP.02.03/XI/2026", result.Number);
    }

    [Fact]
    public async Task IssueLetter_ReferralAfterWithdrawal_IsRefusedWithTheDateAndUsesNoNumber()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ReferredToPolice(), withConsents: false);
        await testDb.GiveAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 10));
        await testDb.WithdrawAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 12));

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.Referral, LetterDetails.None, c.Version,
            WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal([PoliceWithdrawn], result.Messages);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
        Assert.DoesNotContain((await testDb.LoadAsync(c.Id)).Events, e => e.Type == CaseEventType.LetterIssued);
    }

    [Fact]
    public async Task IssueLetter_ReferralAfterWithdrawal_English_SaysSoInEnglish()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(ReferredToPolice(), withConsents: false);
        await testDb.GiveAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 10));
        await testDb.WithdrawAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 12));

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.Referral, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        Assert.Equal(
            ["The complainant withdrew consent to share data with the police on 12 November 2026; the referral letter cannot be issued."],
            result.Messages);
    }

    [Fact]
    public async Task IssueLetter_ReferralWithoutAnyConsent_NamesTheMissingConsent()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ReferredToPolice(), withConsents: false);
        // Consent for another recipient does not cover the police.
        await testDb.GiveAsync(c.Id, ConsentPurpose.SharingDisnaker, new(2026, 11, 10));

        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.Referral, LetterDetails.None, c.Version,
            WorkflowFixtures.Officer);

        Assert.Equal(CommandOutcome.NotAllowed, result.Outcome);
        Assert.Equal(["Belum ada persetujuan pengadu untuk berbagi data dengan Kepolisian; surat rujukan tidak dapat diterbitkan."],
            result.Messages);
        Assert.Empty(await testDb.LettersAsync());
    }

    [Fact]
    public async Task IssueLetter_GivenAgainAfterWithdrawal_IsIssued()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(ReferredToPolice(), withConsents: false);
        await testDb.GiveAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 10));
        await testDb.WithdrawAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 12));
        Assert.False((await testDb.Issue().ExecuteAsync(c.Id, LetterType.Referral, LetterDetails.None, null,
            WorkflowFixtures.Officer)).Succeeded);

        await testDb.GiveAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 20));
        var result = await testDb.Issue().ExecuteAsync(c.Id, LetterType.Referral, LetterDetails.None, null,
            WorkflowFixtures.Officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Messages));
        // The refused attempt consumed no number.
        Assert.Equal("B.1/BP3MI-SULTRA/PP.02.03/XI/2026", result.Number);
    }

    [Fact]
    public async Task IssueLetter_LettersThatShareNothing_NeedNoConsent()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Mediation), withConsents: false);

        var receipt = await testDb.Issue().ExecuteAsync(c.Id, LetterType.ComplaintReceipt, LetterDetails.None, null,
            WorkflowFixtures.Officer);
        var invitation = await testDb.Issue().ExecuteAsync(c.Id, LetterType.MediationInvitation, LetterFixtures.Meeting,
            null, WorkflowFixtures.Officer);

        Assert.True(receipt.Succeeded && invitation.Succeeded,
            string.Join(", ", receipt.Messages.Concat(invitation.Messages)));
    }

    [Fact]
    public async Task TransitionCase_ReferWithLetterWithoutConsent_FailsWholeAndSavesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);
        await testDb.GiveAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 10));
        await testDb.WithdrawAsync(c.Id, ConsentPurpose.SharingPolice, new(2026, 11, 12));
        var input = new StepInput { ReferralTarget = ReferralTarget.Police, Letter = LetterDetails.None };

        var result = await testDb.Transition().ExecuteAsync(c.Id, CaseTrigger.Refer, input, c.Version,
            WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Equal([PoliceWithdrawn], result.Messages);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((Verification, c.Version), (saved.Status, saved.Version));
        Assert.DoesNotContain(saved.Events, e => e.Type is CaseEventType.Transition or CaseEventType.LetterIssued);
        Assert.Empty(await testDb.LettersAsync());
        Assert.Empty(await testDb.CountersAsync());
    }

    [Fact]
    public async Task TransitionCase_ReferWithoutTheLetter_IsStillPossible()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);

        var result = await testDb.Transition().ExecuteAsync(c.Id, CaseTrigger.Refer,
            new StepInput { ReferralTarget = ReferralTarget.Police }, c.Version, WorkflowFixtures.Officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Messages));
        Assert.Null(result.LetterNumber);
    }

    [Fact]
    public async Task TransitionCase_ReferToTheConsentedRecipient_IssuesTheLetter()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Verification), withConsents: false);
        await testDb.GiveAsync(c.Id, ConsentPurpose.SharingRepresentation, new(2026, 11, 10));

        var result = await testDb.Transition().ExecuteAsync(c.Id, CaseTrigger.Refer,
            WorkflowFixtures.ValidInput(CaseTrigger.Refer) with { Letter = LetterDetails.None }, c.Version,
            WorkflowFixtures.Officer);

        Assert.True(result.Succeeded, string.Join(", ", result.Messages));
        Assert.Equal("B.1/BP3MI-SULTRA/PP.02.03/XI/2026", result.LetterNumber);
    }

    [Fact]
    public async Task TransitionCase_ArrivalNoticeAfterDisnakerWithdrawn_IsRefused()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = WorkflowFixtures.Complete(CaseKind.Repatriation, Coordinating);
        c.ArrivalAtUtc = null;
        await testDb.InsertAsync(c);
        await testDb.WithdrawAsync(c.Id, ConsentPurpose.SharingDisnaker, new(2026, 11, 21));

        var result = await testDb.Transition().ExecuteAsync(c.Id, CaseTrigger.RecordArrival,
            WorkflowFixtures.ValidInput(CaseTrigger.RecordArrival) with { Letter = LetterDetails.None }, c.Version,
            WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Equal(
            ["Pengadu telah menarik persetujuan berbagi data dengan Disnaker pada 21 November 2026; surat pemberitahuan kepulangan tidak dapat diterbitkan."],
            result.Messages);
        Assert.Empty(await testDb.LettersAsync());
    }

    [Fact]
    public void LetterChoices_ConsentWithdrawn_OffersTheReferralDisabledWithWhy()
    {
        var c = ReferredToPolice();
        var consents = new CaseConsents(
        [
            new ConsentEntry(2, ConsentPurpose.SharingPolice, ConsentDecision.Withdrawn, ConsentMethod.Verbal,
                new DateOnly(2026, 11, 12), "Petugas", DateTime.UtcNow, null),
            new ConsentEntry(1, ConsentPurpose.SharingPolice, ConsentDecision.Given, ConsentMethod.SignedForm,
                new DateOnly(2026, 11, 10), "Petugas", DateTime.UtcNow, null),
        ]);

        var referral = LetterChoices.For(c, consents).Single(x => x.Type == LetterType.Referral);
        var withoutConsents = LetterChoices.For(c).Single(x => x.Type == LetterType.Referral);

        Assert.False(referral.Fits);
        Assert.Equal([PoliceWithdrawn], referral.Unfit);
        Assert.True(withoutConsents.Fits);
    }
}
