using System.Text.Json;
using System.Text.Json.Serialization;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Workflow;

namespace CaseDesk.Core.Approvals;

/// <summary>Which steps need a supervisor's approval, and how their input is kept until the decision.</summary>
public static class ApprovalRules
{
    // Enums as names: a stored request survives reordered enum members.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The steps that end a case. Administrative closure (Ps 30) is not among them: only a supervisor
    /// confirms it, so it is approved by its nature; reopening is supervisor-only too.</summary>
    public static IReadOnlySet<CaseTrigger> Triggers { get; } =
        new HashSet<CaseTrigger> { CaseTrigger.Close, CaseTrigger.Reject, CaseTrigger.Withdraw };

    /// <summary>True when <paramref name="actor"/> cannot fire <paramref name="trigger"/> directly but must ask a
    /// supervisor (who are the approvers and fire these steps themselves).</summary>
    public static bool NeedsApproval(CaseTrigger trigger, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Triggers.Contains(trigger) && !actor.IsSupervisor;
    }

    internal static string WriteInput(StepInput input) => JsonSerializer.Serialize(input, Json);

    internal static StepInput ReadInput(string json) =>
        JsonSerializer.Deserialize<StepInput>(json, Json) ?? StepInput.None;
}
