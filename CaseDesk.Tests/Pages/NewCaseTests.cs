using Bunit;
using CaseDesk.Core.Cases;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CaseDesk.Tests.Pages;

public sealed class NewCaseTests : CasePageTestBase
{
    [Fact]
    public async Task NewCase_EmptySubmit_ShowsIndonesianMessagesUnderFieldsAndSavesNothing()
    {
        UseCulture("id-ID");
        Render<MudPopoverProvider>();
        var cut = Render<NewCase>();
        var expected = CaseValidator.Validate(new CaseInput(), Today);
        Assert.NotEmpty(expected);

        cut.Find("button.save-case").Click();

        cut.WaitForAssertion(() =>
        {
            var summary = cut.Find(".case-form-summary").TextContent;
            Assert.Contains("Periksa kembali isian berikut", summary);
            Assert.All(expected, e => Assert.Contains(e.Message, summary));
        });
        var nameError = Assert.Single(expected, e => e.Field == nameof(CaseInput.WorkerName));
        Assert.Contains(nameError.Message, cut.Find(".f-WorkerName").TextContent);
        Assert.Contains("Nama pekerja", cut.Markup);
        Assert.Equal(0, await CountCasesAsync());
    }

    [Fact]
    public async Task NewCase_BadNikAndFutureBirthDate_ShowsBothErrorsAndSavesNothing()
    {
        UseCulture("id-ID");
        Render<MudPopoverProvider>();
        var cut = Render<NewCase>();
        var input = cut.FindComponent<CaseForm>().Instance.Input;
        await cut.InvokeAsync(() =>
        {
            FillValidInput(input, "7414014507950002");
            input.WorkerDateOfBirth = Today.AddDays(30);
        });

        cut.Find("input#worker-nik").Change("74140145");
        cut.Find("button.save-case").Click();

        var errors = CaseValidator.Validate(input, Today);
        var nik = Assert.Single(errors, e => e.Field == nameof(CaseInput.WorkerNik));
        var birth = Assert.Single(errors, e => e.Field == nameof(CaseInput.WorkerDateOfBirth));
        cut.WaitForAssertion(() =>
        {
            Assert.Contains(nik.Message, cut.Find(".f-WorkerNik").TextContent);
            Assert.Contains(birth.Message, cut.Find(".f-WorkerDateOfBirth").TextContent);
            Assert.Contains(nik.Message, cut.Find(".case-form-summary").TextContent);
        });
        Assert.Equal("74140145", input.WorkerNik); // what was typed stays in the form
        Assert.Equal(0, await CountCasesAsync());
    }

    [Fact]
    public async Task NewCase_EnglishCulture_ShowsEnglishLabelsAndMessages()
    {
        UseCulture("id-ID");
        var indonesian = CaseValidator.Validate(new CaseInput(), Today)
            .Single(e => e.Field == nameof(CaseInput.WorkerName)).Message;
        UseCulture("en");
        var english = CaseValidator.Validate(new CaseInput(), Today)
            .Single(e => e.Field == nameof(CaseInput.WorkerName)).Message;
        Assert.NotEqual(indonesian, english);
        Render<MudPopoverProvider>();
        var cut = Render<NewCase>();

        cut.Find("button.save-case").Click();

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("Please check the following", cut.Find(".case-form-summary").TextContent);
            Assert.Contains(english, cut.Find(".f-WorkerName").TextContent);
        });
        Assert.Contains("Worker name", cut.Markup);
        Assert.Contains("New case", cut.Markup);
        Assert.DoesNotContain(indonesian, cut.Markup);
        Assert.Equal(0, await CountCasesAsync());
    }

    [Fact]
    public async Task NewCase_DuplicateThenContinue_SavesSecondCaseAndNavigates()
    {
        UseCulture("id-ID");
        var existing = await SeedCaseAsync(c => c.WorkerNik = "7414014507950002");
        Render<MudPopoverProvider>();
        var cut = Render<NewCase>();
        var input = cut.FindComponent<CaseForm>().Instance.Input;
        await cut.InvokeAsync(() => FillValidInput(input, "7414014507950002"));
        Assert.Empty(CaseValidator.Validate(input, Today));

        cut.Find("button.save-case").Click();

        cut.WaitForAssertion(() =>
        {
            var warning = cut.Find(".duplicate-warning");
            Assert.Contains(existing.ReferenceNumber, warning.TextContent);
            Assert.Contains("Tetap simpan sebagai kasus baru", warning.TextContent);
            Assert.Equal($"/cases/{existing.Id}", warning.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal("_blank", warning.QuerySelector("a")!.GetAttribute("target"));
        });
        Assert.Equal(1, await CountCasesAsync());

        cut.Find("button.continue-anyway").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Matches(@"/cases/\d+$", navigation.Uri));
        Assert.Equal(2, await CountCasesAsync());
        var id = int.Parse(navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..]);
        var saved = await LoadCaseAsync(id);
        Assert.Null(saved.LinkedCaseId);
        var snackbars = Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message).ToList();
        Assert.Equal($"Kasus {saved.ReferenceNumber} tersimpan", snackbars[0]);
        // The receipt is issued by default, in the same save, and announced with its register number.
        Assert.Matches(@"^Tanda terima B\.1/BP3MI-SULTRA/PP\.02\.01/[IVX]+/\d{4} diterbitkan$", snackbars[1]);
    }

    [Fact]
    public async Task NewCase_DuplicateThenLink_SavesWithLinkToExistingCase()
    {
        UseCulture("id-ID");
        var existing = await SeedCaseAsync(c => c.WorkerNik = "7414014507950002");
        Render<MudPopoverProvider>();
        var cut = Render<NewCase>();
        var input = cut.FindComponent<CaseForm>().Instance.Input;
        await cut.InvokeAsync(() => FillValidInput(input, "7414014507950002"));

        cut.Find("button.save-case").Click();
        cut.WaitForElement("button.link-duplicate").Click();

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Matches(@"/cases/\d+$", navigation.Uri));
        var id = int.Parse(navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..]);
        Assert.Equal(existing.Id, (await LoadCaseAsync(id)).LinkedCaseId);
    }

    [Fact]
    public void NewCase_UrgentCategory_ShowsLiveUrgentChip()
    {
        UseCulture("id-ID");
        Render<MudPopoverProvider>();
        var cut = Render<NewCase>();
        Assert.Empty(cut.FindAll(".urgent-chip"));

        cut.Find(".f-UrgencyRaised input").Change(true);

        Assert.Contains("Mendesak", cut.Find(".urgent-chip").TextContent);
    }
}
