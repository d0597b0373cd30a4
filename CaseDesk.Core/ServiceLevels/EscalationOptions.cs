using Microsoft.Extensions.Options;

namespace CaseDesk.Core.ServiceLevels;

/// <summary>The configuration section "Escalation": when an overdue case goes up a level, and how often the monitor
/// looks. Both thresholds count working days after the due date.</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>Whether the background monitor runs at all (the action itself can always be called).</summary>
    public bool Enabled { get; set; } = true;

    public int SupervisorAfterWorkingDays { get; set; } = 2;

    public int HeadAfterWorkingDays { get; set; } = 5;

    public int IntervalMinutes { get; set; } = 15;
}

internal sealed class EscalationOptionsValidator : IValidateOptions<EscalationOptions>
{
    public ValidateOptionsResult Validate(string? name, EscalationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    internal static IReadOnlyList<string> Problems(EscalationOptions o)
    {
        var problems = new List<string>();
        if (o.SupervisorAfterWorkingDays < 1)
        {
            problems.Add("Escalation:SupervisorAfterWorkingDays must be at least 1.");
        }

        if (o.HeadAfterWorkingDays <= o.SupervisorAfterWorkingDays)
        {
            problems.Add("Escalation:HeadAfterWorkingDays must be greater than SupervisorAfterWorkingDays.");
        }

        if (o.IntervalMinutes < 1)
        {
            problems.Add("Escalation:IntervalMinutes must be at least 1.");
        }

        return problems;
    }
}
