namespace CaseDesk.Web.Components.Pages.Approvals;

/// <summary>Tells the circuit's components (the navigation's pending count) that approval requests were made or
/// decided. One per circuit (scoped).</summary>
public sealed class ApprovalsChanged
{
    public event Func<Task>? Changed;

    public Task NotifyAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
