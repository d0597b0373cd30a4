#pragma warning disable CS9113 // contract stub: remove with the implementation
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Cases;

/// <summary>Registers a new case: validates, warns about duplicates, numbers it and writes the first timeline event.</summary>
public sealed class OpenCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    public Task<OpenCaseResult> ExecuteAsync(CaseInput input, Actor actor, CancellationToken ct = default) =>
        throw new NotImplementedException("contract stub: implemented by the intake work");
}
