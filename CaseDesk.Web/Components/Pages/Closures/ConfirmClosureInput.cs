namespace CaseDesk.Web.Components.Pages.Closures;

/// <summary>What the supervisor answered in <see cref="ConfirmClosureDialog"/>.</summary>
public sealed record ConfirmClosureInput(string? Note, bool IssueLetter);
