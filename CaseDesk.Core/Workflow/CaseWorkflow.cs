using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Workflow;

/// <summary>Binds a Stateless machine to one case for one operation (never cached: Stateless is not thread-safe).</summary>
public sealed class CaseWorkflow
{
    /// <summary>Every step of the case's current state, enabled or not, in a stable display order.</summary>
    public static IReadOnlyList<WorkflowStep> GetSteps(Case c, Actor actor) =>
        throw new NotImplementedException("contract stub: implemented by the workflow work");

    /// <summary>The Mermaid state diagram of one kind, exported from the machine definition.</summary>
    public static string MermaidDiagram(CaseKind kind) =>
        throw new NotImplementedException("contract stub: implemented by the workflow work");
}
