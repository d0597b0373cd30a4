using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Letters;

/// <summary>
/// Allocates the next number of the register and records the letter, inside the caller's transaction: the number,
/// the letter and its timeline event commit with whatever the caller writes (a workflow step, a new case) or not at
/// all, so the register has no gaps.
/// </summary>
internal sealed class LetterRegister(LetterOptions options)
{
    /// <summary>
    /// Issues a letter of <paramref name="type"/> for <paramref name="c"/> (tracked by <paramref name="db"/>, possibly
    /// not yet saved). Call inside an open transaction, with a type that fits the case (<see cref="LetterRules.Unfit"/>)
    /// and validated details; the caller saves. <see cref="Letter.Id"/> is set by that save.
    /// </summary>
    public async Task<Letter> IssueAsync(CaseDeskDb db, Case c, LetterType type, LetterDetails details, Actor actor,
        DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (db.Database.CurrentTransaction is null)
        {
            // Outside a transaction the number could be taken by a concurrent issuer or outlive a failed step.
            throw new InvalidOperationException("Letters are issued inside the transaction of the step that issues them.");
        }

        if (db.Entry(c).State == EntityState.Detached)
        {
            throw new InvalidOperationException("The case must be tracked by the context that issues the letter.");
        }

        if (LetterRules.Unfit(type, c) is [var reason, ..])
        {
            throw new InvalidOperationException(reason);
        }

        var issuedDate = OfficeTime.DateOf(nowUtc);
        var year = issuedDate.Year;

        // Find looks at the tracker first, so two letters issued in one transaction share one counter row. On
        // SQLite the caller's transaction already holds the write lock (BEGIN IMMEDIATE); elsewhere LastSequence is
        // a concurrency token, so a concurrent issuer fails instead of reusing the number.
        var counter = await db.LetterCounters.FindAsync([year], ct);
        if (counter is null)
        {
            counter = new LetterCounter { Year = year };
            db.LetterCounters.Add(counter);
        }

        counter.LastSequence++;
        var number = LetterFormat.Number(counter.LastSequence, options.UnitCode.Trim(), options.ClassificationCode(type),
            issuedDate);
        var snapshot = await BuildSnapshotAsync(db, c, type, number, issuedDate, details, actor, ct);

        var letter = new Letter
        {
            Case = c,
            Type = type,
            Year = year,
            Sequence = counter.LastSequence,
            Number = number,
            IssuedAtUtc = nowUtc,
            IssuedById = actor.UserId,
            IssuedByName = actor.DisplayName,
            Snapshot = snapshot.ToJson(),
        };
        db.Letters.Add(letter);
        c.Events.Add(new CaseEvent
        {
            Type = CaseEventType.LetterIssued,
            AtUtc = nowUtc,
            ActorId = actor.UserId,
            ActorName = actor.DisplayName,
            Note = LetterText.FormatIn(LetterText.RecordCulture, "Event_LetterIssued", snapshot.Title, number),
        });
        return letter;
    }

