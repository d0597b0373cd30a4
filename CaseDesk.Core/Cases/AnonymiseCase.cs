using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using CaseDesk.Core.Letters;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Cases;

/// <summary>
/// Replaces the personal data of a finished case on request (UU 27/2022 Pasal 8, 43): names, identity numbers,
/// telephone numbers, village, narrative, free-text notes and what issued letters recorded of the person. Everything
/// statistics and the record of the office's work rest on stays — kind, status, dates, regency, category, sector,
/// countries, companies, amounts, letters' numbers, types and dates, timeline events with their types, dates and
/// actors — so the dashboard and the meeting report count the case exactly as before. Irreversible; one transaction.
/// </summary>
/// <remarks>Only supervisors (Kepala Seksi) and the head (Kepala Balai) decide it, and only for closed, rejected or
/// withdrawn cases; the caller confirms by typing the case's reference number and gives the reason.</remarks>
public sealed class AnonymiseCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock)
{
    /// <summary>What replaces a personal text.</summary>
    public const string Marker = "[dianonimkan]";

    public const int ReasonMaxLength = 500;

    public static bool MayAnonymise(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Roles.Contains(Roles.Supervisor) || actor.Roles.Contains(Roles.Head);
    }

    public async Task<CaseCommandResult> ExecuteAsync(int caseId, string reason, string confirmReference,
        int expectedVersion, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!MayAnonymise(actor))
        {
            return NotAllowed("Anonymise_NotAllowedRole");
        }

        var text = CaseValidator.Clean(reason);
        if (text is null)
        {
            return CommandResults.Invalid("Reason", CaseText.Get("Anonymise_ReasonRequired"));
        }

        if (text.Length > ReasonMaxLength)
        {
            return CommandResults.Invalid("Reason", CaseText.Format("Anonymise_ReasonTooLong", ReasonMaxLength));
        }

        try
        {
            return await AnonymiseAsync(caseId, text, confirmReference, expectedVersion, actor, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResults.Conflict;
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return CommandResults.Conflict;
        }
    }

    private async Task<CaseCommandResult> AnonymiseAsync(int caseId, string reason, string confirmReference,
        int expectedVersion, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var c = await db.Cases.SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return CommandResults.NotFound;
        }

        if (c.AnonymisedAtUtc is not null)
        {
            return NotAllowed("Anonymise_AlreadyDone");
        }

        if (c.IsOpen)
        {
            return NotAllowed("Anonymise_CaseOpen");
        }

        if (!string.Equals(confirmReference?.Trim(), c.ReferenceNumber, StringComparison.OrdinalIgnoreCase))
        {
            return CommandResults.Invalid("ConfirmReference", CaseText.Get("Anonymise_ReferenceMismatch"));
        }

        if (c.Version != expectedVersion)
        {
            return CommandResults.Conflict;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        Replace(c);
        c.AnonymisedAtUtc = now;
        c.UpdatedAtUtc = now;
        c.Version++;

        foreach (var e in await db.CaseEvents.Where(x => x.CaseId == caseId).ToListAsync(ct))
        {
            e.Note = e.Note is null ? null : Marker;
            e.Data = StepFacts.Parse(e.Data) is { } facts ? Replace(facts).Serialize() : e.Data;
        }

        foreach (var w in await db.CaseWaits.Where(x => x.CaseId == caseId).ToListAsync(ct))
        {
            w.Reason = Marker;
        }

        foreach (var p in await db.ClosureProposals.Where(x => x.CaseId == caseId).ToListAsync(ct))
        {
            p.DecisionNote = p.DecisionNote is null ? null : Marker;
        }

        foreach (var l in await db.Letters.Where(x => x.CaseId == caseId).ToListAsync(ct))
        {
            l.Snapshot = Replace(LetterSnapshot.FromJson(l.Snapshot)).ToJson();
            l.CancelReason = l.CancelReason is null ? null : Marker;
        }

        db.CaseEvents.Add(CommandResults.Event(c.Id, CaseEventType.Anonymised, now, actor, CommandResults.Limit(reason)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResults.Success(c.Version);
    }

    private static void Replace(Case c)
    {
        c.WorkerName = Marker;
        c.WorkerNik = null;
        c.WorkerPassportNo = null;
        // No statistic reads the birth date (the underage acknowledgement, a flag, stays).
        c.WorkerDateOfBirth = null;
        c.HomeVillage = null;
        c.WorkerPhone = null;
        c.ComplainantName = c.ComplainantName is null ? null : Marker;
        c.ComplainantPhone = null;
        // A private household's name identifies a person; companies stay (statistics by company).
        c.EmployerName = c.EmployerType == EmployerType.Individual && c.EmployerName is not null ? Marker : c.EmployerName;
        c.Narrative = Marker;
        c.MediationTerms = c.MediationTerms is null ? null : Marker;
        c.ReferralDetail = c.ReferralDetail is null ? null : Marker;
        c.HandedOverTo = c.HandedOverTo is null ? null : Marker;
    }

    private static StepFacts Replace(StepFacts facts) => facts with
    {
        MediationTerms = facts.MediationTerms is null ? null : Marker,
        ReferralDetail = facts.ReferralDetail is null ? null : Marker,
        HandedOverTo = facts.HandedOverTo is null ? null : Marker,
    };

    private static LetterSnapshot Replace(LetterSnapshot s)
    {
        var facts = s.Case;
        return s with
        {
            Case = facts with
            {
                Worker = facts.Worker with
                {
                    Name = Marker,
                    DateOfBirth = null,
                    DateOfBirthText = null,
                    Nik = null,
                    PassportNo = null,
                    Phone = null,
                    Village = null,
                },
                Complainant = facts.Complainant is null ? null : new LetterComplainant(Marker, facts.Complainant.Relation, null),
                Employer = facts.Employer is { Type: EmployerType.Individual, Name: not null }
                    ? facts.Employer with { Name = Marker }
                    : facts.Employer,
                RespondentName = facts.Employer is { Type: EmployerType.Individual } && facts.PlacementCompanyName is null
                    && facts.RespondentName is not null ? Marker : facts.RespondentName,
                Narrative = Marker,
                MediationTerms = facts.MediationTerms is null ? null : Marker,
                ReferralDetail = facts.ReferralDetail is null ? null : Marker,
                HandedOverTo = facts.HandedOverTo is null ? null : Marker,
                ClosingNote = facts.ClosingNote is null ? null : Marker,
            },
            Details = s.Details with
            {
                AddresseeName = s.Details.AddresseeName is null ? null : Marker,
                AddresseeAddress = [],
                Remarks = s.Details.Remarks is null ? null : Marker,
            },
        };
    }

    private static CaseCommandResult NotAllowed(string key) =>
        new(CommandOutcome.NotAllowed, [new FieldError("", CaseText.Get(key))], null);
}
