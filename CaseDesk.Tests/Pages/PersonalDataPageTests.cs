using Bunit;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using CaseDetails = CaseDesk.Web.Components.Pages.Cases.CaseDetails;

namespace CaseDesk.Tests.Pages;

/// <summary>The case page shows identifiers masked to everyone and in full only after an audited "show" by the
/// assigned officer, a supervisor or the head.</summary>
public sealed class PersonalDataPageTests : CasePageTestBase
{
    private const string Nik = "7414010101900001";
    private const string Phone = "+6281234567890";

    [Theory]
    [InlineData("assigned-officer", true)]
    [InlineData("other-officer", false)]
    [InlineData("supervisor", true)]
    [InlineData("head", true)]
    [InlineData("admin", false)]
    public async Task CaseDetails_EachRole_ShowsMaskedIdentifiersAndShowOnlyToThoseAllowed(string role, bool offered)
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c => c.WorkerPhone = Phone);
        await SignInAsRoleAsync(role);
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForAssertion(() => Assert.Contains("7414••••••••0001", cut.Find(".case-facts").TextContent));
        Assert.Contains("•••••••••••890", cut.Find(".case-facts").TextContent);
        Assert.DoesNotContain(Nik, cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, cut.Markup, StringComparison.Ordinal);
        Assert.Equal(offered, cut.FindAll("button.show-personal-data").Count == 1);
    }

    [Theory]
    [InlineData("assigned-officer")]
    [InlineData("supervisor")]
    public async Task CaseDetails_Show_DisplaysTheFullValuesAndRecordsOneView(string role)
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c => c.WorkerPhone = Phone);
        await SignInAsRoleAsync(role);
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));
        cut.WaitForElement("button.show-personal-data");

        await cut.Find("button.show-personal-data").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains(Nik, cut.Find(".case-facts").TextContent));
        Assert.Contains(Phone, cut.Find(".case-facts").TextContent);
        Assert.Single(cut.FindAll(".personal-data-shown"));
        Assert.Empty(cut.FindAll("button.show-personal-data"));
        Assert.Equal(1, await ViewsAsync());
    }

    [Fact]
    public async Task CaseDetails_EditByOtherOfficer_KeepsTheNikMaskedAndReadOnly()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync();
        await SignInAsRoleAsync("other-officer");
        Render<MudPopoverProvider>();
        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));
        cut.WaitForElement("button.edit-case");

        await cut.Find("button.edit-case").ClickAsync(new());

        var nik = cut.WaitForElement("#worker-nik");
        Assert.Equal("7414••••••••0001", nik.GetAttribute("value"));
        Assert.True(nik.HasAttribute("readonly"));
        Assert.DoesNotContain(Nik, cut.Markup, StringComparison.Ordinal);
        Assert.Equal(0, await ViewsAsync());
    }

    [Fact]
    public async Task CaseDetails_AnonymisedCase_ShowsTheBannerAndNoShow()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c =>
        {
            c.Status = CaseStatus.Closed;
            c.ClosedAtUtc = c.CreatedAtUtc;
            c.AnonymisedAtUtc = c.CreatedAtUtc;
            c.WorkerName = AnonymiseCase.Marker;
        });
        Render<MudPopoverProvider>();

        var cut = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        cut.WaitForAssertion(() => Assert.Contains("dianonimkan", cut.Find(".anonymised-banner").TextContent));
        Assert.Empty(cut.FindAll("button.show-personal-data"));
        Assert.Empty(cut.FindAll("button.anonymise-case"));
    }

    [Fact]
    public async Task CaseDetails_ClosedCase_OffersAnonymisationToTheHeadOnly()
    {
        UseCulture("id-ID");
        var seeded = await SeedCaseAsync(c =>
        {
            c.Status = CaseStatus.Closed;
            c.ClosedAtUtc = c.CreatedAtUtc;
        });
        Render<MudPopoverProvider>();
        var asOfficer = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));
        asOfficer.WaitForElement(".case-facts");
        Assert.Empty(asOfficer.FindAll("button.anonymise-case"));

        await SignInAsRoleAsync("head");
        var asHead = Render<CaseDetails>(p => p.Add(x => x.Id, seeded.Id));

        asHead.WaitForAssertion(() => Assert.Contains("Anonimkan", asHead.Find("button.anonymise-case").TextContent));
    }

    private async Task SignInAsRoleAsync(string role)
    {
        switch (role)
        {
            case "assigned-officer":
                break; // the seeded case is assigned to the signed-in officer
            case "other-officer":
                await SignInAsync("Petugas Lain", Roles.Officer);
                break;
            case "supervisor":
                await SignInAsync("Kepala Seksi", Roles.Officer, Roles.Supervisor);
                break;
            case "head":
                await SignInAsync("Kepala Balai", Roles.Head);
                break;
            case "admin":
                await SignInAsync("Admin Sistem", Roles.Admin);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(role));
        }
    }

    private async Task<int> ViewsAsync()
    {
        await using var db = await Db.Factory.CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == AuditAction.PersonalDataViewed);
    }
}