    private async Task<LetterSnapshot> BuildSnapshotAsync(CaseDeskDb db, Case c, LetterType type, string number,
        DateOnly issuedDate, LetterDetails details, Actor actor, CancellationToken ct)
    {
        var culture = LetterText.RecordCulture;
        string Label(Enum value) => CaseText.Label(value, culture);

        var regencyName = (await db.Regencies.FindAsync([c.HomeRegencyCode], ct))?.Name ?? c.HomeRegencyCode;
        var destination = await CountryNameAsync(db, c.DestinationCountryCode, ct);
        var employerCountry = await CountryNameAsync(db, c.EmployerCountryCode, ct);

        var worker = new LetterWorker
        {
            Name = c.WorkerName,
            Sex = c.WorkerSex,
            SexLabel = Label(c.WorkerSex),
            DateOfBirth = c.WorkerDateOfBirth,
            DateOfBirthText = c.WorkerDateOfBirth is { } born ? LetterFormat.Date(born) : null,
            Nik = c.WorkerNik,
            PassportNo = c.WorkerPassportNo,
            Phone = c.WorkerPhone,
            RegencyCode = c.HomeRegencyCode,
            RegencyName = regencyName,
            RegencyTitle = regencyName.StartsWith("Kota ", StringComparison.Ordinal) ? regencyName : $"Kabupaten {regencyName}",
            Village = c.HomeVillage,
            DepartureDate = c.DepartureDate,
        };
        var complainant = LetterRules.Clean(c.ComplainantName) is { } complainantName
            ? new LetterComplainant(complainantName, c.ComplainantRelation, c.ComplainantPhone)
            : null;
        var employer = c.EmployerType is null && c.EmployerName is null && employerCountry is null
            ? null
            : new LetterEmployer(c.EmployerType, c.EmployerType is { } employerType ? Label(employerType) : null,
                c.EmployerName, employerCountry);
        DateTime? arrival = c.ArrivalAtUtc is { } arrivedUtc ? OfficeTime.FromUtc(arrivedUtc) : null;
        DateOnly? closed = c.Status == CaseStatus.Closed && c.ClosedAtUtc is { } closedUtc ? OfficeTime.DateOf(closedUtc) : null;
        var opened = OfficeTime.DateOf(c.CreatedAtUtc);

        var facts = new LetterCaseFacts
        {
            ReferenceNumber = c.ReferenceNumber,
            Kind = c.Kind,
            KindLabel = Label(c.Kind),
            SectorLabel = Label(c.Sector),
            NonProcedural = c.NonProcedural,
            OpenedDate = opened,
            OpenedDateText = LetterFormat.Date(opened),
            Worker = worker,
            Complainant = complainant,
            DestinationCountryName = destination,
            Employer = employer,
            PlacementCompanyName = c.PlacementCompanyName,
            PlacementCompanyLicenceNo = c.PlacementCompanyLicenceNo,
            RespondentName = LetterRules.Respondent(c),
            Representation = c.Representation,
            CategoryLabel = Label(c.Category),
            ChannelLabel = Label(c.Channel),
            Narrative = c.Narrative,
            Urgent = c.Urgency == Urgency.Urgent,
            UrgencyLabel = Label(c.Urgency),
            MediationOutcome = c.MediationOutcome,
            MediationOutcomeLabel = c.MediationOutcome is { } outcome ? Label(outcome) : null,
            SettlementAmount = c.SettlementAmount,
            SettlementAmountText = c.SettlementAmount is { } amount ? LetterFormat.Rupiah(amount) : null,
            SettlementAmountInWords = c.SettlementAmount is { } inWords && inWords >= 0
                ? LetterFormat.RupiahInWords(inWords)
                : null,
            MediationTerms = c.MediationTerms,
            ReferralTarget = c.ReferralTarget,
            ReferralTargetLabel = c.ReferralTarget is { } target ? Label(target) : null,
            ReferralDetail = c.ReferralDetail,
            ArrivalOfficeTime = arrival,
            ArrivalText = arrival is { } arrivedLocal ? LetterFormat.DateAndTime(arrivedLocal) : null,
            ArrivalPoint = c.ArrivalPoint,
            HandedOverTo = c.HandedOverTo,
            RejectionReasonLabel = c.RejectionReason is { } rejection ? Label(rejection) : null,
            ClosedDate = closed,
            ClosedDateText = closed is { } closedDate ? LetterFormat.Date(closedDate) : null,
            ClosingNote = c.Status == CaseStatus.Closed ? await ClosingNoteAsync(db, c, ct) : null,
            AdministrativeClosure = c.Status == CaseStatus.Closed && c.AdministrativeClosureReason is { } ground
                ? new LetterAdministrativeClosure(ground, ClosureText.LegalBasis(culture),
                    AdministrativeClosureReasons.Code(ground), ClosureText.Grounds(ground, culture))
                : null,
        };

        var calls = LetterRules.CallsMeeting(type);
        var normalized = new LetterDetails
        {
            AddresseeName = LetterRules.Clean(details.AddresseeName) ?? DefaultAddressee(type, c, facts),
            AddresseeAddress = LetterRules.Filled(details.AddresseeAddress) is { Count: > 0 } address
                ? address
                : DefaultAddress(type, worker),
            MeetingDate = calls ? details.MeetingDate : null,
            MeetingTime = calls ? details.MeetingTime : null,
            MeetingPlace = calls ? LetterRules.Clean(details.MeetingPlace) : null,
            CarbonCopies = LetterRules.Filled(details.CarbonCopies),
            Remarks = LetterRules.Clean(details.Remarks),
        };

        return new LetterSnapshot
        {
            Type = type,
            Title = LetterText.Title(type),
            Number = number,
            IssuedDate = issuedDate,
            IssuedDateText = LetterFormat.Date(issuedDate),
            City = options.City.Trim(),
            Office = options.ToOffice(),
            Signatory = options.ToSignatory(),
            IssuedByName = actor.DisplayName,
            Case = facts,
            Details = normalized,
            MeetingDateText = normalized.MeetingDate is { } meetingDate ? LetterFormat.DayAndDate(meetingDate) : null,
            MeetingTimeText = normalized.MeetingTime is { } meetingTime ? LetterFormat.Time(meetingTime) : null,
        };
    }

