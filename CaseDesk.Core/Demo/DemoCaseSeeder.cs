using CaseDesk.Core.Accounts;
using CaseDesk.Core.Approvals;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Consents;
using CaseDesk.Core.Data;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Reference;
using CaseDesk.Core.Workflow;
using Microsoft.EntityFrameworkCore;
using static CaseDesk.Core.Demo.DemoCaseGenerator;

namespace CaseDesk.Core.Demo;

/// <summary>
/// Opens demo cases through the real intake action and walks each one through its workflow with the real transition
/// action, choosing among the steps the workflow itself offers (<see cref="CaseWorkflow.GetSteps"/>). The seeder's own
/// clock starts at the case's intake moment and moves forward with every step, never past the present.
/// </summary>
internal sealed class DemoCaseSeeder
{
    private const int MaxStepsPerCase = 14;
    private static readonly TimeSpan History = TimeSpan.FromDays(425);

    private readonly IDbContextFactory<CaseDeskDb> _dbFactory;
    private readonly Random _rng;
    private readonly DateTimeOffset _now;
    private readonly (Actor Actor, double Weight)[] _officers;
    private readonly Actor _supervisor;
    private readonly SeedClock _clock = new();
    private readonly DemoCaseGenerator _generator;
    private readonly OpenCase _openCase;
    private readonly AssignCase _assignCase;
    private readonly AddCaseNote _addNote;
    private readonly VerifyWorkerIdentity _verifyIdentity;
    private readonly TransitionCase _transition;
    private readonly RecordConsent _recordConsent;

    // Coverage bookkeeping, so a few hundred cases show every step and every state of every kind.
    private readonly HashSet<(CaseKind, CaseStatus, CaseTrigger)> _firedSteps = [];
    private readonly HashSet<(CaseKind, CaseStatus)> _restingStates = [];
    private readonly List<(int Id, string Reference, CaseInput Input)> _returnCandidates = [];

    public DemoCaseSeeder(IDbContextFactory<CaseDeskDb> dbFactory, Random rng, DateTimeOffset now,
        (Actor Actor, double Weight)[] officers, Actor supervisor)
    {
        _dbFactory = dbFactory;
        _rng = rng;
        _now = now;
        _officers = officers;
        _supervisor = supervisor;
        _generator = new DemoCaseGenerator(rng);
        _openCase = new OpenCase(dbFactory, _clock);
        _assignCase = new AssignCase(dbFactory, _clock);
        _addNote = new AddCaseNote(dbFactory, _clock);
        _verifyIdentity = new VerifyWorkerIdentity(dbFactory, _clock);
        _transition = new TransitionCase(dbFactory, _clock);
        _recordConsent = new RecordConsent(dbFactory, _clock);
    }

    public async Task RunAsync(int caseCount, CancellationToken ct)
    {
        // Intake moments in order, so reference numbers follow the calendar; slightly more recent cases than old.
        var moments = Enumerable.Range(0, caseCount)
            .Select(_ => WorkingMoment(_now - History * Math.Pow(_rng.NextDouble(), 1.15)))
            .Select(m => m > _now ? _now : m)
            .Order()
            .ToList();
        foreach (var moment in moments)
        {
            ct.ThrowIfCancellationRequested();
            await SeedCaseAsync(moment, ct);
        }

        await LeavePendingApprovalsAsync(ct);
    }

