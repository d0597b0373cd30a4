#pragma warning disable CS9113 // contract stub: remove with the implementation
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Workflow;

/// <summary>
/// Fires one trigger on one case in one transaction: new state, step data, timeline event and version increment
/// commit together. A stale <c>expectedVersion</c> returns <see cref="TransitionOutcome.Conflict"/> and changes nothing.
/// </summary>
public sealed class TransitionCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public Task<TransitionResult> ExecuteAsync(int caseId, CaseTrigger trigger, StepInput input, int expectedVersion,
        Actor actor, CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the workflow work");
}
