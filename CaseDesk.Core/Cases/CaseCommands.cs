using System.Globalization;
using System.Text;
using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Data;
using CaseDesk.Core.ServiceLevels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Cases;

/// <summary>Edits a case's fields while it is open; records the changed fields on the timeline.</summary>
public sealed class UpdateCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<ServiceLevelOptions>? serviceLevels = null, IOptions<AccessOptions>? access = null)
{
    public async Task<CaseCommandResult> ExecuteAsync(int caseId, CaseInput input, int expectedVersion, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
        var c = await scope.Apply(db.Cases).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return CommandResults.NotFound;
        }

        if (!c.IsOpen)
        {
            return CommandResults.NotAllowed;
        }

        if (input.Kind != c.Kind)
        {
            return CommandResults.Invalid(nameof(CaseInput.Kind), CaseText.Get("Validation_KindChange"));
        }

        input = PersonalDataAccess.WithStoredIdentifiers(input, c);
        if (!PersonalDataAccess.CanSee(actor, c.AssignedOfficerId) && PersonalDataAccess.ChangesIdentifiers(input, c))
        {
            return new CaseCommandResult(CommandOutcome.NotAllowed,
                [new FieldError(nameof(CaseInput.WorkerNik), CaseText.Get("PersonalData_ChangeNotAllowed"))], null);
        }

        var errors = CaseValidator.Validate(input, OfficeTime.Today(clock));
        if (errors.Count > 0)
        {
            return new CaseCommandResult(CommandOutcome.Invalid, errors, null);
        }

        if (input.LinkedCaseId is { } linkedId && linkedId != c.LinkedCaseId
            && (linkedId == caseId || !await scope.Apply(db.Cases).AnyAsync(x => x.Id == linkedId, ct)))
        {
            return CommandResults.Invalid(nameof(CaseInput.LinkedCaseId), CaseText.Get("Validation_LinkedCaseUnknown"));
        }

        if (c.Version != expectedVersion)
        {
            return CommandResults.Conflict;
        }

        var defaultRepresentation = CaseFields.NeedsDefaultRepresentation(input)
            ? await db.Countries.Where(x => x.Code == CaseValidator.NormalizeCountryCode(input.DestinationCountryCode))
                .Select(x => x.Representation).FirstOrDefaultAsync(ct)
            : null;

        var culture = CaseText.RecordCulture;
        var before = CaseFields.Editable.Select(f => f.Value(c)).ToList();
        var identityBefore = (c.WorkerNik, c.WorkerPassportNo);
        CaseFields.Apply(c, input, defaultRepresentation);

        var note = new StringBuilder();
        for (var i = 0; i < CaseFields.Editable.Count; i++)
        {
            var (field, value) = CaseFields.Editable[i];
            var after = value(c);
            if (!Equals(before[i], after))
            {
                note.Append(CaseText.Field(field, culture)).Append(": ")
                    .Append(TimelineValue(field, before[i], culture)).Append(" → ")
                    .Append(TimelineValue(field, after, culture)).Append('\n');
            }
        }

        if (note.Length == 0)
        {
            return CommandResults.Success(c.Version);
        }

        // A verification vouches for the documents seen; other documents need a new check.
        if (c.IdentityVerifiedAtUtc is not null && (c.WorkerNik, c.WorkerPassportNo) != identityBefore)
        {
            c.IdentityVerifiedAtUtc = null;
            c.IdentityVerifiedById = null;
            note.Append(CaseText.Get("Event_IdentityVerificationCleared", culture)).Append('\n');
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // The resolution clock runs from the identity verification.
        await DueDates.UpdateAsync(db, c, serviceLevels?.Value ?? new ServiceLevelOptions(), now, ct);
        c.UpdatedAtUtc = now;
        c.Version++;
        db.CaseEvents.Add(CommandResults.Event(c.Id, CaseEventType.Edited, now, actor,
            CommandResults.Limit(note.ToString().TrimEnd('\n'))));
        return await CommandResults.SaveAsync(db, c.Version, ct);
    }