    /// <summary>A few of the newest open cases wait for a supervisor's approval (one per kind of step where the
    /// workflow offers it), so the approval queue is not empty.</summary>
    private async Task LeavePendingApprovalsAsync(CancellationToken ct)
    {
        Dictionary<int, DateTime> open;
        await using (var db = await _dbFactory.CreateDbContextAsync(ct))
        {
            // With the time of each case's last event: a request comes after it, so the timeline stays in order.
            open = await db.Cases.AsNoTracking()
                .Where(c => c.AssignedOfficerId != null && c.Status != CaseStatus.Closed
                    && c.Status != CaseStatus.Rejected && c.Status != CaseStatus.Withdrawn)
                .OrderByDescending(c => c.Id).Take(200)
                .Select(c => new { c.Id, Last = c.Events.Max(e => e.AtUtc) })
                .ToDictionaryAsync(x => x.Id, x => x.Last, ct);
        }

        var requestApproval = new RequestApproval(_dbFactory, _clock);
        var requested = new HashSet<CaseTrigger>();
        foreach (var (caseId, lastEventAt) in open.OrderByDescending(x => x.Key))
        {
            if (requested.Count == ApprovalRules.Triggers.Count)
            {
                break;
            }

            var c = await LoadAsync(caseId, ct);
            var officer = _officers.Select(o => o.Actor).FirstOrDefault(a => a.UserId == c.AssignedOfficerId);
            var step = officer is null
                ? null
                : CaseWorkflow.GetSteps(c, officer)
                    .FirstOrDefault(s => s.Enabled && s.NeedsApproval && !requested.Contains(s.Trigger));
            if (officer is null || step is null)
            {
                continue;
            }

            var at = _now.AddMinutes(-30 * (ApprovalRules.Triggers.Count - requested.Count));
            _clock.Now = at.UtcDateTime > lastEventAt ? at : _now;
            var result = await requestApproval.ExecuteAsync(caseId, step.Trigger, StepInputFor(step, c, _clock.Now),
                c.Version, officer, ct);
            if (result.Succeeded)
            {
                requested.Add(step.Trigger);
            }
        }
    }

    private async Task SeedCaseAsync(DateTimeOffset intakeAt, CancellationToken ct)
    {
        _clock.Now = intakeAt;
        var opener = _generator.PickWeighted(_officers);
        var input = _generator.Next(DateOnly.FromDateTime(intakeAt.UtcDateTime));
        if (input.Kind == CaseKind.Repatriation && _returnCandidates.Count > 0 && _generator.Chance(0.12))
        {
            MakeFollowUp(input, _returnCandidates[_rng.Next(_returnCandidates.Count)]);
        }

        input.IssueReceipt = input.Kind == CaseKind.Complaint;
        // Complainants consent to everything at intake (no random draw, so the rest of the demo stays the same); a
        // few withdraw a consent later (WithdrawSomeConsentsAsync).
        input.ConsentsGiven = [.. Enum.GetValues<ConsentPurpose>()];
        input.ConsentMethod = input.Channel switch
        {
            IntakeChannel.WalkIn => ConsentMethod.SignedForm,
            IntakeChannel.Phone => ConsentMethod.Verbal,
            _ => ConsentMethod.WrittenStatement,
        };
        var opened = await _openCase.ExecuteAsync(input, opener, ct);
        if (!opened.Succeeded && opened.Errors.Count == 0 && opened.Duplicates.Count > 0)
        {
            // Same name and birth date as an earlier case: the officer looked and continued, as at the desk.
            input.DuplicatesAcknowledged = true;
            opened = await _openCase.ExecuteAsync(input, opener, ct);
        }

        if (!opened.Succeeded || opened.CaseId is not int caseId)
        {
            throw new InvalidOperationException(
                $"The demo generator produced a case intake rejects ({input.Kind}, {input.Category}, {input.WorkerName}): "
                + string.Join("; ", opened.Errors.Select(e => $"{e.Field}: {e.Message}")));
        }

        if (input.Kind == CaseKind.Complaint
            && input.Category is ComplaintCategory.WantsToReturn or ComplaintCategory.Sick or ComplaintCategory.ViolenceAbuse)
        {
            _returnCandidates.Add((caseId, opened.ReferenceNumber ?? "", input));
        }

        // Intake assigns the case to the officer who opened it; fresh intake often waits for its first step.
        var recent = _now - intakeAt < TimeSpan.FromDays(10);
        if ((recent && _generator.Chance(0.4)) || !MoveClock(TimeSpan.FromMinutes(_rng.Next(5, 240))))
        {
            _restingStates.Add((input.Kind, (await LoadAsync(caseId, ct)).Status));
            await WithdrawSomeConsentsAsync(caseId, opener, ct);
            return;
        }

        // The supervisor hands some cases on to colleagues, so the workload spreads.
        var assignee = opener;
        if (_generator.Chance(0.25))
        {
            assignee = _generator.PickWeighted(_officers);
            var assigned = await _assignCase.ExecuteAsync(caseId, assignee.UserId, _supervisor, ct);
            Ensure(assigned, "assign", caseId);
        }

        await WalkAsync(caseId, assignee, intakeAt, ct);
        await WithdrawSomeConsentsAsync(caseId, assignee, ct);
    }

