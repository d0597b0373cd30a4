using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Workflow;

/// <summary>Localized names of states and steps (current UI culture; Indonesian by default).</summary>
public static class WorkflowText
{
    public static string Status(CaseStatus status) =>
        throw new NotImplementedException("contract stub: implemented by the workflow work");

    public static string Trigger(CaseTrigger trigger) =>
        throw new NotImplementedException("contract stub: implemented by the workflow work");
}