    // The timeline is read by everyone who opens the case: identifiers appear there masked like on the page.
    private static string TimelineValue(string field, object? value, CultureInfo culture) =>
        value is string text && field != nameof(Case.WorkerDateOfBirth) && PersonalDataMask.MaskedFields.Contains(field)
            ? CaseFields.Display(PersonalDataMask.ForField(field, text), culture)
            : CaseFields.Display(value, culture);

    /// <summary>The edit form pre-filled from a case.</summary>
    public static CaseInput ToInput(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return CaseFields.ToInput(c);
    }
}

/// <summary>Appends a note to the timeline; allowed in every state.</summary>
/// <remarks>A note changes no case field, so it neither checks nor increments <see cref="Case.Version"/>: an officer
/// editing the case is not interrupted by a colleague's note.</remarks>
public sealed class AddCaseNote(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<AccessOptions>? access = null)
{
    public async Task<CaseCommandResult> ExecuteAsync(int caseId, string note, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var text = CaseValidator.Clean(note);
        if (text is null)
        {
            return CommandResults.Invalid("Note", CaseText.Get("Validation_NoteRequired"));
        }

        if (text.Length > CaseValidator.NoteMaxLength)
        {
            return CommandResults.Invalid("Note", CaseText.Format("Validation_NoteTooLong", CaseValidator.NoteMaxLength));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
        var version = await scope.Apply(db.Cases).Where(c => c.Id == caseId).Select(c => (int?)c.Version)
            .SingleOrDefaultAsync(ct);
        if (version is null)
        {
            return CommandResults.NotFound;
        }

        db.CaseEvents.Add(CommandResults.Event(caseId, CaseEventType.Note, clock.GetUtcNow().UtcDateTime, actor, text));
        await db.SaveChangesAsync(ct);
        return CommandResults.Success(version.Value);
    }
}

/// <summary>Assigns a case to an officer (null unassigns). No version check: the queue's quick "assign to me".</summary>
/// <remarks>Only users who handle cases (<see cref="CaseQueries.AssignableRoles"/>, enabled) can be assigned. An
/// officer takes an unassigned case for themselves or gives up their own; distributing cases to others is for
/// supervisors. A closed case keeps the officer who closed it.</remarks>
public sealed class AssignCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<AccessOptions>? access = null)
{
    public async Task<CaseCommandResult> ExecuteAsync(int caseId, string? officerId, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
        var c = await scope.Apply(db.Cases).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return CommandResults.NotFound;
        }

        if (!c.IsOpen)
        {
            return new CaseCommandResult(CommandOutcome.NotAllowed,
                [new FieldError("AssignedOfficerId", CaseText.Get("Validation_AssignClosed"))], null);
        }

        var takesUnassigned = officerId == actor.UserId && c.AssignedOfficerId is null;
        var givesUpOwn = officerId is null && c.AssignedOfficerId == actor.UserId;
        if (!actor.IsSupervisor && !takesUnassigned && !givesUpOwn && officerId != c.AssignedOfficerId)
        {
            return CommandResults.NotAllowed;
        }

        var culture = CaseText.RecordCulture;
        string note;
        if (officerId is null)
        {
            note = CaseText.Get("Event_Unassigned", culture);
        }
        else
        {
            var officerName = await db.Users.Where(u => u.Id == officerId).Select(u => u.DisplayName)
                .SingleOrDefaultAsync(ct);
            if (officerName is null)
            {
                return CommandResults.Invalid("AssignedOfficerId", CaseText.Get("Validation_OfficerUnknown"));
            }

            // Taking a case for oneself: the signed-in actor's roles are known; anyone else's come from the database.
            var selfAssignable = officerId == actor.UserId && actor.Roles.Any(CaseQueries.AssignableRoles.Contains);
            var candidate = selfAssignable ? null : await CaseQueries.Assignable(db).Where(u => u.Id == officerId)
                .Select(u => new { u.LockoutEnd }).SingleOrDefaultAsync(ct);
            if (c.AssignedOfficerId != officerId && !selfAssignable
                && (candidate is null || UserAdmin.IsDisabled(candidate.LockoutEnd)))
            {
                return new CaseCommandResult(CommandOutcome.NotAllowed,
                    [new FieldError("AssignedOfficerId", CaseText.Get("Validation_OfficerNotAssignable"))], null);
            }

            note = CaseText.FormatIn(culture, "Event_Assigned", officerName);
        }