    /// <summary>Whom the letter is addressed to when the officer named no one.</summary>
    private static string? DefaultAddressee(LetterType type, Case c, LetterCaseFacts facts)
    {
        var complainant = facts.Complainant is { } other
            ? $"Sdr./Sdri. {other.Name}"
            : $"{(c.WorkerSex == Sex.Female ? "Sdri." : "Sdr.")} {c.WorkerName}";
        var respondent = facts.PlacementCompanyName is { } company ? $"Pimpinan {company}" : facts.RespondentName;
        return type switch
        {
            LetterType.ComplaintReceipt or LetterType.ClosureNotice => complainant,
            LetterType.ClarificationInvitation => respondent,
            LetterType.MediationInvitation => respondent is null ? complainant : $"{complainant} dan {respondent}",
            LetterType.Referral => facts.ReferralDetail ?? facts.ReferralTargetLabel,
            LetterType.RepatriationNotice => $"Kepala Dinas Tenaga Kerja {facts.Worker.RegencyTitle}",
            _ => null, // minutes have no addressee
        };
    }

    private static IReadOnlyList<string> DefaultAddress(LetterType type, LetterWorker worker) => type switch
    {
        LetterType.ComplaintReceipt or LetterType.ClosureNotice =>
            new[] { worker.Village, worker.RegencyTitle }.OfType<string>().ToList(),
        LetterType.RepatriationNotice => [worker.RegencyTitle],
        _ => [],
    };

    private static async Task<string?> CountryNameAsync(CaseDeskDb db, string? code, CancellationToken ct) =>
        code is null ? null : (await db.Countries.FindAsync([code], ct))?.NameId ?? code;

    /// <summary>The note of the step that closed the case: pending in this context, or the latest saved one.</summary>
    private static async Task<string?> ClosingNoteAsync(CaseDeskDb db, Case c, CancellationToken ct)
    {
        static bool IsClosing(CaseEvent e) => e.Type == CaseEventType.Transition && e.ToStatus == CaseStatus.Closed;

        // Unsaved events of this context (the step being taken now) have no id yet.
        var pending = c.Events.LastOrDefault(e => e.Id == 0 && IsClosing(e));
        if (pending is not null)
        {
            return pending.Note;
        }

        return await db.CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == c.Id && e.Type == CaseEventType.Transition && e.ToStatus == CaseStatus.Closed)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Select(e => e.Note)
            .FirstOrDefaultAsync(ct);
    }
}
