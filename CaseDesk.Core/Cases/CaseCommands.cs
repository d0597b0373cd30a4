#pragma warning disable CS9113 // contract stub: remove with the implementation
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Cases;

/// <summary>Edits a case's fields while it is open; records the changed fields on the timeline.</summary>
public sealed class UpdateCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public Task<CaseCommandResult> ExecuteAsync(int caseId, CaseInput input, int expectedVersion, Actor actor,
        CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");

    /// <summary>The edit form pre-filled from a case.</summary>
    public static CaseInput ToInput(Case c) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");
}

/// <summary>Appends a note to the timeline; allowed in every state.</summary>
public sealed class AddCaseNote(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public Task<CaseCommandResult> ExecuteAsync(int caseId, string note, Actor actor, CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");
}

/// <summary>Assigns a case to an officer (null unassigns). No version check: the queue's quick "assign to me".</summary>
public sealed class AssignCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public Task<CaseCommandResult> ExecuteAsync(int caseId, string? officerId, Actor actor,
        CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");
}

/// <summary>Records that the worker's identity documents were checked (a guard of several workflow steps).</summary>
public sealed class VerifyWorkerIdentity(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public Task<CaseCommandResult> ExecuteAsync(int caseId, int expectedVersion, Actor actor,
        CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");
}