    /// <summary>A few complainants withdraw a sharing consent (and one in fifty the processing consent), after the
    /// steps taken so far; chosen by case id so the random sequence of the rest of the demo is unchanged.</summary>
    private async Task WithdrawSomeConsentsAsync(int caseId, Actor officer, CancellationToken ct)
    {
        ConsentPurpose? purpose = (caseId % 13, caseId % 17, caseId % 53) switch
        {
            (5, _, _) => ConsentPurpose.SharingPolice,
            (_, 3, _) => ConsentPurpose.SharingDisnaker,
            (_, _, 11) => ConsentPurpose.Processing,
            _ => null,
        };
        if (purpose is not { } withdrawn)
        {
            return;
        }

        var result = await _recordConsent.ExecuteAsync(caseId, new ConsentInput(withdrawn, ConsentDecision.Withdrawn,
            ConsentMethod.WrittenStatement, OfficeTime.DateOf(_clock.Now.UtcDateTime),
            DemoCatalog.ConsentWithdrawalNote), officer, ct);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo consent withdrawal on case {caseId} failed: {string.Join("; ", result.Messages)}");
        }
    }

    private async Task WalkAsync(int caseId, Actor worker, DateTimeOffset intakeAt, CancellationToken ct)
    {
        var verifies = _generator.Chance(0.92);
        var verifyTried = new HashSet<CaseStatus>();
        var reopened = false;
        var old = _now - intakeAt > TimeSpan.FromDays(120);
        Case? c = null;
        for (var step = 0; step < MaxStepsPerCase; step++)
        {
            c = await LoadAsync(caseId, ct);
            var officerSteps = CaseWorkflow.GetSteps(c, worker);
            var supervisorSteps = CaseWorkflow.GetSteps(c, _supervisor);

            if (c.IsOpen && verifies && c.IdentityVerifiedAtUtc is null && officerSteps.Any(s => !s.Enabled)
                && verifyTried.Add(c.Status))
            {
                var verifyAt = NextMoment(CaseTrigger.StartVerification);
                if (verifyAt > _now)
                {
                    break;
                }

                _clock.Now = verifyAt;

                var verified = await _verifyIdentity.ExecuteAsync(caseId, c.Version, worker, ct);
                if (verified.Outcome is CommandOutcome.Conflict or CommandOutcome.NotFound)
                {
                    Ensure(verified, "verify identity", caseId);
                }

                if (verified.Succeeded)
                {
                    continue;
                }
            }

            // Steps that end a case need a supervisor's approval: the history shows them fired by the supervisor.
            var options = officerSteps.Where(s => s.Enabled)
                .Select(s => (Step: s, Actor: s.NeedsApproval ? _supervisor : worker))
                .Concat(supervisorSteps
                    .Where(s => s.Enabled && !officerSteps.Any(o => o.Enabled && o.Trigger == s.Trigger))
                    .Select(s => (Step: s, Actor: _supervisor)))
                .Where(o => o.Step.Trigger != CaseTrigger.Reopen || !reopened)
                .ToList();
            if (c.IsOpen)
            {
                if (options.Count == 0 || Rests(c, old))
                {
                    break;
                }
            }
            else
            {
                // A closed case is reopened now and then (an agreement not honoured); otherwise the walk ends.
                options = options.Where(o => o.Step.Trigger == CaseTrigger.Reopen).ToList();
                if (options.Count == 0 || reopened || !_generator.Chance(0.1))
                {
                    break;
                }
            }

            var (chosen, actor) = Choose(c, options);
            var stepAt = NextMoment(chosen.Trigger);
            if (stepAt > _now)
            {
                break;
            }

            var version = c.Version;
            if (_generator.Chance(0.3))
            {
                _clock.Now = Between(_clock.Now, stepAt);
                var note = await _addNote.ExecuteAsync(caseId, _generator.Pick(DemoCatalog.CaseNotes), worker, ct);
                Ensure(note, "add a note", caseId);
                version = note.NewVersion ?? version;
            }

            var previous = _clock.Now;
            _clock.Now = stepAt;
            var result = await _transition.ExecuteAsync(caseId, chosen.Trigger, StepInputFor(chosen, c, previous),
                version, actor, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Demo step {chosen.Trigger} on case {c.ReferenceNumber} ({c.Kind}, {c.Status}) failed: "
                    + $"{result.Outcome}: {string.Join("; ", result.Messages)}");
            }

            _firedSteps.Add((c.Kind, c.Status, chosen.Trigger));
            reopened |= chosen.Trigger == CaseTrigger.Reopen;
        }

        c = await LoadAsync(caseId, ct);
        _restingStates.Add((c.Kind, c.Status));
    }

    private bool Rests(Case c, bool old)
    {
        // Rest in a state no case of this kind rests in yet, so every state shows up in the queues.
        if (!_restingStates.Contains((c.Kind, c.Status)))
        {
            return _generator.Chance(0.5);
        }

        return _generator.Chance(old ? 0.05 : 0.15);
    }

    private (WorkflowStep Step, Actor Actor) Choose(Case c, List<(WorkflowStep Step, Actor Actor)> options)
    {
        // Exploring untried steps covers the workflow quickly; ending or undoing a case is left to the weights, or
        // the first cases of each kind would mostly be rejected and withdrawn.
        var untried = options
            .Where(o => o.Step.Trigger is not (CaseTrigger.Reject or CaseTrigger.Withdraw or CaseTrigger.Reopen))
            .Where(o => !_firedSteps.Contains((c.Kind, c.Status, o.Step.Trigger)))
            .ToList();
        if (untried.Count > 0 && _generator.Chance(0.6))
        {
            return untried[_rng.Next(untried.Count)];
        }

        return _generator.PickWeighted(options.Select(o => (o, Weight(o.Step.Trigger, c))).ToArray());
    }

    private static double Weight(CaseTrigger trigger, Case c) => trigger switch
    {
        CaseTrigger.Withdraw => 0.25,
        CaseTrigger.Reject => c.Status == CaseStatus.Intake ? 0.6 : 0.3,
        CaseTrigger.Reopen => 1,
        CaseTrigger.RecordMediationFailure => 3,
        CaseTrigger.Refer => 3,
        CaseTrigger.Close => 6,
        _ => 8,
    };

    /// <summary>When a step is taken: typical delays of the office, within working hours (08:30–16:30 WITA).</summary>
    private DateTimeOffset NextMoment(CaseTrigger trigger)
    {
        var (min, max) = trigger switch
        {
            CaseTrigger.StartVerification => (0, 3),
            CaseTrigger.StartMediation => (3, 21),
            CaseTrigger.RecordAgreement or CaseTrigger.RecordMediationFailure => (7, 60),
            CaseTrigger.Refer => (2, 30),
            CaseTrigger.StartCoordination => (0, 5),
            CaseTrigger.RecordArrival => (2, 30),
            CaseTrigger.HandOver => (0, 2),
            CaseTrigger.Reject => (1, 10),
            CaseTrigger.Withdraw => (3, 45),
            CaseTrigger.Reopen => (10, 60),
            _ => (1, 30),
        };
        var at = WorkingMoment(_clock.Now + TimeSpan.FromDays(_rng.Next(min, max + 1)));
        return at > _clock.Now ? at : _clock.Now + TimeSpan.FromMinutes(_rng.Next(20, 240));
    }

    /// <summary>A working-hours moment strictly between two others when there is one, else the midpoint.</summary>
    private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to)
    {
        var at = WorkingMoment(from + ((to - from) * _rng.NextDouble()));
        return at > from && at < to ? at : from + ((to - from) / 2);
    }

    private DateTimeOffset WorkingMoment(DateTimeOffset around)
    {
        var day = around.UtcDateTime.Date;
        day = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(2),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
        var minutes = 30 + _rng.Next(0, 8 * 60);
        return new DateTimeOffset(day.AddMinutes(minutes), TimeSpan.Zero);
    }

    private bool MoveClock(TimeSpan by)
    {
        if (_clock.Now + by > _now)
        {
            return false;
        }

        _clock.Now += by;
        return true;
    }

    private StepInput StepInputFor(WorkflowStep step, Case c, DateTimeOffset previous)
    {
        var regency = Regency.SulawesiTenggara.First(r => r.Code == c.HomeRegencyCode).Name;
        var labourOffice = regency.StartsWith("Kota ", StringComparison.Ordinal)
            ? $"Dinas Tenaga Kerja {regency}"
            : $"Disnakertrans Kabupaten {regency}";
        var respondent = c.PlacementCompanyName ?? c.EmployerName ?? "pihak teradu";
        var input = step.Data switch
        {
            StepData.Agreement => Agreement(c, respondent),
            StepData.MediationFailure => Referral(c, labourOffice) with
            {
                Note = _generator.Pick(
                    $"{respondent} tidak hadir pada dua kali pemanggilan mediasi.",
                    "Para pihak tidak mencapai kesepakatan mengenai besaran ganti rugi.",
                    $"{respondent} menolak bertanggung jawab dengan alasan PMI berangkat secara mandiri."),
            },
            StepData.Referral => Referral(c, labourOffice),
            StepData.Rejection => _generator.Chance(0.6)
                ? new StepInput
                {
                    RejectionReason = RejectionReason.Incomplete,
                    Note = "Pengadu tidak melengkapi identitas dan dokumen pendukung setelah dua kali diminta.",
                }
                : new StepInput
                {
                    RejectionReason = RejectionReason.OutsideMandate,
                    Note = "Permasalahan merupakan sengketa utang-piutang pribadi di dalam negeri, di luar kewenangan "
                        + "BP3MI; pengadu diarahkan ke instansi yang berwenang.",
                },
            StepData.Arrival => new StepInput
            {
                ArrivalAtUtc = ArrivalMoment(previous),
                ArrivalPoint = ArrivalPoint(c),
                Note = c.Category == ComplaintCategory.Deceased
                    ? "Jenazah tiba dan dijemput bersama keluarga serta petugas Disnakertrans."
                    : "PMI tiba dalam keadaan sehat dan didata oleh petugas.",
            },
            StepData.HandOver => new StepInput
            {
                HandedOverTo = c.ComplainantName is { } relative
                    ? $"{relative} ({c.ComplainantRelation}) disaksikan {labourOffice}"
                    : $"Keluarga PMI, disaksikan {labourOffice}",
            },
            _ => new StepInput { Note = StepNote(step.Trigger, c, respondent, labourOffice) },
        };

        // Withdrawing and reopening always need a reason, whatever data the step asks for.
        var withReason = step.Trigger switch
        {
            CaseTrigger.Withdraw => input with
            {
                Note = _generator.Pick(
                    "Pengadu mencabut pengaduan karena permasalahan telah diselesaikan secara kekeluargaan.",
                    "PMI telah pulang secara mandiri dan tidak lagi memerlukan pendampingan.",
                    "Pengadu menyatakan mencabut pengaduan melalui surat pernyataan bermeterai."),
            },
            CaseTrigger.Reopen => input with
            {
                Note = "Teradu tidak melaksanakan kesepakatan dalam batas waktu; pengadu meminta kasus dibuka kembali.",
            },
            _ => input,
        };

        // Every step that offers a letter issues it, as the office does; invitations call a meeting a week later.
        return step.Letter is { } letter ? withReason with { Letter = DemoLetter(letter) } : withReason;
    }

    private LetterDetails DemoLetter(LetterType type)
    {
        if (!LetterChoices.CallsMeeting(type))
        {
            return LetterDetails.None;
        }

        var day = OfficeTime.DateOf(_clock.Now.UtcDateTime).AddDays(7);
        return new LetterDetails
        {
            MeetingDate = day.DayOfWeek switch
            {
                DayOfWeek.Saturday => day.AddDays(2),
                DayOfWeek.Sunday => day.AddDays(1),
                _ => day,
            },
            MeetingTime = new TimeOnly(9, 0),
            MeetingPlace = "Ruang Pengaduan BP3MI Sulawesi Tenggara, Kendari",
        };
    }

    private StepInput Agreement(Case c, string respondent)
    {
        var amount = _rng.Next(5, 91) * 500_000L;
        var terms = c.Category switch
        {
            ComplaintCategory.Overcharging =>
                $"{respondent} mengembalikan kelebihan biaya penempatan sebesar {Rupiah(amount)}",
            ComplaintCategory.FailedDeparture or ComplaintCategory.JobFraud =>
                $"{respondent} mengembalikan biaya proses sebesar {Rupiah(amount)} dan menyerahkan kembali dokumen CPMI",
            ComplaintCategory.SocialSecurityClaim =>
                $"{respondent} melengkapi berkas klaim dan menalangi santunan sebesar {Rupiah(amount)}",
            ComplaintCategory.DocumentWithholding =>
                $"{respondent} menyerahkan paspor PMI dan membayar kompensasi sebesar {Rupiah(amount)}",
            _ => $"{respondent} membayar sisa hak PMI sebesar {Rupiah(amount)}",
        };
        return new StepInput
        {
            SettlementAmount = amount,
            MediationTerms = terms + " paling lambat 14 hari kerja setelah penandatanganan berita acara mediasi, "
                + "melalui transfer ke rekening pengadu.",
        };
    }

    private StepInput Referral(Case c, string labourOffice)
    {
        if (c.Category is ComplaintCategory.Trafficking or ComplaintCategory.ViolenceAbuse)
        {
            return new StepInput
            {
                ReferralTarget = ReferralTarget.Police,
                ReferralDetail = "Ditreskrimum Polda Sulawesi Tenggara: laporan dugaan tindak pidana perdagangan "
                    + "orang, dengan kronologi dan identitas perekrut.",
            };
        }

        if (c.Sector == Sector.IndividualEmployer && _generator.Chance(0.6))
        {
            return new StepInput
            {
                ReferralTarget = ReferralTarget.MinistryDirectorate,
                ReferralDetail = "Direktorat Layanan Pengaduan, Mediasi dan Advokasi PMI pada Pemberi Kerja "
                    + "Perseorangan, KP2MI Jakarta.",
            };
        }

        if (c.Representation is { } representation && _generator.Chance(0.5))
        {
            return new StepInput
            {
                ReferralTarget = ReferralTarget.Representation,
                ReferralDetail = $"{representation}: pendampingan PMI dan pemanggilan pemberi kerja di negara penempatan.",
            };
        }

        return new StepInput
        {
            ReferralTarget = ReferralTarget.Disnaker,
            ReferralDetail = $"{labourOffice}: pemeriksaan perekrut dan pencegahan keberangkatan nonprosedural.",
        };
    }

    private DateTime ArrivalMoment(DateTimeOffset previous)
    {
        // Arrival is recorded after the fact: a few hours before the step, never before the previous one.
        var at = _clock.Now - TimeSpan.FromHours(_rng.Next(1, 12));
        return (at > previous ? at : previous + TimeSpan.FromMinutes(1)).UtcDateTime;
    }

    private string ArrivalPoint(Case c)
    {
        if (c.Category == ComplaintCategory.Deceased)
        {
            return "Terminal Kargo Bandara Haluoleo, Kendari";
        }

        var viaBaubau = c.HomeRegencyCode is "7401" or "7414" or "7415" or "7472" or "7407" or "7409";
        if (c.Category == ComplaintCategory.Deported)
        {
            return viaBaubau ? "Pelabuhan Murhum, Baubau (kapal dari Nunukan)" : "Pelabuhan Nusantara Kendari (kapal dari Nunukan)";
        }

        return viaBaubau ? _generator.Pick("Pelabuhan Murhum, Baubau", "Bandara Betoambari, Baubau") : "Bandara Haluoleo, Kendari";
    }

    private string? StepNote(CaseTrigger trigger, Case c, string respondent, string labourOffice)
    {
        if (!_generator.Chance(0.5))
        {
            return null;
        }

        return trigger switch
        {
            CaseTrigger.StartVerification => "Berkas pengaduan diterima; verifikasi identitas dan dokumen dimulai.",
            CaseTrigger.StartMediation => $"Surat undangan mediasi dikirim kepada {respondent}.",
            CaseTrigger.StartCoordination =>
                $"Koordinasi pemulangan dengan {c.Representation ?? "perwakilan RI"} dan {labourOffice}.",
            CaseTrigger.Close => "Seluruh tindak lanjut selesai; kasus ditutup.",
            _ => null,
        };
    }

    private void MakeFollowUp(CaseInput input, (int Id, string Reference, CaseInput Input) earlier)
    {
        // The worker of an earlier complaint comes home: same person, linked to that case.
        var e = earlier.Input;
        input.WorkerName = e.WorkerName;
        input.WorkerNik = e.WorkerNik;
        input.WorkerPassportNo = e.WorkerPassportNo;
        input.WorkerSex = e.WorkerSex;
        input.WorkerDateOfBirth = e.WorkerDateOfBirth;
        input.WorkerPhone = e.WorkerPhone;
        input.HomeRegencyCode = e.HomeRegencyCode;
        input.HomeVillage = e.HomeVillage;
        input.DepartureDate = e.DepartureDate;
        input.UnderageAcknowledged = e.UnderageAcknowledged;
        input.DestinationCountryCode = e.DestinationCountryCode;
        input.Representation = e.Representation;
        input.Sector = e.Sector;
        input.NonProcedural = e.NonProcedural;
        input.Category = e.Category;
        input.EmployerType = e.EmployerType;
        input.EmployerName = e.EmployerName;
        input.EmployerCountryCode = e.EmployerCountryCode;
        input.PlacementCompanyName = e.PlacementCompanyName;
        input.PlacementCompanyLicenceNo = e.PlacementCompanyLicenceNo;
        input.ComplainantIsWorker = e.ComplainantIsWorker;
        input.ComplainantName = e.ComplainantName;
        input.ComplainantRelation = e.ComplainantRelation;
        input.ComplainantPhone = e.ComplainantPhone;
        input.StrandedAbroad = true;
        input.Channel = IntakeChannel.ReferralRepresentation;
        input.Narrative = $"Tindak lanjut pengaduan {earlier.Reference}: {input.Representation} memfasilitasi "
            + $"kepulangan {input.WorkerName}. BP3MI Sultra mengoordinasikan penjemputan dan serah terima kepada keluarga.";
        input.LinkedCaseId = earlier.Id;
        input.DuplicatesAcknowledged = true;
    }

    private async Task<Case> LoadAsync(int caseId, CancellationToken ct)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(ct);
        return await db.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId, ct);
    }

    private static void Ensure(CaseCommandResult result, string what, int caseId)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo data could not {what} on case {caseId}: {result.Outcome} "
                + string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        }
    }

    /// <summary>The seeder's clock: the Core actions read "now" from it, the seeder moves it.</summary>
    private sealed class SeedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
