namespace CaseDesk.Web.Components.Pages.Closures;

/// <summary>Tells the circuit's components (the navigation's pending count) that proposals were decided or scanned.
/// One per circuit (scoped).</summary>
public sealed class ClosureProposalsChanged
{
    public event Func<Task>? Changed;

    public Task NotifyAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
