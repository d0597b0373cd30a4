using System.Globalization;
using System.Text.Json;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Web.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CaseDesk.Web.Components.Pages.Admin;

/// <summary>
/// The audit trail for admins and the head of office: newest first, paged in the database, filtered by period,
/// user, action, case and text. Read-only by design — the trail is append-only (UU 27/2022 accountability).
/// </summary>
public sealed partial class AuditTrail
{
    private static readonly int[] pageSizes = [25, 50, 100];

    private MudDataGrid<AuditRow>? grid;
    private DateTime? from;
    private DateTime? to;
    private string? user;
    private AuditAction? action;
    private string? caseText;
    private string? text;
    private bool loadFailed;

    [Inject] private AuditQueries Queries { get; set; } = default!;
    [Inject] private CurrentUser CurrentUser { get; set; } = default!;
    [Inject] private ILogger<AuditTrail> Logger { get; set; } = default!;
    [Inject] private IStringLocalizer<AuditTrail> L { get; set; } = default!;

    private AuditFilter Filter => new(
        from is { } f ? DateOnly.FromDateTime(f) : null,
        to is { } t ? DateOnly.FromDateTime(t) : null,
        user, action, caseText, text);

    private async Task<GridData<AuditRow>> LoadAsync(GridState<AuditRow> state, CancellationToken ct)
    {
        try
        {
            var actor = await CurrentUser.GetActorAsync();
            var result = await Queries.SearchAsync(Filter, state.Page, state.PageSize, actor, ct);
            loadFailed = false;
            return new GridData<AuditRow> { Items = result.Items, TotalItems = result.TotalCount };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new GridData<AuditRow> { Items = [], TotalItems = 0 };
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            Logger.LogError(e, "Loading the audit trail failed.");
            loadFailed = true;
            return new GridData<AuditRow> { Items = [], TotalItems = 0 };
        }
    }

    private Task ReloadAsync() => grid?.ReloadServerData() ?? Task.CompletedTask;

    private Task FromChanged(DateTime? value)
    {
        from = value;
        return ReloadAsync();
    }

    private Task ToChanged(DateTime? value)
    {
        to = value;
        return ReloadAsync();
    }

    private Task UserChanged(string? value)
    {
        user = value;
        return ReloadAsync();
    }

    private Task ActionChanged(AuditAction? value)
    {
        action = value;
        return ReloadAsync();
    }

    private Task CaseChanged(string? value)
    {
        caseText = value;
        return ReloadAsync();
    }

    private Task TextChanged(string? value)
    {
        text = value;
        return ReloadAsync();
    }

    private static string TimeText(DateTime utc) =>
        OfficeTime.FromUtc(utc).ToString("d MMM yyyy HH:mm:ss", CultureInfo.CurrentCulture) + " WITA";

    private string ActionLabel(AuditAction value)
    {
        var label = L[$"Action_{value}"];
        return label.ResourceNotFound ? value.ToString() : label.Value;
    }

    /// <summary>The detail JSON as a reader would say it; the raw JSON when it has an unexpected shape.</summary>
    private string DetailText(AuditRow row)
    {
        try
        {
            using var json = JsonDocument.Parse(row.Detail);
            var root = json.RootElement;
            return row.Action switch
            {
                AuditAction.CaseUpdated => Changes(root),
                AuditAction.CaseTransition => Transition(root),
                AuditAction.SignInFailed => $"{Get(root, "email")} · {Reason(Get(root, "reason"))}",
                _ => Pairs(root),
            };
        }
        catch (JsonException)
        {
            return row.Detail;
        }
    }

    private string Changes(JsonElement root)
    {
        if (!root.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
        {
            return Pairs(root);
        }

        return string.Join('\n', changes.EnumerateArray().Select(c =>
            $"{CaseText.Field(Get(c, "field") ?? "")}: {Value(Get(c, "before"))} → {Value(Get(c, "after"))}"));
    }

    private string Transition(JsonElement root)
    {
        var text = $"{Status(Get(root, "from"))} → {Status(Get(root, "to"))}";
        return Get(root, "note") is { Length: > 0 } note ? $"{text}\n{note}" : text;
    }

    private static string Pairs(JsonElement root) =>
        root.ValueKind != JsonValueKind.Object ? root.ToString()
        : string.Join(" · ", root.EnumerateObject()
            .Where(p => p.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            .Select(p => $"{p.Name}: {p.Value}"));

    private string Value(string? value) => value is null ? L["Empty_Value"] : $"\"{value}\"";

    private static string Status(string? value) =>
        Enum.TryParse<CaseStatus>(value, out var status) ? CaseDesk.Core.Workflow.WorkflowText.Status(status) : value ?? "";

    private string Reason(string? reason)
    {
        var label = L[$"Reason_{reason}"];
        return label.ResourceNotFound ? reason ?? "" : label.Value;
    }

    private static string? Get(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind != JsonValueKind.Null
            ? value.ToString()
            : null;
}