        if (c.AssignedOfficerId == officerId)
        {
            return CommandResults.Success(c.Version);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        c.AssignedOfficerId = officerId;
        c.UpdatedAtUtc = now;
        c.Version++;
        db.CaseEvents.Add(CommandResults.Event(c.Id, CaseEventType.Assigned, now, actor, note));
        return await CommandResults.SaveAsync(db, c.Version, ct);
    }
}

/// <summary>Records that the worker's identity documents were checked (a guard of several workflow steps).</summary>
public sealed class VerifyWorkerIdentity(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<ServiceLevelOptions>? serviceLevels = null, IOptions<AccessOptions>? access = null)
{
    public async Task<CaseCommandResult> ExecuteAsync(int caseId, int expectedVersion, Actor actor,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
        var c = await scope.Apply(db.Cases).SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null)
        {
            return CommandResults.NotFound;
        }

        if (!c.IsOpen)
        {
            return CommandResults.NotAllowed;
        }

        if (c.Version != expectedVersion)
        {
            return CommandResults.Conflict;
        }

        if (c.WorkerNik is null && c.WorkerPassportNo is null)
        {
            return CommandResults.Invalid(nameof(CaseInput.WorkerNik), CaseText.Get("Validation_IdentityMissing"));
        }

        var culture = CaseText.RecordCulture;
        var documents = new List<string>();
        if (c.WorkerNik is not null)
        {
            documents.Add(CaseText.Field(nameof(Case.WorkerNik), culture));
        }

        if (c.WorkerPassportNo is not null)
        {
            documents.Add(CaseText.Get("Event_Passport", culture));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        c.IdentityVerifiedAtUtc = now;
        c.IdentityVerifiedById = actor.UserId;
        c.UpdatedAtUtc = now;
        c.Version++;
        await DueDates.UpdateAsync(db, c, serviceLevels?.Value ?? new ServiceLevelOptions(), now, ct);
        db.CaseEvents.Add(CommandResults.Event(c.Id, CaseEventType.IdentityVerified, now, actor,
            CaseText.FormatIn(culture, "Event_IdentityVerified", string.Join(", ", documents))));
        return await CommandResults.SaveAsync(db, c.Version, ct);
    }
}

internal static class CommandResults
{
    public static CaseCommandResult NotFound { get; } = new(CommandOutcome.NotFound, [], null);
    public static CaseCommandResult NotAllowed { get; } = new(CommandOutcome.NotAllowed, [], null);
    public static CaseCommandResult Conflict { get; } = new(CommandOutcome.Conflict, [], null);

    public static CaseCommandResult Success(int version) => new(CommandOutcome.Succeeded, [], version);

    public static CaseCommandResult Invalid(string field, string message) =>
        new(CommandOutcome.Invalid, [new FieldError(field, message)], null);

    public static CaseEvent Event(int caseId, CaseEventType type, DateTime atUtc, Actor actor, string? note) => new()
    {
        CaseId = caseId,
        Type = type,
        AtUtc = atUtc,
        ActorId = actor.UserId,
        ActorName = actor.DisplayName,
        Note = note,
    };

    /// <summary>Keeps a generated note within the column's 4000 characters.</summary>
    public static string Limit(string note) =>
        note.Length <= CaseValidator.NoteMaxLength ? note : note[..(CaseValidator.NoteMaxLength - 1)] + "…";

    /// <summary>Saves; a concurrent write since the case was read (its Version moved) is a conflict, and so is a
    /// database still busy with other writers after the busy timeout (nothing was saved; the user tries again).</summary>
    public static async Task<CaseCommandResult> SaveAsync(CaseDeskDb db, int newVersion, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Success(newVersion);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }
        catch (Exception e) when (DbErrors.IsBusy(e))
        {
            return Conflict;
        }
    }
}
