using CaseDesk.Core.Cases;
using CaseDesk.Core.Reports;
using CaseDesk.Web.Components.Pages.Cases;
using CaseDesk.Web.Endpoints;
using CaseDesk.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CaseDesk.Web.Components.Pages.Reports;

/// <summary>
/// Choose the meeting report's period and regency, see its main figures, then open or download the PDF from
/// <c>/reports/meeting.pdf</c>. The form and the endpoint check a request with the same rules.
/// </summary>
public sealed partial class Reports : IDisposable
{
    private DateOnly today;
    private DateOnly? from;
    private DateOnly? to;
    private string? regency;
    private IReadOnlyList<Option> regencies = [];
    private IReadOnlyList<MeetingReportProblem> problems = [];
    private MeetingReportRequest? request;
    private MeetingReportData? preview;
    private bool loading;
    private bool previewFailed;
    private CancellationTokenSource? previewLoad;

    [Inject] private MeetingReportQuery Query { get; set; } = default!;
    [Inject] private CaseQueries Queries { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ILogger<Reports> Logger { get; set; } = default!;
    [Inject] private IStringLocalizer<Reports> L { get; set; } = default!;
    [Inject] private IStringLocalizer<MeetingReportRequest> Rules { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        today = OfficeTime.Today(Clock);
        (from, to) = ReportPresets.Range(ReportPreset.ThisMonth, today);
        try
        {
            regencies = await Queries.GetRegenciesAsync();
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Loading the regency list failed.");
        }

        await RefreshAsync();
    }

    private Task ApplyPresetAsync(ReportPreset preset)
    {
        (from, to) = ReportPresets.Range(preset, today);
        return RefreshAsync();
    }

    private bool IsPreset(ReportPreset preset) =>
        from is { } start && to is { } end && ReportPresets.Range(preset, today) == (start, end);

    private Task FromChanged(DateTime? date)
    {
        from = CaseDates.ToDateOnly(date);
        return RefreshAsync();
    }

    private Task ToChanged(DateTime? date)
    {
        to = CaseDates.ToDateOnly(date);
        return RefreshAsync();
    }

    private Task RegencyChanged(string? code)
    {
        regency = string.IsNullOrWhiteSpace(code) ? null : code;
        return RefreshAsync();
    }

    /// <summary>Checks the inputs and loads the preview figures; a newer change cancels an older load.</summary>
    private async Task RefreshAsync()
    {
        problems = MeetingReportRequest.Validate(from, to, regency, Rules);
        request = problems.Count == 0 ? new MeetingReportRequest(from!.Value, to!.Value, regency) : null;
        previewLoad?.Cancel();
        previewLoad = null;
        preview = null;
        previewFailed = false;
        loading = false;
        if (request is null)
        {
            return;
        }

        var load = previewLoad = new CancellationTokenSource();
        loading = true;
        try
        {
            var figures = await Query.GetAsync(request.Period, request.RegencyCode, load.Token);
            if (!load.IsCancellationRequested)
            {
                preview = figures;
            }
        }
        catch (OperationCanceledException) when (load.IsCancellationRequested)
        {
            // A newer choice replaced this one.
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Loading the meeting report preview failed.");
            previewFailed = !load.IsCancellationRequested;
        }
        finally
        {
            if (ReferenceEquals(previewLoad, load))
            {
                loading = false;
                previewLoad = null;
            }

            load.Dispose();
        }
    }

    private string? Problem(MeetingReportField field) =>
        problems.FirstOrDefault(p => p.Field == field)?.Message;

    private string RegencyText(string? code) =>
        code is null ? "" : regencies.FirstOrDefault(r => r.Code == code)?.Name ?? code;

    private string PeriodText(MeetingReportRequest valid) =>
        L["PeriodText", Display.Date(valid.From), Display.Date(valid.To),
            valid.RegencyCode is null ? L["WholeProvince"] : RegencyText(valid.RegencyCode)];

    private static string Count(int value) => value.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);



    // The running load disposes its own token source when it ends.
    public void Dispose() => previewLoad?.Cancel();
}
