using System.Data.Common;
using System.Diagnostics;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static CaseDesk.Core.Cases.CaseStatus;
using static CaseDesk.Core.Workflow.CaseTrigger;

namespace CaseDesk.Tests.Workflow;

public sealed class TransitionCaseTests
{
    [Fact]
    public async Task ExecuteAsync_PermittedStep_WritesStatusEventAndVersionTogether()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));

        var result = await testDb.Transition(clock).ExecuteAsync(c.Id, StartVerification,
            new StepInput { Note = "  Dokumen lengkap.  " }, c.Version, WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.Succeeded, result.Outcome);
        Assert.Equal(c.Version + 1, result.NewVersion);
        Assert.Equal(Verification, result.NewStatus);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(Verification, saved.Status);
        Assert.Equal(c.Version + 1, saved.Version);
        Assert.Equal(clock.Now.UtcDateTime, saved.UpdatedAtUtc);
        Assert.Null(saved.ClosedAtUtc);
        var e = Assert.Single(saved.Events);
        Assert.Equal(CaseEventType.Transition, e.Type);
        Assert.Equal((Intake, Verification), (e.FromStatus!.Value, e.ToStatus!.Value));
        Assert.Equal("StartVerification", e.Trigger);
        Assert.Equal("Dokumen lengkap.", e.Note);
        Assert.Equal(WorkflowFixtures.Officer.UserId, e.ActorId);
        Assert.Equal(WorkflowFixtures.Officer.DisplayName, e.ActorName);
        Assert.Equal(clock.Now.UtcDateTime, e.AtUtc);
    }

    [Theory]
    [InlineData(CaseKind.Complaint)]
    [InlineData(CaseKind.Mediation)]
    [InlineData(CaseKind.Repatriation)]
    public async Task ExecuteAsync_EveryStatusAndTrigger_AppliesPermittedStepsAndRefusesTheRest(CaseKind kind)
    {
        await using var testDb = await TestDb.CreateAsync();
        var transition = testDb.Transition();
        foreach (var status in Enum.GetValues<CaseStatus>())
        {
            var permitted = CaseWorkflow.GetSteps(WorkflowFixtures.Complete(kind, status), WorkflowFixtures.Supervisor)
                .Select(s => s.Trigger).ToHashSet();
            foreach (var trigger in Enum.GetValues<CaseTrigger>())
            {
                var c = await testDb.InsertAsync(WorkflowFixtures.Complete(kind, status));

                var result = await transition.ExecuteAsync(c.Id, trigger, WorkflowFixtures.ValidInput(trigger), c.Version,
                    WorkflowFixtures.Supervisor);

                var saved = await testDb.LoadAsync(c.Id);
                if (permitted.Contains(trigger))
                {
                    Assert.True(result.Succeeded, $"{kind} {status} {trigger}: {string.Join(", ", result.Messages)}");
                    Assert.Equal(result.NewStatus, saved.Status);
                    Assert.Single(saved.Events);
                }
                else
                {
                    Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
                    Assert.Equal((status, c.Version), (saved.Status, saved.Version));
                    Assert.Empty(saved.Events);
                }
            }
        }
    }

    [Fact]
    public async Task ExecuteAsync_WholeComplaintThroughMediation_EndsClosedWithFullTimeline()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Intake);
        (c.MediationOutcome, c.MediationTerms, c.ReferralTarget) = (null, null, null);
        await testDb.InsertAsync(c);
        var transition = testDb.Transition(clock);
        var version = c.Version;

        foreach (var trigger in new[] { StartVerification, StartMediation, RecordAgreement, Close })
        {
            clock.Advance(TimeSpan.FromHours(1));
            // The officer works the case; closing it is the supervisor's (an officer's closure needs approval).
            var result = await transition.ExecuteAsync(c.Id, trigger, WorkflowFixtures.ValidInput(trigger), version,
                trigger == Close ? WorkflowFixtures.Supervisor : WorkflowFixtures.Officer);
            Assert.True(result.Succeeded, $"{trigger}: {string.Join(", ", result.Messages)}");
            version = result.NewVersion!.Value;
        }

        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(Closed, saved.Status);
        Assert.Equal(clock.Now.UtcDateTime, saved.ClosedAtUtc);
        Assert.Equal(MediationOutcome.Agreement, saved.MediationOutcome);
        Assert.Equal(15_000_000, saved.SettlementAmount);
        Assert.Equal("P3MI membayar gaji.", saved.MediationTerms);
        Assert.Equal(c.Version + 4, saved.Version);
        Assert.Equal([Verification, Mediation, Resolved, Closed],
            saved.Events.OrderBy(e => e.Id).Select(e => e.ToStatus!.Value));
    }

    [Fact]
    public async Task ExecuteAsync_MediationFailure_RecordsOutcomeAndReferral()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = WorkflowFixtures.Complete(CaseKind.Mediation, Mediation);
        (c.MediationOutcome, c.SettlementAmount, c.ReferralTarget) = (null, 5, null);
        await testDb.InsertAsync(c);

        var result = await testDb.Transition().ExecuteAsync(c.Id, RecordMediationFailure,
            new StepInput { ReferralTarget = ReferralTarget.MinistryDirectorate, ReferralDetail = " Direktorat " },
            c.Version, WorkflowFixtures.Officer);

        Assert.True(result.Succeeded);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(Referred, saved.Status);
        Assert.Equal(MediationOutcome.Failed, saved.MediationOutcome);
        Assert.Null(saved.SettlementAmount);
        Assert.Equal(ReferralTarget.MinistryDirectorate, saved.ReferralTarget);
        Assert.Equal("Direktorat", saved.ReferralDetail);
    }

    [Fact]
    public async Task ExecuteAsync_Agreement_KeepsSettlementAndTermsOnTheTimelineEvent()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Mediation);
        (c.MediationOutcome, c.SettlementAmount, c.MediationTerms) = (null, null, null);
        await testDb.InsertAsync(c);

        var result = await testDb.Transition().ExecuteAsync(c.Id, RecordAgreement,
            new StepInput { SettlementAmount = 15_750_000, MediationTerms = "  Dibayar lewat KBRI. ", Note = "ok" },
            c.Version, WorkflowFixtures.Officer);

        Assert.True(result.Succeeded);
        var e = Assert.Single((await testDb.LoadAsync(c.Id)).Events);
        var facts = StepFacts.Parse(e.Data);
        Assert.Equal(new StepFacts { SettlementAmount = 15_750_000, MediationTerms = "Dibayar lewat KBRI." }, facts);
        Assert.Equal("ok", e.Note);
    }

    [Fact]
    public async Task ExecuteAsync_StepWithoutData_StoresNoFacts()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));

        await testDb.Transition().ExecuteAsync(c.Id, StartVerification, new StepInput { SettlementAmount = 5 },
            c.Version, WorkflowFixtures.Officer);

        Assert.Null(Assert.Single((await testDb.LoadAsync(c.Id)).Events).Data);
    }

    [Fact]
    public async Task ExecuteAsync_WholeRepatriation_RecordsArrivalAndHandOver()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = WorkflowFixtures.Complete(CaseKind.Repatriation, Intake);
        (c.ArrivalAtUtc, c.ArrivalPoint) = (null, null);
        await testDb.InsertAsync(c);
        var transition = testDb.Transition();
        var version = c.Version;

        foreach (var trigger in new[] { StartVerification, StartCoordination, RecordArrival, HandOver, Close })
        {
            // Closing is the supervisor's (an officer's closure needs approval).
            var result = await transition.ExecuteAsync(c.Id, trigger, WorkflowFixtures.ValidInput(trigger), version,
                trigger == Close ? WorkflowFixtures.Supervisor : WorkflowFixtures.Officer);
            Assert.True(result.Succeeded, $"{trigger}: {string.Join(", ", result.Messages)}");
            version = result.NewVersion!.Value;
        }

        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(Closed, saved.Status);
        Assert.Equal(new DateTime(2026, 11, 22, 6, 30, 0, DateTimeKind.Utc), saved.ArrivalAtUtc);
        Assert.Equal("Pelabuhan Nusantara Kendari", saved.ArrivalPoint);
        Assert.Equal("Keluarga (ibu kandung) dan Disnaker Buton Tengah", saved.HandedOverTo);
    }

    [Fact]
    public async Task ExecuteAsync_IndividualEmployerCase_MediatesThroughRepresentationThenAgrees()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(
            WorkflowFixtures.Complete(CaseKind.Complaint, Verification, Sector.IndividualEmployer));
        var transition = testDb.Transition();

        var started = await transition.ExecuteAsync(c.Id, StartMediation, StepInput.None, c.Version,
            WorkflowFixtures.Officer);
        var agreed = await transition.ExecuteAsync(c.Id, RecordAgreement, WorkflowFixtures.ValidInput(RecordAgreement),
            started.NewVersion!.Value, WorkflowFixtures.Officer);

        Assert.Equal(MediationViaRepresentation, started.NewStatus);
        Assert.Equal(Resolved, agreed.NewStatus);
    }

    [Fact]
    public async Task ExecuteAsync_StaleVersion_ReturnsConflictAndChangesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("id-ID");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));

        var result = await testDb.Transition().ExecuteAsync(c.Id, StartVerification, StepInput.None, c.Version - 1,
            WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.Conflict, result.Outcome);
        Assert.Equal(["Kasus ini telah diubah oleh petugas lain. Muat ulang untuk melihat perubahan terbaru."],
            result.Messages);
        Assert.Null(result.NewVersion);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((Intake, c.Version, c.UpdatedAtUtc), (saved.Status, saved.Version, saved.UpdatedAtUtc));
        Assert.Empty(saved.Events);
    }

    [Fact]
    public async Task ExecuteAsync_SameStepTwiceWithSameVersion_AppliesOnce()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));
        var transition = testDb.Transition();

        var first = await transition.ExecuteAsync(c.Id, StartVerification, StepInput.None, c.Version,
            WorkflowFixtures.Officer);
        var second = await transition.ExecuteAsync(c.Id, StartVerification, StepInput.None, c.Version,
            WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.Succeeded, first.Outcome);
        Assert.Equal(TransitionOutcome.Conflict, second.Outcome);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(c.Version + 1, saved.Version);
        Assert.Single(saved.Events);
    }

    [Theory]
    [InlineData(StartVerification, StartVerification)]
    [InlineData(StartVerification, Withdraw)]
    [InlineData(Reject, Withdraw)]
    public async Task ExecuteAsync_TwoConcurrentTransitionsOfOneCase_ExactlyOneSucceeds(CaseTrigger a, CaseTrigger b)
    {
        await using var testDb = await TestDb.CreateAsync();
        for (var round = 0; round < 5; round++)
        {
            var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));
            using var start = new ManualResetEventSlim();
            Task<TransitionResult> Fire(CaseTrigger trigger) => Task.Run(() =>
            {
                start.Wait();
                // A supervisor: an officer's Reject or Withdraw would only ask for approval.
                return testDb.Transition().ExecuteAsync(c.Id, trigger, WorkflowFixtures.ValidInput(trigger), c.Version,
                    WorkflowFixtures.Supervisor);
            });

            var tasks = new[] { Fire(a), Fire(b) };
            start.Set();
            var results = await Task.WhenAll(tasks);

            Assert.Single(results, r => r.Succeeded);
            Assert.Single(results, r => r.Outcome == TransitionOutcome.Conflict);
            var saved = await testDb.LoadAsync(c.Id);
            Assert.Equal(c.Version + 1, saved.Version);
            Assert.Single(saved.Events);
            Assert.Equal(results.Single(r => r.Succeeded).NewStatus, saved.Status);
        }
    }

    [Fact]
    public async Task ExecuteAsync_SaveFailsAfterTheStatementsRan_LeavesNothing()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Resolved));
        var failing = testDb.FactoryWith(o => o.AddInterceptors(new FailAfterEventInsert()));

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => new TransitionCase(failing, new TestClock())
            .ExecuteAsync(c.Id, Close, StepInput.None, c.Version, WorkflowFixtures.Supervisor));

        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((Resolved, c.Version, (DateTime?)null), (saved.Status, saved.Version, saved.ClosedAtUtc));
        Assert.Empty(saved.Events);
    }

    [Fact]
    public async Task ExecuteAsync_VersionChangedBetweenReadAndWrite_ReturnsConflictAndChangesNothingElse()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));
        var racing = testDb.FactoryWith(o => o.AddInterceptors(new BumpVersionBeforeUpdate()));

        var result = await new TransitionCase(racing, new TestClock())
            .ExecuteAsync(c.Id, StartVerification, StepInput.None, c.Version, WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.Conflict, result.Outcome);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(Intake, saved.Status);
        Assert.Empty(saved.Events);
    }

    [Fact]
    public async Task ExecuteAsync_DatabaseLockedByAnotherWriter_ReturnsRetryableConflict()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));
        await using var other = new SqliteConnection(testDb.ConnectionString + ";Pooling=False");
        await other.OpenAsync();
        await using var lockHolder = await other.BeginTransactionAsync(); // IMMEDIATE: holds the write lock
        var impatient = testDb.FactoryWith(o => { }, ";Default Timeout=1");
        var watch = Stopwatch.StartNew();

        var result = await new TransitionCase(impatient, new TestClock())
            .ExecuteAsync(c.Id, StartVerification, StepInput.None, c.Version, WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.Conflict, result.Outcome);
        Assert.Equal(["The database is busy, so this step was not saved. Please try again."], result.Messages);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20));
        await lockHolder.RollbackAsync();
        Assert.Equal(Intake, (await testDb.LoadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task EfBeginTransaction_OnSqlite_TakesTheWriteLockImmediately()
    {
        await using var testDb = await TestDb.CreateAsync();
        await using var db = await testDb.Factory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(); // as TransitionCase does, no statement yet
        await using var other = new SqliteConnection(testDb.ConnectionString + ";Pooling=False;Default Timeout=1");
        await other.OpenAsync();
        await using var command = other.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";

        var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY: the EF transaction already holds the write lock
    }

    [Fact]
    public async Task ExecuteAsync_UnknownCase_ReturnsNotFound()
    {
        await using var testDb = await TestDb.CreateAsync();

        var result = await testDb.Transition().ExecuteAsync(4242, StartVerification, StepInput.None, 1,
            WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.NotFound, result.Outcome);
        Assert.Single(result.Messages);
    }

    [Fact]
    public async Task ExecuteAsync_GuardsUnmet_ReturnsNotPermittedWithLocalizedGuards()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("id-ID");
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Verification, Sector.IndividualEmployer);
        (c.IdentityVerifiedAtUtc, c.Representation) = (null, null);
        await testDb.InsertAsync(c);

        var result = await testDb.Transition().ExecuteAsync(c.Id, StartMediation, StepInput.None, c.Version,
            WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Equal(["identitas pekerja telah diverifikasi", "pemberi kerja dan KBRI/KJRI telah dicatat"],
            result.Messages);
        Assert.Equal((Verification, c.Version), ((await testDb.LoadAsync(c.Id)).Status, (await testDb.LoadAsync(c.Id)).Version));
    }

    [Fact]
    public async Task ExecuteAsync_TriggerNotInThisState_ReturnsNotPermittedWithAMessage()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));

        var result = await testDb.Transition().ExecuteAsync(c.Id, Close, StepInput.None, c.Version,
            WorkflowFixtures.Supervisor);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Equal(["This step is not available in the case's current status."], result.Messages);
    }

    [Fact]
    public async Task ExecuteAsync_ReopenByOfficer_IsNotPermitted()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Closed);
        c.ClosedAtUtc = c.UpdatedAtUtc;
        await testDb.InsertAsync(c);

        var result = await testDb.Transition().ExecuteAsync(c.Id, Reopen, WorkflowFixtures.ValidInput(Reopen), c.Version,
            WorkflowFixtures.Officer);

        Assert.Equal(TransitionOutcome.NotPermitted, result.Outcome);
        Assert.Equal(["user is a supervisor"], result.Messages);
        Assert.Equal(Closed, (await testDb.LoadAsync(c.Id)).Status);
    }

    [Fact]
    public async Task ExecuteAsync_ReopenBySupervisor_ReturnsToVerificationAndClearsClosedAt()
    {
        await using var testDb = await TestDb.CreateAsync();
        var c = WorkflowFixtures.Complete(CaseKind.Complaint, Closed);
        c.ClosedAtUtc = c.UpdatedAtUtc;
        await testDb.InsertAsync(c);

        var result = await testDb.Transition().ExecuteAsync(c.Id, Reopen,
            new StepInput { Note = "Pembayaran tidak dilakukan." }, c.Version, WorkflowFixtures.Supervisor);

        Assert.True(result.Succeeded);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal(Verification, saved.Status);
        Assert.Null(saved.ClosedAtUtc);
        Assert.Equal("Pembayaran tidak dilakukan.", Assert.Single(saved.Events).Note);
    }

    public static TheoryData<CaseKind, CaseStatus, CaseTrigger, StepInput, string[]> InvalidInputs() => new()
    {
        { CaseKind.Complaint, Mediation, RecordAgreement, new StepInput(), ["The terms of the agreement are required."] },
        {
            CaseKind.Complaint, Mediation, RecordAgreement, new StepInput { MediationTerms = "x", SettlementAmount = -1 },
            ["The settlement amount cannot be negative."]
        },
        {
            CaseKind.Complaint, Mediation, RecordAgreement,
            new StepInput { MediationTerms = new string('x', 4001), SettlementAmount = 0 },
            ["The text is too long (at most 4000 characters)."]
        },
        { CaseKind.Complaint, Mediation, RecordMediationFailure, new StepInput(), ["Choose where the case is referred to."] },
        {
            CaseKind.Complaint, Verification, Refer, new StepInput { ReferralTarget = (ReferralTarget)99 },
            ["Choose where the case is referred to."]
        },
        { CaseKind.Complaint, Intake, Reject, new StepInput { Note = "x" }, ["Choose the reason for rejection."] },
        {
            CaseKind.Repatriation, Coordinating, RecordArrival, new StepInput(),
            ["The arrival date is required.", "The arrival point (debarkation) is required."]
        },
        {
            CaseKind.Repatriation, Coordinating, RecordArrival,
            new StepInput { ArrivalAtUtc = new DateTime(2026, 11, 23, 2, 1, 0, DateTimeKind.Utc), ArrivalPoint = "Kendari" },
            ["The arrival date cannot be in the future."]
        },
        { CaseKind.Repatriation, Arrived, HandOver, new StepInput { HandedOverTo = " " }, ["Who the worker was handed over to is required."] },
        { CaseKind.Repatriation, Intake, Withdraw, new StepInput(), ["A reason is required."] },
        { CaseKind.Complaint, Mediation, Withdraw, new StepInput { Note = "   " }, ["A reason is required."] },
        {
            CaseKind.Complaint, Intake, StartVerification, new StepInput { Note = new string('n', 4001) },
            ["The text is too long (at most 4000 characters)."]
        },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task ExecuteAsync_InvalidStepInput_ReturnsInvalidWithMessagesAndChangesNothing(CaseKind kind,
        CaseStatus status, CaseTrigger trigger, StepInput input, string[] expected)
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("en");
        var c = WorkflowFixtures.Complete(kind, status);
        c.MediationTerms = null;
        await testDb.InsertAsync(c);

        var result = await testDb.Transition().ExecuteAsync(c.Id, trigger, input, c.Version, WorkflowFixtures.Supervisor);

        Assert.Equal(TransitionOutcome.Invalid, result.Outcome);
        Assert.Equal(expected, result.Messages);
        var saved = await testDb.LoadAsync(c.Id);
        Assert.Equal((status, c.Version, (string?)null), (saved.Status, saved.Version, saved.MediationTerms));
        Assert.Empty(saved.Events);
    }

    [Fact]
    public async Task ExecuteAsync_InvalidInputInIndonesian_ReturnsIndonesianMessage()
    {
        await using var testDb = await TestDb.CreateAsync();
        WorkflowFixtures.UseCulture("id-ID");
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Complaint, Intake));

        var result = await testDb.Transition().ExecuteAsync(c.Id, Withdraw, StepInput.None, c.Version,
            WorkflowFixtures.Supervisor);

        Assert.Equal(["Alasan wajib diisi."], result.Messages);
    }

    [Fact]
    public async Task ExecuteAsync_ArrivalExactlyNow_IsAccepted()
    {
        await using var testDb = await TestDb.CreateAsync();
        var clock = new TestClock();
        var c = await testDb.InsertAsync(WorkflowFixtures.Complete(CaseKind.Repatriation, Coordinating));

        var result = await testDb.Transition(clock).ExecuteAsync(c.Id, RecordArrival,
            new StepInput { ArrivalAtUtc = clock.Now.UtcDateTime, ArrivalPoint = "Bandara Haluoleo" }, c.Version,
            WorkflowFixtures.Officer);

        Assert.True(result.Succeeded);
    }

    /// <summary>Lets the statements of SaveChanges run, then fails: only the transaction can undo them.</summary>
    private sealed class FailAfterEventInsert : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            DbDataReader result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"CaseEvents\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("simulated failure after the insert")
                : ValueTask.FromResult(result);
    }

    /// <summary>Simulates a writer that saved the case between TransitionCase's read and its update.</summary>
    private sealed class BumpVersionBeforeUpdate : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("UPDATE \"Cases\"", StringComparison.Ordinal))
            {
                using var bump = command.Connection!.CreateCommand();
                bump.Transaction = command.Transaction;
                bump.CommandText = "UPDATE \"Cases\" SET \"Version\" = \"Version\" + 1;";
                bump.ExecuteNonQuery();
            }

            return ValueTask.FromResult(result);
        }
    }
}
