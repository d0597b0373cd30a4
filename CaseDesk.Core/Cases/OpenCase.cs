using System.Globalization;
using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Data;
using CaseDesk.Core.Letters;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Core.Cases;

/// <summary>Registers a new case: validates, warns about duplicates, numbers it and writes the first timeline event;
/// with <see cref="CaseInput.IssueReceipt"/> also the complaint receipt, in the same transaction.</summary>
/// <remarks>Without <paramref name="letterOptions"/> (tests, tools) the receipt uses the default <see cref="LetterOptions"/>.</remarks>
public sealed class OpenCase(IDbContextFactory<CaseDeskDb> dbFactory, TimeProvider clock,
    IOptions<LetterOptions>? letterOptions = null, IOptions<ServiceLevelOptions>? serviceLevels = null,
    IOptions<AccessOptions>? access = null)
{
    public async Task<OpenCaseResult> ExecuteAsync(CaseInput input, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);

        var errors = CaseValidator.Validate(input, OfficeTime.Today(clock))
            .Concat(Consents.ConsentRules.ValidateIntake(input)).ToList();
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await CaseAccess.ScopeAsync(db, actor, access?.Value, ct);
        if (input.LinkedCaseId is { } linkedId && !await scope.Apply(db.Cases).AnyAsync(c => c.Id == linkedId, ct))
        {
            return Invalid([new FieldError(nameof(CaseInput.LinkedCaseId), CaseText.Get("Validation_LinkedCaseUnknown"))]);
        }

        // Linking to one of the candidates is also a decision about them.
        if (!input.DuplicatesAcknowledged && input.LinkedCaseId is null)
        {
            var duplicates = await FindDuplicatesAsync(db, input, excludeCaseId: null, scope, ct);
            if (duplicates.Count > 0)
            {
                return new OpenCaseResult(false, null, null, [], duplicates);
            }
        }

        var defaultRepresentation = CaseFields.NeedsDefaultRepresentation(input)
            ? await db.Countries.Where(c => c.Code == CaseValidator.NormalizeCountryCode(input.DestinationCountryCode))
                .Select(c => c.Representation).FirstOrDefaultAsync(ct)
            : null;

        // Microsoft.Data.Sqlite begins EF Core's (Serializable) transactions with BEGIN IMMEDIATE: the write lock is
        // taken here, before the counter is read, so concurrent intakes queue instead of failing to upgrade a read
        // lock ("database is locked"), and numbers stay unique and gap-free (the counter rolls back with the case).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var year = OfficeTime.Now(clock).Year;
        var counter = await db.ReferenceCounters.SingleOrDefaultAsync(r => r.Kind == input.Kind && r.Year == year, ct);
        if (counter is null)
        {
            counter = new ReferenceCounter { Kind = input.Kind, Year = year };
            db.ReferenceCounters.Add(counter);
        }

        counter.LastValue++;
        var reference = FormatReference(input.Kind, year, counter.LastValue);

        var status = CaseWorkflow.InitialStatus(input.Kind);
        var c = CaseFields.Create(input, reference, defaultRepresentation);
        c.Status = status;
        c.CreatedAtUtc = now;
        c.UpdatedAtUtc = now;
        c.CreatedById = actor.UserId;
        c.AssignedOfficerId = actor.Roles.Contains(Roles.Officer) ? actor.UserId : null;
        c.Version = 1;
        c.Events.Add(new CaseEvent
        {
            Type = CaseEventType.Created,
            AtUtc = now,
            ActorId = actor.UserId,
            ActorName = actor.DisplayName,
            ToStatus = status,
            Note = CaseText.FormatIn(CaseText.RecordCulture, "Event_Created",
                CaseText.Label(c.Channel, CaseText.RecordCulture)),
        });
        await DueDates.UpdateAsync(db, c, serviceLevels?.Value ?? new ServiceLevelOptions(), now, ct);
        db.Cases.Add(c);

        var receipt = input.IssueReceipt
            ? await new LetterRegister(letterOptions?.Value ?? new LetterOptions())
                .IssueAsync(db, c, LetterType.ComplaintReceipt, LetterDetails.None, actor, now, ct)
            : null;

        await db.SaveChangesAsync(ct);
        // A second save in the same transaction, once the case has its id (the audit trail names the case).
        if (Consents.RecordConsent.AddIntake(db, c, input, actor, now))
        {
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return new OpenCaseResult(true, c.Id, c.ReferenceNumber, [], [], receipt?.Id, receipt?.Number);
    }

    /// <summary>Open cases that may be the same worker: same NIK, same passport, or same name and date of birth.</summary>
    public async Task<IReadOnlyList<DuplicateCandidate>> FindDuplicatesAsync(CaseInput input,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await FindDuplicatesAsync(db, input, excludeCaseId: null, CaseScope.All, ct);
    }

    /// <summary>"ADU-2026-000123": kind prefix, year (WITA), six-digit sequence per kind and year.</summary>
    public static string FormatReference(CaseKind kind, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)}-{year:D4}-{sequence:D6}");

    private static string Prefix(CaseKind kind) => kind switch
    {
        CaseKind.Complaint => "ADU",
        CaseKind.Mediation => "MED",
        CaseKind.Repatriation => "PUL",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <remarks>Matches outside <paramref name="scope"/> become one <see cref="DuplicateCandidate.OutsideScope"/>
    /// line: no reference, no name, no link.</remarks>
    internal static async Task<IReadOnlyList<DuplicateCandidate>> FindDuplicatesAsync(CaseDeskDb db, CaseInput input,
        int? excludeCaseId, CaseScope scope, CancellationToken ct)
    {
        var nik = CaseValidator.NormalizeNik(input.WorkerNik);
        var passport = CaseValidator.NormalizePassport(input.WorkerPassportNo);
        var name = CaseValidator.Clean(input.WorkerName);
        var birth = input.WorkerDateOfBirth;
        var byName = name is not null && birth is not null;
        if (nik is null && passport is null && !byName)
        {
            return [];
        }

        var matches = await db.Cases.AsNoTracking()
            .Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.Rejected
                && c.Status != CaseStatus.Withdrawn)
            .Where(c => excludeCaseId == null || c.Id != excludeCaseId)
            .Where(c => (nik != null && c.WorkerNik == nik)
                || (passport != null && c.WorkerPassportNo == passport)
                // NOCASE folds ASCII only, on both sides alike; names are stored trimmed.
                || (byName && c.WorkerDateOfBirth == birth && EF.Functions.Collate(c.WorkerName, "NOCASE") == name))
            .OrderByDescending(c => c.CreatedAtUtc)
            .Select(c => new { c.Id, c.ReferenceNumber, c.WorkerName, c.Status, c.WorkerNik, c.WorkerPassportNo })
            .Take(20)
            .ToListAsync(ct);

        var ids = matches.Select(m => m.Id).ToList();
        var visible = await scope.Apply(db.Cases).Where(c => ids.Contains(c.Id))
            .Select(c => c.Id).ToListAsync(ct);
        var candidates = matches.Where(m => visible.Contains(m.Id))
            .Select(m => new DuplicateCandidate(m.Id, m.ReferenceNumber, m.WorkerName, m.Status,
                nik is not null && m.WorkerNik == nik ? CaseText.Get("Duplicate_SameNik")
                : passport is not null && m.WorkerPassportNo == passport ? CaseText.Get("Duplicate_SamePassport")
                : CaseText.Get("Duplicate_SameNameAndBirthDate")))
            .ToList();
        if (matches.Count > visible.Count)
        {
            candidates.Add(new DuplicateCandidate(0, "", "", CaseStatus.Intake, CaseText.Get("Duplicate_OtherRegion"))
            {
                OutsideScope = true,
            });
        }

        return candidates;
    }

    private static OpenCaseResult Invalid(IReadOnlyList<FieldError> errors) => new(false, null, null, errors, []);
}
