using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Consents;

/// <summary>A consent given or withdrawn, as the case page's dialog collects it.</summary>
public sealed record ConsentInput(ConsentPurpose? Purpose, ConsentDecision? Decision, ConsentMethod? Method,
    DateOnly? DecidedOn, string? Note = null);

/// <summary>The outcome of recording a consent; messages are localized.</summary>
public sealed record ConsentResult(CommandOutcome Outcome, IReadOnlyList<string> Messages)
{
    public bool Succeeded => Outcome == CommandOutcome.Succeeded;
}

/// <summary>
/// Appends a consent or a withdrawal to a case's history, with its timeline event, in one transaction (the audit
/// interceptor records it in the same save). A consent changes no case field, so the case's version stays.
/// </summary>
/// <remarks>Without <paramref name="access"/> (tests, tools) regional assignment is off.</remarks>
public sealed class RecordConsent(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<AccessOptions>? access = null)
{
    public async Task<ConsentResult> ExecuteAsync(int caseId, ConsentInput input, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        if (!ConsentRules.MayRecord(actor))
        {
            return Failure(CommandOutcome.NotAllowed, ConsentText.Get("NotAllowed_Role"));
        }

        try
        {
            return await RecordAsync(caseId, input, actor, ct);
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return Failure(CommandOutcome.Conflict, ConsentText.Get("Conflict_Busy"));
        }
    }

    private async Task<ConsentResult> RecordAsync(int caseId, ConsentInput input, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // BEGIN IMMEDIATE on SQLite: the check of the current state and the new record cannot interleave with another.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // A case outside the officer's regions is not found (regional assignment), like every case action.
        var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
        if (!await scope.Apply(db.Cases).AnyAsync(c => c.Id == caseId, ct))
        {
            return Failure(CommandOutcome.NotFound, ConsentText.Get("NotFound_Case"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var current = input.Purpose is { } purpose
            ? (await ConsentQueries.LoadAsync(db, caseId, ct)).Current(purpose)
            : null;
        var errors = ConsentRules.Validate(input, OfficeTime.DateOf(now), current);
        if (errors.Count > 0)
        {
            return Failure(CommandOutcome.Invalid, errors);
        }

        var record = Create(caseId, input.Purpose!.Value, input.Decision!.Value, input.Method!.Value,
            input.DecidedOn!.Value, Clean(input.Note), actor, now);
        db.ConsentRecords.Add(record);
        db.CaseEvents.Add(Event(record));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ConsentResult(CommandOutcome.Succeeded, []);
    }

    /// <summary>The consents ticked on the intake form, for a case being created in the caller's transaction.</summary>
    /// <returns>Whether any consent was added (the caller saves).</returns>
    internal static bool AddIntake(CaseDeskDb db, Case c, CaseInput input, Actor actor, DateTime nowUtc)
    {
        if (c.Id == 0)
        {
            throw new InvalidOperationException("Intake consents are recorded once the new case is saved.");
        }

        if (input.ConsentsGiven.Count == 0 || input.ConsentMethod is not { } method)
        {
            return false;
        }

        foreach (var purpose in input.ConsentsGiven.Distinct().Order())
        {
            var record = Create(c.Id, purpose, ConsentDecision.Given, method, OfficeTime.DateOf(nowUtc), null, actor,
                nowUtc);
            db.ConsentRecords.Add(record);
            db.CaseEvents.Add(Event(record));
        }

        return true;
    }

    private static ConsentRecord Create(int caseId, ConsentPurpose purpose, ConsentDecision decision,
        ConsentMethod method, DateOnly decidedOn, string? note, Actor actor, DateTime nowUtc) => new()
        {
            CaseId = caseId,
            Purpose = purpose,
            Decision = decision,
            Method = method,
            DecidedOn = decidedOn,
            RecordedById = actor.UserId,
            RecordedByName = actor.DisplayName,
            RecordedAtUtc = nowUtc,
            Note = note,
        };

    private static CaseEvent Event(ConsentRecord record)
    {
        var culture = ConsentText.RecordCulture;
        var summary = ConsentText.FormatIn(culture, $"Event_{record.Decision}", ConsentText.Label(record.Purpose, culture),
            ConsentText.Label(record.Method, culture), ConsentText.Date(record.DecidedOn, culture));
        return new CaseEvent
        {
            CaseId = record.CaseId,
            Type = CaseEventType.ConsentRecorded,
            AtUtc = record.RecordedAtUtc,
            ActorId = record.RecordedById,
            ActorName = record.RecordedByName,
            Note = record.Note is { } note ? $"{summary}\n{note}" : summary,
        };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ConsentResult Failure(CommandOutcome outcome, params IReadOnlyList<string> messages) =>
        new(outcome, messages);
}
