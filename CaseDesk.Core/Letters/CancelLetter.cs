using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Letters;

/// <summary>
/// Cancels an issued letter: it keeps its number (the register has no gaps and numbers are never reused), and the
/// cancellation (reason, who, when) is recorded on the letter and on the case's timeline. Only the officer who issued
/// the letter or a supervisor may cancel it.
/// </summary>
public sealed class CancelLetter(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<AccessOptions>? access = null)
{
    public async Task<LetterResult> ExecuteAsync(int letterId, string reason, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var text = LetterRules.Clean(reason);
        if (text is null)
        {
            return LetterResult.Failure(CommandOutcome.Invalid, LetterText.Get("Invalid_CancelReasonRequired"));
        }

        if (text.Length > LetterRules.CancelReasonMax)
        {
            return LetterResult.Failure(CommandOutcome.Invalid,
                LetterText.Format("Invalid_TooLong", LetterText.Get("Detail_CancelReason"), LetterRules.CancelReasonMax));
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);

            // Taken up front (IMMEDIATE on SQLite) so two cancellations of one letter cannot both pass the check.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var letter = await db.Letters.SingleOrDefaultAsync(l => l.Id == letterId, ct);
            if (letter is null || !await CaseAccess.CanSeeAsync(db, letter.CaseId, actor, access?.Value, ct))
            {
                return LetterResult.Failure(CommandOutcome.NotFound, LetterText.Get("NotFound_Letter"));
            }

            if (!actor.IsSupervisor && letter.IssuedById != actor.UserId)
            {
                return LetterResult.Failure(CommandOutcome.NotAllowed, LetterText.Get("NotAllowed_CancelOthersLetter"));
            }

            if (letter.IsCancelled)
            {
                return LetterResult.Failure(CommandOutcome.NotAllowed, LetterText.Get("NotAllowed_AlreadyCancelled"));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            letter.CancelledAtUtc = now;
            letter.CancelledById = actor.UserId;
            letter.CancelledByName = actor.DisplayName;
            letter.CancelReason = text;
            db.CaseEvents.Add(new CaseEvent
            {
                CaseId = letter.CaseId,
                Type = CaseEventType.LetterCancelled,
                AtUtc = now,
                ActorId = actor.UserId,
                ActorName = actor.DisplayName,
                Note = LetterText.FormatIn(LetterText.RecordCulture, "Event_LetterCancelled",
                    LetterText.Title(letter.Type), letter.Number, text),
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new LetterResult(CommandOutcome.Succeeded, [], letter.Id, letter.Number);
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return LetterResult.Failure(CommandOutcome.Conflict, LetterText.Get("Conflict_Busy"));
        }
    }
}
