using System.Globalization;
using CaseDesk.Core.Exports;
using CaseDesk.Web.Accounts;
using CaseDesk.Web.Endpoints;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace CaseDesk.Web.Components.Pages.Cases;

/// <summary>
/// The export dialog: how many cases the filter selects, the personal-data option for those allowed to use it, and
/// the download itself through wwwroot/js/export.js, which streams the file with progress and can be cancelled.
/// </summary>
public sealed partial class ExportDialog : IAsyncDisposable
{
    public const string ModulePath = "./js/export.js";

    private readonly string _downloadId = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _disposed = new();
    private IJSObjectReference? _module;
    private DotNetObjectReference<ExportDialog>? _self;
    private int? _count;
    private bool _countFailed;
    private bool _mayIncludePersonal;
    private bool _includePersonal;
    private bool _busy;
    private double? _percent;
    private long _bytes;
    private int _rows;
    private string? _error;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The queue's filter; the export selects exactly the cases the queue shows for it.</summary>
    [Parameter, EditorRequired] public QueueQuery Query { get; set; } = QueueQuery.Default;

    [Parameter] public ExportFormat Format { get; set; } = ExportFormat.Csv;

    [Inject] private CaseExportQuery Cases { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ILogger<ExportDialog> Logger { get; set; } = default!;
    [Inject] private IStringLocalizer<ExportDialog> L { get; set; } = default!;

    private string FormatName => Format == ExportFormat.Xlsx ? L["FormatXlsx"] : L["FormatCsv"];

    private string ProgressText =>
        _percent is not null && Format == ExportFormat.Csv && _count is { } total
            ? L["ProgressRows", Math.Min(_rows, total).ToString("N0", CultureInfo.CurrentCulture),
                total.ToString("N0", CultureInfo.CurrentCulture)]
            : _bytes > 0 ? L["ProgressBytes", Megabytes(_bytes)] : L["Preparing"];

    protected override async Task OnInitializedAsync()
    {
        var actor = await CurrentUser.GetActorAsync();
        _mayIncludePersonal = CaseExport.MayIncludePersonalData(actor);
        try
        {
            _count = await Cases.CountAsync(Query.ToFilter(actor.UserId), _disposed.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Counting the cases to export failed.");
            _countFailed = true;
        }
    }

    /// <summary>Called by export.js while the file arrives: bytes so far, line feeds so far (CSV: header + rows)
    /// and the Content-Length when the server sent one (0 otherwise).</summary>
    [JSInvokable]
    public Task OnProgress(long bytes, int lines, long total)
    {
        _bytes = bytes;
        _rows = Math.Max(lines - 1, 0);
        _percent = Format == ExportFormat.Csv && _count is > 0 ? Math.Min(100.0 * _rows / _count.Value, 100)
            : total > 0 ? Math.Min(100.0 * bytes / total, 100)
            : null;
        return InvokeAsync(StateHasChanged);
    }

    private async Task DownloadAsync()
    {
        if (_busy || _count is null or 0)
        {
            return;
        }

        _busy = true;
        _error = null;
        _percent = Format == ExportFormat.Csv ? 0 : null;
        _bytes = 0;
        _rows = 0;
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _self ??= DotNetObjectReference.Create(this);
            var url = new ExportRequest(Query, Format, _includePersonal && _mayIncludePersonal).Url();
            // A token instead of the default JS call timeout (one minute): a large export may take longer.
            var result = await _module.InvokeAsync<ExportDownloadResult?>("download", _disposed.Token,
                [_downloadId, url.TrimStart('/'), _self]);
            if (result is { Ok: true })
            {
                Snackbar.Add(L["Done", result.FileName ?? "", (_count ?? 0).ToString("N0", CultureInfo.CurrentCulture)],
                    Severity.Success);
                Dialog.Close(DialogResult.Ok(result.FileName));
                return;
            }

            _error = result switch
            {
                null => L["Failed"],
                { Aborted: true } => L["Cancelled"],
                { Status: 403 } => L["Forbidden"],
                { Status: 401 } => L["SignedOut"],
                _ => L["Failed"],
            };
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
        {
            Logger.LogWarning(ex, "The export download failed in the browser.");
            _error = L["Failed"];
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CancelAsync()
    {
        if (_busy && _module is not null)
        {
            // The running download ends as "aborted"; the dialog stays open to say so.
            await _module.InvokeVoidAsync("abort", _downloadId);
            return;
        }

        Dialog.Cancel();
    }

    private static string Megabytes(long bytes) =>
        (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.CurrentCulture) + " MB";

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        if (_module is not null)
        {
            try
            {
                if (_busy)
                {
                    await _module.InvokeVoidAsync("abort", _downloadId);
                }

                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the browser's download.
            }
        }

        _self?.Dispose();
        _disposed.Dispose();
    }
}

/// <summary>What export.js's <c>download</c> answers: saved or not, the HTTP status (401 when the session has ended,
/// 0 when the request failed), whether the user cancelled, and the saved file.</summary>
internal sealed record ExportDownloadResult(bool Ok, int Status, bool Aborted, string? FileName = null, long Bytes = 0,
    int Lines = 0);
