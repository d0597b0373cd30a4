using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Reference;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using CaseMachine = Stateless.StateMachine<CaseDesk.Core.Cases.CaseStatus, CaseDesk.Core.Workflow.CaseTrigger>;

namespace CaseDesk.Core.Demo;

/// <summary>One generated case with its timeline and letters, not yet written; <see cref="Case.Id"/> is set.</summary>
internal sealed record GeneratedCase(Case Case, List<Letter> Letters);

/// <summary>
/// Builds whole case histories in memory for the bulk seeder: the intake form from <see cref="DemoCaseGenerator"/>
/// (realistic names, regencies, countries, sectors), then steps chosen among those the real workflow machine permits
/// (<see cref="CaseWorkflow.Build"/>), with the step data, events, versions, letters and due dates the write actions
/// would have recorded. Deterministic for a given <see cref="Random"/>; never touches the database.
/// </summary>
internal sealed class BulkCaseGenerator(
    Random rng,
    DateTime nowUtc,
    IReadOnlyList<Actor> officers,
    Actor supervisor,
    LetterOptions letterOptions,
    ServiceLevelOptions serviceLevels,
    WorkingCalendar calendar,
    Func<string, string> regencyName,
    Func<string?, string?> countryName)
{
    private static readonly string[] ArrivalPoints =
        ["Bandara Haluoleo, Kendari", "Pelabuhan Nusantara Kendari", "Bandara Betoambari, Baubau", "Pelabuhan Murhum, Baubau"];

    private static readonly string[] Terms =
    [
        "Pihak Kedua membayar sisa gaji secara tunai paling lambat 14 hari sejak penandatanganan berita acara ini.",
        "Pihak Kedua mengembalikan biaya penempatan melalui transfer bank dalam dua kali angsuran.",
        "Pihak Kedua menyerahkan paspor dan dokumen asli PMI serta menanggung tiket kepulangan.",
        "Pihak Kedua membayar kompensasi pemutusan kontrak dan mengurus klaim BPJS Ketenagakerjaan PMI.",
    ];

    private readonly DemoCaseGenerator _forms = new(rng);
    private readonly Dictionary<(CaseKind, int), int> _references = [];
    private readonly Dictionary<int, int> _letterSequences = [];

    /// <summary>Continues the reference and letter sequences already used in the database.</summary>
    public void StartSequences(IEnumerable<ReferenceCounter> references, IEnumerable<LetterCounter> letters)
    {
        foreach (var r in references)
        {
            _references[(r.Kind, r.Year)] = r.LastValue;
        }

        foreach (var l in letters)
        {
            _letterSequences[l.Year] = l.LastSequence;
        }
    }

    public IReadOnlyDictionary<(CaseKind Kind, int Year), int> ReferenceCounters => _references;

    public IReadOnlyDictionary<int, int> LetterCounters => _letterSequences;

    public GeneratedCase Next(int id, DateTime createdUtc)
    {
        var openedOn = OfficeTime.DateOf(createdUtc);
        var input = _forms.Next(openedOn);
        var year = openedOn.Year;
        var sequence = _references[(input.Kind, year)] = _references.GetValueOrDefault((input.Kind, year)) + 1;
        var representation = CaseFields.NeedsDefaultRepresentation(input)
            ? Country.Destinations.FirstOrDefault(c => c.Code == input.DestinationCountryCode)?.Representation
            : null;
        var c = CaseFields.Create(input, OpenCase.FormatReference(input.Kind, year, sequence), representation);
        c.Id = id;
        c.Status = CaseWorkflow.InitialStatus(input.Kind);
        c.CreatedAtUtc = createdUtc;
        c.UpdatedAtUtc = createdUtc;
        c.Version = 1;

        // Most cases are registered by the officer who then handles them; the rest by the front desk, assigned later.
        var officer = officers[(int)(officers.Count * Math.Pow(rng.NextDouble(), 1.4))];
        var byOfficer = rng.NextDouble() < 0.85;
        var opener = byOfficer ? officer : supervisor;
        c.CreatedById = opener.UserId;
        c.AssignedOfficerId = byOfficer ? officer.UserId : null;
        Add(c, CaseEventType.Created, createdUtc, opener, toStatus: c.Status,
            note: CaseText.FormatIn(CaseText.RecordCulture, "Event_Created", CaseText.Label(c.Channel, CaseText.RecordCulture)));

        var letters = new List<Letter>();
        if (c.Kind == CaseKind.Complaint && rng.NextDouble() < 0.6)
        {
            Issue(c, LetterType.ComplaintReceipt, opener, createdUtc, letters);
        }

        Walk(c, officer, createdUtc, letters);
        c.Urgency = c.DeriveUrgency();
        c.DueOn = DueOn(c);
        return new GeneratedCase(c, letters);
    }

    private void Walk(Case c, Actor officer, DateTime at, List<Letter> letters)
    {
        var machine = CaseWorkflow.Build(c, officer);
        // Some cases stall: nobody moves them for months (what the overdue figures and closure proposals are for).
        var stall = rng.NextDouble() < 0.04;
        for (var steps = 0; steps < 10 && c.IsOpen; steps++)
        {
            at = Later(at);
            // Room for an assignment and a verification before the step, all in the past.
            if (at.AddHours(4) > nowUtc || (stall && steps >= 1))
            {
                return;
            }

            if (c.AssignedOfficerId is null && rng.NextDouble() < 0.9)
            {
                c.AssignedOfficerId = officer.UserId;
                Write(c, CaseEventType.Assigned, at, supervisor,
                    CaseText.FormatIn(CaseText.RecordCulture, "Event_Assigned", officer.DisplayName));
                at = at.AddMinutes(rng.Next(5, 90));
            }

            if (c.Status == CaseStatus.Verification && c.IdentityVerifiedAtUtc is null && rng.NextDouble() < 0.92)
            {
                c.IdentityVerifiedAtUtc = at;
                c.IdentityVerifiedById = officer.UserId;
                Write(c, CaseEventType.IdentityVerified, at, officer,
                    CaseText.FormatIn(CaseText.RecordCulture, "Event_IdentityVerified",
                        c.WorkerPassportNo is null ? "KTP" : "KTP, paspor"));
                at = at.AddMinutes(rng.Next(5, 90));
            }

            var trigger = Choose(c, machine);
            if (trigger is null)
            {
                return;
            }

            Fire(c, machine, trigger.Value, StepInputFor(trigger.Value, c, at), officer, at, letters);
        }
    }

    private CaseTrigger? Choose(Case c, CaseMachine machine)
    {
        (CaseTrigger, double)[] weights = c.Status switch
        {
            CaseStatus.Intake => [(CaseTrigger.StartVerification, 95), (CaseTrigger.Reject, 3), (CaseTrigger.Withdraw, 2)],
            CaseStatus.Verification when c.Kind == CaseKind.Repatriation =>
                [(CaseTrigger.StartCoordination, 96), (CaseTrigger.Reject, 2), (CaseTrigger.Withdraw, 2)],
            CaseStatus.Verification =>
                [(CaseTrigger.StartMediation, 64), (CaseTrigger.Refer, 28), (CaseTrigger.Reject, 5), (CaseTrigger.Withdraw, 3)],
            CaseStatus.Mediation or CaseStatus.MediationViaRepresentation =>
                [(CaseTrigger.RecordAgreement, 58), (CaseTrigger.RecordMediationFailure, 37), (CaseTrigger.Withdraw, 5)],
            CaseStatus.Coordinating => [(CaseTrigger.RecordArrival, 96), (CaseTrigger.Withdraw, 4)],
            CaseStatus.Arrived => [(CaseTrigger.HandOver, 100)],
            _ => [(CaseTrigger.Close, 100)],
        };
        var possible = weights.Where(w => machine.CanFire(w.Item1, out _)).ToArray();
        return possible.Length == 0 ? null : _forms.PickWeighted(possible);
    }

    private void Fire(Case c, CaseMachine machine, CaseTrigger trigger, StepInput input, Actor actor, DateTime at,
        List<Letter> letters)
    {
        if (StepRules.Validate(trigger, input, at) is [var error, ..])
        {
            throw new InvalidOperationException($"Generated step {trigger} is invalid: {error}");
        }

        var from = c.Status;
        StepRules.Apply(c, trigger, input);
        machine.Fire(trigger);
        c.Events.Add(new CaseEvent
        {
            CaseId = c.Id,
            Type = CaseEventType.Transition,
            AtUtc = at,
            ActorId = actor.UserId,
            ActorName = actor.DisplayName,
            FromStatus = from,
            ToStatus = c.Status,
            Trigger = trigger.ToString(),
            Note = StepRules.Clean(input.Note),
            Data = StepRules.Facts(trigger, input).Serialize(),
        });
        c.UpdatedAtUtc = at;
        c.ClosedAtUtc = c.Status == CaseStatus.Closed ? at : null;
        c.Version++;

        // Officers usually issue the letter a step offers; sometimes it is written outside CaseDesk.
        if (StepLetters.For(trigger, c) is { } type && rng.NextDouble() < 0.75 && LetterRules.Unfit(type, c).Count == 0)
        {
            Issue(c, type, actor, at, letters);
        }
    }

    private StepInput StepInputFor(CaseTrigger trigger, Case c, DateTime at) => StepRules.DataFor(trigger) switch
    {
        StepData.Agreement => new StepInput
        {
            SettlementAmount = rng.NextDouble() < 0.8 ? rng.Next(2, 120) * 1_000_000L : null,
            MediationTerms = _forms.Pick(Terms),
        },
        StepData.MediationFailure or StepData.Referral => new StepInput
        {
            ReferralTarget = _forms.PickWeighted((ReferralTarget.Disnaker, 35.0), (ReferralTarget.Police, 20.0),
                (ReferralTarget.Representation, 30.0), (ReferralTarget.MinistryDirectorate, 15.0)),
            ReferralDetail = c.Representation,
        },
        StepData.Rejection => new StepInput
        {
            RejectionReason = _forms.Chance(0.6) ? RejectionReason.Incomplete : RejectionReason.OutsideMandate,
        },
        StepData.Arrival => new StepInput { ArrivalAtUtc = at.AddHours(-rng.Next(1, 6)), ArrivalPoint = _forms.Pick(ArrivalPoints) },
        StepData.HandOver => new StepInput
        {
            HandedOverTo = _forms.Chance(0.7) ? $"Keluarga PMI ({c.ComplainantName ?? "ahli waris"})" : "Disnaker kabupaten asal",
        },
        StepData.Reason => new StepInput { Note = "Pengadu mencabut pengaduan karena masalah telah diselesaikan secara kekeluargaan." },
        _ => StepInput.None,
    };

    private void Issue(Case c, LetterType type, Actor actor, DateTime at, List<Letter> letters)
    {
        var issuedOn = OfficeTime.DateOf(at);
        var sequence = _letterSequences[issuedOn.Year] = _letterSequences.GetValueOrDefault(issuedOn.Year) + 1;
        var number = LetterFormat.Number(sequence, letterOptions.UnitCode.Trim(), letterOptions.ClassificationCode(type),
            issuedOn);
        var snapshot = Snapshot(c, type, number, issuedOn, actor);
        letters.Add(new Letter
        {
            CaseId = c.Id,
            Type = type,
            Year = issuedOn.Year,
            Sequence = sequence,
            Number = number,
            IssuedAtUtc = at,
            IssuedById = actor.UserId,
            IssuedByName = actor.DisplayName,
            Snapshot = snapshot.ToJson(),
        });
        Add(c, CaseEventType.LetterIssued, at, actor,
            note: LetterText.FormatIn(LetterText.RecordCulture, "Event_LetterIssued", snapshot.Title, number));
    }

    /// <summary>What <c>LetterRegister</c> records, from the generated case (no addressee details typed in).</summary>
    private LetterSnapshot Snapshot(Case c, LetterType type, string number, DateOnly issuedOn, Actor actor)
    {
        var culture = LetterText.RecordCulture;
        string Label(Enum value) => CaseText.Label(value, culture);
        var regency = regencyName(c.HomeRegencyCode);
        var title = regency.StartsWith("Kota ", StringComparison.Ordinal) ? regency : $"Kabupaten {regency}";
        var opened = OfficeTime.DateOf(c.CreatedAtUtc);
        DateOnly? closed = c.Status == CaseStatus.Closed && c.ClosedAtUtc is { } closedUtc ? OfficeTime.DateOf(closedUtc) : null;
        DateTime? arrival = c.ArrivalAtUtc is { } arrivedUtc ? OfficeTime.FromUtc(arrivedUtc) : null;
        var complainant = LetterRules.Clean(c.ComplainantName) is { } name
            ? new LetterComplainant(name, c.ComplainantRelation, c.ComplainantPhone)
            : null;
        var addressee = type switch
        {
            LetterType.ComplaintReceipt or LetterType.ClosureNotice =>
                complainant is null ? $"{(c.WorkerSex == Sex.Female ? "Sdri." : "Sdr.")} {c.WorkerName}" : $"Sdr./Sdri. {complainant.Name}",
            LetterType.ClarificationInvitation or LetterType.MediationInvitation =>
                c.PlacementCompanyName is { } company ? $"Pimpinan {company}" : LetterRules.Respondent(c),
            LetterType.RepatriationNotice => $"Kepala Dinas Tenaga Kerja {title}",
            LetterType.Referral => c.ReferralDetail ?? (c.ReferralTarget is { } t ? Label(t) : null),
            _ => null,
        };
        var meeting = LetterRules.CallsMeeting(type);
        var meetingDate = meeting ? calendar.AddWorkingDays(issuedOn, 5) : (DateOnly?)null;
        return new LetterSnapshot
        {
            Type = type,
            Title = LetterText.Title(type),
            Number = number,
            IssuedDate = issuedOn,
            IssuedDateText = LetterFormat.Date(issuedOn),
            City = letterOptions.City.Trim(),
            Office = letterOptions.ToOffice(),
            Signatory = letterOptions.ToSignatory(),
            IssuedByName = actor.DisplayName,
            Case = new LetterCaseFacts
            {
                ReferenceNumber = c.ReferenceNumber,
                Kind = c.Kind,
                KindLabel = Label(c.Kind),
                SectorLabel = Label(c.Sector),
                NonProcedural = c.NonProcedural,
                OpenedDate = opened,
                OpenedDateText = LetterFormat.Date(opened),
                Worker = new LetterWorker
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
                    RegencyName = regency,
                    RegencyTitle = title,
                    Village = c.HomeVillage,
                    DepartureDate = c.DepartureDate,
                },
                Complainant = complainant,
                DestinationCountryName = countryName(c.DestinationCountryCode),
                Employer = c.EmployerType is null && c.EmployerName is null
                    ? null
                    : new LetterEmployer(c.EmployerType, c.EmployerType is { } et ? Label(et) : null, c.EmployerName,
                        countryName(c.EmployerCountryCode)),
                PlacementCompanyName = c.PlacementCompanyName,
                PlacementCompanyLicenceNo = c.PlacementCompanyLicenceNo,
                RespondentName = LetterRules.Respondent(c),
                Representation = c.Representation,
                CategoryLabel = Label(c.Category),
                ChannelLabel = Label(c.Channel),
                Narrative = c.Narrative,
                Urgent = c.DeriveUrgency() == Urgency.Urgent,
                UrgencyLabel = Label(c.DeriveUrgency()),
                MediationOutcome = c.MediationOutcome,
                MediationOutcomeLabel = c.MediationOutcome is { } outcome ? Label(outcome) : null,
                SettlementAmount = c.SettlementAmount,
                SettlementAmountText = c.SettlementAmount is { } amount ? LetterFormat.Rupiah(amount) : null,
                SettlementAmountInWords = c.SettlementAmount is { } words ? LetterFormat.RupiahInWords(words) : null,
                MediationTerms = c.MediationTerms,
                ReferralTarget = c.ReferralTarget,
                ReferralTargetLabel = c.ReferralTarget is { } target ? Label(target) : null,
                ReferralDetail = c.ReferralDetail,
                ArrivalOfficeTime = arrival,
                ArrivalText = arrival is { } local ? LetterFormat.DateAndTime(local) : null,
                ArrivalPoint = c.ArrivalPoint,
                HandedOverTo = c.HandedOverTo,
                RejectionReasonLabel = c.RejectionReason is { } rejection ? Label(rejection) : null,
                ClosedDate = closed,
                ClosedDateText = closed is { } closedDate ? LetterFormat.Date(closedDate) : null,
            },
            Details = new LetterDetails
            {
                AddresseeName = addressee,
                AddresseeAddress = type is LetterType.ComplaintReceipt or LetterType.ClosureNotice
                    ? new[] { c.HomeVillage, title }.OfType<string>().ToList()
                    : type == LetterType.RepatriationNotice ? [title] : [],
                MeetingDate = meetingDate,
                MeetingTime = meeting ? new TimeOnly(9, 0) : null,
                MeetingPlace = meeting ? $"Ruang Mediasi {letterOptions.OfficeName}" : null,
                CarbonCopies = [],
            },
            MeetingDateText = meetingDate is { } md ? LetterFormat.DayAndDate(md) : null,
            MeetingTimeText = meeting ? LetterFormat.Time(new TimeOnly(9, 0)) : null,
        };
    }

    private DateOnly? DueOn(Case c)
    {
        if (!c.IsOpen)
        {
            return null;
        }

        var entered = c.Events.Where(e => e.Type == CaseEventType.Transition && e.ToStatus == c.Status)
            .Select(e => (DateTime?)e.AtUtc).Max();
        var facts = new ClockFacts(c.Kind, c.Status, c.CreatedAtUtc, entered, c.IdentityVerifiedAtUtc, []);
        var clock = ServiceLevelClock.Compute(facts, calendar, serviceLevels, OfficeTime.DateOf(nowUtc));
        return clock is { IsPaused: false } ? clock.DueOn : null;
    }

    /// <summary>The next working moment after a pause of a few days (heavy-tailed: most steps take days, some months).</summary>
    private DateTime Later(DateTime at)
    {
        var days = -Math.Log(1 - rng.NextDouble()) * 9;
        var next = at.AddDays(days);
        var office = OfficeTime.FromUtc(next);
        while (!calendar.IsWorkingDay(DateOnly.FromDateTime(office)))
        {
            office = office.AddDays(1);
        }

        var hour = office.Hour is >= 8 and < 16 ? office.TimeOfDay : TimeSpan.FromHours(8 + (rng.NextDouble() * 7.5));
        var utc = DateTime.SpecifyKind(office.Date + hour - OfficeTime.Offset, DateTimeKind.Utc);
        return utc > at ? utc : at.AddMinutes(rng.Next(10, 120));
    }

    private void Write(Case c, CaseEventType type, DateTime at, Actor actor, string note)
    {
        Add(c, type, at, actor, note: note);
        c.UpdatedAtUtc = at;
        c.Version++;
    }

    private static void Add(Case c, CaseEventType type, DateTime at, Actor actor, CaseStatus? toStatus = null,
        string? note = null) =>
        c.Events.Add(new CaseEvent
        {
            CaseId = c.Id,
            Type = type,
            AtUtc = at,
            ActorId = actor.UserId,
            ActorName = actor.DisplayName,
            ToStatus = toStatus,
            Note = note,
        });
}
