using System.Globalization;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Demo;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseDesk.Tests.Browser;

/// <summary>
/// The foundation's "done means", in a real browser against the real app: the demo officer takes a new complaint of
/// an individual-employer domestic worker from Buton Tengah through verification, mediation (agreement with a
/// settlement amount) and a closure request that the demo supervisor approves, and sees every step on the timeline —
/// in Indonesian.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ComplaintWalkthroughTests
{
    [Fact]
    public async Task Officer_TakesIndividualEmployerComplaintFromIntakeToClosure_InIndonesian()
    {
        Assert.True(BrowserSession.ChromiumInstalled, "Chromium is missing: apt-get install -y chromium (.ci/run does)");
        await using var app = await RunningApp.StartAsync("Development", ("DemoData__Seed", "true"),
            ("DemoData__Cases", "10"));
        // Demo seeding may finish after the server starts answering.
        Assert.Equal(10, await Web.AppBootTests.WaitForCasesAsync(app, 10));
        await using var browser = await BrowserSession.StartAsync(app);
        var page = browser.Page;

        await browser.SignInAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cases"));
        await browser.WaitForInteractiveAsync();
        // The seeded demo cases are listed (server-side paging).
        await Assertions.Expect(page.Locator(".mud-table-body tr").First).ToContainTextAsync(
            new System.Text.RegularExpressions.Regex(@"(ADU|MED|PUL)-\d{4}-\d{6}"));
        await browser.ScreenshotAsync("01-queue");

        await page.GotoAsync("/cases/new");
        await browser.WaitForInteractiveAsync();
        await page.Locator("#worker-name").FillAsync("Wa Ode Sitti Marlina");
        await browser.SelectAsync("f-WorkerSex", "Perempuan");
        await page.Locator("#worker-dob").FillAsync("14/03/1994");
        await page.Locator("#worker-dob").PressAsync("Tab");
        await page.Locator("#worker-nik").FillAsync("7414055403940002");
        await page.Locator("#worker-passport").FillAsync("C1234567");
        await page.Locator("#worker-phone").FillAsync("0812 4567 8901");
        await browser.SelectAsync("f-HomeRegencyCode", "Buton Tengah");
        await page.Locator("#worker-village").FillAsync("Lakudo");
        await page.Locator("#departure-date").FillAsync("02/05/2023");
        await page.Locator("#departure-date").PressAsync("Tab");
        await browser.SelectAsync("f-Sector", "Perseorangan (pemberi kerja perseorangan)");
        await browser.SelectAsync("f-DestinationCountryCode", "Malaysia");
        await page.Locator("#employer-name").FillAsync("Puan Rosnah binti Ahmad");
        await browser.SelectAsync("f-EmployerCountryCode", "Malaysia");
        await page.Locator("#representation").FillAsync("KBRI Kuala Lumpur");
        await browser.SelectAsync("f-Category", "Gaji tidak dibayar");
        await browser.SelectAsync("f-Channel", "Datang langsung");
        await page.Locator("#narrative").FillAsync(
            "Pekerja rumah tangga di Selangor; gaji 14 bulan belum dibayar oleh majikan perseorangan.");
        await browser.ScreenshotAsync("02-new-case");
        await page.Locator("button.save-case").ClickAsync();

        await browser.ExpectUrlAsync(new System.Text.RegularExpressions.Regex(@"/cases/\d+$"));
        await Assertions.Expect(page.Locator(".case-reference")).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex(@"^ADU-\d{4}-\d{6}$"));
        await Assertions.Expect(page.Locator(".state-chip")).ToHaveTextAsync("Penerimaan");
        var caseId = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

        // Verification offers the clarification invitation to the employer; the officer sends it later.
        await page.Locator(".workflow-step[data-trigger=StartVerification] button").ClickAsync();
        await page.Locator(".step-dialog .step-issue-letter input").UncheckAsync();
        await page.Locator(".step-dialog button.step-confirm").ClickAsync();
        await Assertions.Expect(page.Locator(".state-chip")).ToHaveTextAsync("Verifikasi");

        // Mediation needs a verified identity: the step is disabled and says why.
        var startMediation = page.Locator(".workflow-step[data-trigger=StartMediation]");
        await Assertions.Expect(startMediation.Locator("button")).ToBeDisabledAsync();
        await Assertions.Expect(startMediation.Locator(".step-unmet")).ToContainTextAsync("identitas pekerja telah diverifikasi");
        await browser.ScreenshotAsync("03-verification-guard");

        await page.Locator("button.verify-identity").ClickAsync();
        await Assertions.Expect(page.Locator(".identity-verified")).ToBeVisibleAsync();

        // Mediation through KBRI, with the invitation issued in the same step.
        await startMediation.Locator("button").ClickAsync();
        var meeting = DateTime.UtcNow.AddHours(8).Date.AddDays(7);
        await page.Locator("#letter-meeting-date").FillAsync(meeting.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await page.Locator("#letter-meeting-date").PressAsync("Tab");
        await page.Locator("#letter-meeting-time").FillAsync("09:00");
        await page.Locator("#letter-meeting-time").PressAsync("Tab");
        await page.Locator("#letter-meeting-place").FillAsync("Ruang Mediasi BP3MI Sulawesi Tenggara");
        await browser.ScreenshotAsync("04a-mediation-dialog");
        await page.Locator(".step-dialog button.step-confirm").ClickAsync();
        await Assertions.Expect(page.Locator(".state-chip")).ToHaveTextAsync("Mediasi melalui KBRI/KJRI");

        await page.Locator(".workflow-step[data-trigger=RecordAgreement] button").ClickAsync();
        await page.Locator("#step-amount").FillAsync("15750000");
        await page.Locator("#step-terms").FillAsync("Majikan membayar gaji 14 bulan melalui KBRI Kuala Lumpur.");
        await browser.ScreenshotAsync("04-agreement-dialog");
        await page.Locator(".step-dialog button.step-confirm").ClickAsync();
        await Assertions.Expect(page.Locator(".state-chip")).ToHaveTextAsync("Selesai (sepakat)");

        // An officer does not close a case alone: the closure goes to the supervisor (Kepala Seksi) for approval.
        var close = page.Locator(".workflow-step[data-trigger=Close] button");
        await Assertions.Expect(close).ToHaveTextAsync("Ajukan penutupan");
        await close.ClickAsync();
        await Assertions.Expect(page.Locator(".needs-approval")).ToBeVisibleAsync();
        await page.Locator(".step-dialog button.step-confirm").ClickAsync();
        await Assertions.Expect(page.Locator(".approval-banner")).ToContainTextAsync(
            "Menunggu persetujuan Kepala Seksi: Penutupan kasus, diajukan oleh Wa Ode Nurhayati");
        await Assertions.Expect(page.Locator(".state-chip")).ToHaveTextAsync("Selesai (sepakat)");
        await Assertions.Expect(close).ToBeDisabledAsync();
        var reference = (await page.Locator(".case-reference").TextContentAsync())!.Trim();
        await browser.ScreenshotAsync("05a-closure-requested");

        // The supervisor signs in, finds the request in the approval queue and approves it (after confirming).
        await page.Locator("form.cd-logout button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains($"/cases/{caseId}", StringComparison.Ordinal));
        await browser.SignInAsync(DemoData.SupervisorEmail);
        await page.GotoAsync("/approvals");
        await browser.WaitForInteractiveAsync();
        var request = page.Locator(".approvals-table tr", new() { HasText = reference });
        await Assertions.Expect(request).ToContainTextAsync("Penutupan kasus");
        await Assertions.Expect(request).ToContainTextAsync("Wa Ode Nurhayati");
        await browser.ScreenshotAsync("05b-approval-queue");
        await request.Locator("button.approval-approve").ClickAsync();
        await page.Locator(".mud-dialog button.confirm-yes").ClickAsync();
        await Assertions.Expect(request).ToHaveCountAsync(0);

        await page.GotoAsync($"/cases/{caseId}");
        await browser.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator(".state-chip")).ToHaveTextAsync("Ditutup");
        await Assertions.Expect(page.Locator(".approval-banner")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("05-closed");

        // The receipt at intake and three letters issued with the steps; the minutes read back with the settlement in words.
        var letters = page.Locator(".case-letters .letter-row");
        await Assertions.Expect(letters).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator(".case-letters")).ToContainTextAsync("Tanda Terima Pengaduan");
        await Assertions.Expect(page.Locator(".case-letters")).ToContainTextAsync("Berita Acara Mediasi");
        // Every letter downloads as a PDF naming the case and the worker, with its own heading and content.
        var expectedLetters = new (string Row, string[] Texts)[]
        {
            ("Tanda Terima Pengaduan", ["TANDA TERIMA PENGADUAN", "Gaji tidak dibayar"]),
            ("Undangan Mediasi", ["Undangan Mediasi", "Ruang Mediasi BP3MI Sulawesi Tenggara", "09.00"]),
            ("Berita Acara Mediasi", ["BERITA ACARA MEDIASI", "lima belas juta tujuh ratus lima puluh ribu rupiah"]),
            ("Pemberitahuan Penyelesaian", ["Pemberitahuan Penyelesaian Pengaduan"]),
        };
        foreach (var (row, texts) in expectedLetters)
        {
            var letterRow = letters.Filter(new() { HasText = row });
            await Assertions.Expect(letterRow).ToHaveCountAsync(1);
            var href = await letterRow.Locator("a.letter-view").GetAttributeAsync("href");
            var response = await page.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            Assert.Equal("application/pdf", response.Headers["content-type"]);
            var pdf = await response.BodyAsync();
            browser.SaveFile($"05c-{row.Replace(' ', '-')}.pdf", pdf);
            var text = string.Join(" ", Documents.PdfRead.PageTexts(pdf));
            foreach (var expected in texts.Append("Wa Ode Sitti Marlina").Append(reference))
            {
                Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{row}: \"{expected}\" missing in\n{text}");
            }
        }

        await browser.ScreenshotAsync("05d-letters");

        var timeline = page.Locator(".case-timeline");
        foreach (var text in new[] { "Mulai verifikasi", "Mulai mediasi", "Catat kesepakatan", "Tutup kasus", "Rp 15.750.000" })
        {
            await Assertions.Expect(timeline).ToContainTextAsync(text);
        }

        // The same case in English after the language switch (a full reload; the choice is kept in a cookie).
        await page.Locator(".cd-lang-btn[lang=en]").ClickAsync();
        await Assertions.Expect(page.Locator(".state-chip")).ToHaveTextAsync("Closed");
        await Assertions.Expect(timeline).ToContainTextAsync("Record agreement");
        await Assertions.Expect(timeline).ToContainTextAsync("Settlement: Rp 15.750.000");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await browser.ScreenshotAsync("06-closed-en");

        await using var db = app.OpenDatabase();
        var saved = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        Assert.Equal(CaseStatus.Closed, saved.Status);
        Assert.Equal(Sector.IndividualEmployer, saved.Sector);
        Assert.Equal("7414", saved.HomeRegencyCode);
        Assert.Equal(15_750_000, saved.SettlementAmount);
        Assert.Equal("+6281245678901", saved.WorkerPhone);
        var steps = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId && e.Type == CaseEventType.Transition)
            .OrderBy(e => e.Id).Select(e => e.Trigger).ToListAsync();
        Assert.Equal(["StartVerification", "StartMediation", "RecordAgreement", "Close"], steps);
        var closedBy = await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == caseId && e.Type == CaseEventType.Transition && e.Trigger == "Close")
            .Select(e => e.ActorName).SingleAsync();
        Assert.Equal("La Ode Rusdin", closedBy);
        // The Content Security Policy blocked nothing the app needs, and no script failed on the way.
        Assert.True(browser.ConsoleErrors.Count == 0, string.Join("\n", browser.ConsoleErrors));
        browser.Complete();
    }
}
