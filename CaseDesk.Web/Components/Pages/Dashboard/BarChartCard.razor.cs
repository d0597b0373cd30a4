using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace CaseDesk.Web.Components.Pages.Dashboard;

/// <summary>
/// A MudBlazor bar chart plus a table of the same figures. MudBlazor 9 reports a click on a bar only as its series
/// (<c>SelectedIndexChanged</c>), so a small module reports which bar was clicked (<see cref="BarClicked"/>); the
/// table's links are the accessible way to the same queues.
/// </summary>
public sealed partial class BarChartCard : IAsyncDisposable
{
    private ElementReference chartHost;
    private IJSObjectReference? module;
    private DotNetObjectReference<BarChartCard>? self;
    private string[] labels = [];
    private List<ChartSeries<double>> series = [];
    private BarChartOptions options = new();

    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired] public string Title { get; set; } = "";
    [Parameter] public string? Hint { get; set; }
    [Parameter, EditorRequired] public string TestId { get; set; } = "";
    [Parameter, EditorRequired] public string LabelHeader { get; set; } = "";
    [Parameter, EditorRequired] public IReadOnlyList<string> SeriesNames { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyList<ChartBar> Rows { get; set; } = [];
    /// <summary>Chart and table side by side (for wide cards) rather than one above the other.</summary>
    [Parameter] public bool Wide { get; set; }
    [Parameter] public string Height { get; set; } = "260px";
    [Parameter] public string TableHeight { get; set; } = "260px";
    /// <summary>Degrees; long labels (regencies, categories) read better slanted.</summary>
    [Parameter] public int LabelRotation { get; set; }

    protected override void OnParametersSet()
    {
        labels = [.. Rows.Select(r => r.Label)];
        series = [.. SeriesNames.Select((name, s) => new ChartSeries<double>
        {
            Name = name,
            Data = Rows.Select(r => (double)r.Values[s].Count).ToArray(),
        })];
        var max = Rows.SelectMany(r => r.Values).Select(v => v.Count).DefaultIfEmpty(0).Max();
        options = new BarChartOptions
        {
            ShowLegend = SeriesNames.Count > 1,
            // MudBlazor's default (0.4 of a label's width, shared by the series) draws hairlines for one series.
            BarWidthRatio = SeriesNames.Count > 1 ? 0.6 : 0.55,
            XAxisLabelRotation = LabelRotation,
            YAxisTicks = Step(max),
            YAxisFormat = "N0",
            ChartPalette = Palette,
        };
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import",
                "./Components/Pages/Dashboard/BarChartCard.razor.js");
            if (module is not null)
            {
                self = DotNetObjectReference.Create(this);
                await module.InvokeVoidAsync("listen", chartHost, self);
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away while the page was opening.
        }
    }

    /// <summary>A bar was clicked: <paramref name="index"/> among the <paramref name="count"/> bars drawn, series
    /// by series. Opens the queue behind it, if any.</summary>
    [JSInvokable]
    public void BarClicked(int index, int count)
    {
        var seriesCount = SeriesNames.Count;
        // Only when the chart drew every bar: otherwise the position does not tell which one it was.
        if (Rows.Count == 0 || count != Rows.Count * seriesCount || index < 0 || index >= count)
        {
            return;
        }

        var value = Rows[index % Rows.Count].Values[index / Rows.Count];
        if (value.Href is { } href)
        {
            Navigation.NavigateTo(href);
        }
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    // About five ticks on the vertical axis, at a round step.
    private static int Step(int max)
    {
        if (max <= 5)
        {
            return 1;
        }

        var rough = max / 5.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = new[] { 1, 2, 5, 10 }.Select(f => f * magnitude).First(s => s >= rough);
        return (int)step;
    }

    // The app's primary blue, then a warm contrast for a second series.
    private static readonly string[] Palette = ["#1B4F8A", "#E07B00", "#2E7D32", "#6A1B9A"];

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("stop", chartHost);
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // Nothing to clean up in a closed circuit.
            }
        }

        self?.Dispose();
    }
}
