using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Letters;

/// <summary>The outcome of issuing or cancelling a letter; messages are localized.</summary>
public sealed record LetterResult(CommandOutcome Outcome, IReadOnlyList<string> Messages, int? LetterId, string? Number)
{
    public bool Succeeded => Outcome == CommandOutcome.Succeeded;

    internal static LetterResult Failure(CommandOutcome outcome, params IReadOnlyList<string> messages) =>
        new(outcome, messages, null, null);
}

/// <summary>
/// Issues a letter from the case page, outside any workflow step (e.g. a new mediation invitation after a meeting
/// was postponed). A letter changes no case field, so the case's version stays; a stale
/// <c>expectedVersion</c> is still refused, because the letter would print data the officer has not seen.
/// </summary>
public sealed class IssueLetter(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<LetterOptions> options, IOptions<AccessOptions>? access = null)
{
    public async Task<LetterResult> ExecuteAsync(int caseId, LetterType type, LetterDetails details, int? expectedVersion,
        Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (!Enum.IsDefined(type))
        {
            return LetterResult.Failure(CommandOutcome.Invalid, LetterText.Get("Invalid_TypeUnknown"));
        }

        try
        {
            return await IssueAsync(caseId, type, details, expectedVersion, actor, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LetterResult.Failure(CommandOutcome.Conflict, LetterText.Get("Conflict_Busy"));
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return LetterResult.Failure(CommandOutcome.Conflict, LetterText.Get("Conflict_Busy"));
        }
    }

    private async Task<LetterResult> IssueAsync(int caseId, LetterType type, LetterDetails details, int? expectedVersion,
        Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        // BEGIN IMMEDIATE on SQLite: concurrent issuers queue here, so each reads the counter another has committed.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
        var c = await scope.Apply(db.Cases).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return LetterResult.Failure(CommandOutcome.NotFound, LetterText.Get("NotFound_Case"));
        }

        if (expectedVersion is { } expected && c.Version != expected)
        {
            return LetterResult.Failure(CommandOutcome.Conflict, WorkflowText.Get("Conflict_Stale"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var errors = LetterRules.Unfit(type, c);
        if (errors.Count > 0)
        {
            return LetterResult.Failure(CommandOutcome.NotAllowed, errors);
        }

        // UU 27/2022: a letter that hands personal data to another agency needs the complainant's consent for it.
        if (Consents.ConsentRules.Refusal(type, c.ReferralTarget,
                await Consents.ConsentQueries.LoadAsync(db, c.Id, ct)) is { } refusal)
        {
            return LetterResult.Failure(CommandOutcome.NotAllowed, refusal);
        }

        errors = LetterRules.Validate(type, details, OfficeTime.DateOf(now));
        if (errors.Count > 0)
        {
            return LetterResult.Failure(CommandOutcome.Invalid, errors);
        }

        var letter = await new LetterRegister(options.Value).IssueAsync(db, c, type, details, actor, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new LetterResult(CommandOutcome.Succeeded, [], letter.Id, letter.Number);
    }
}
