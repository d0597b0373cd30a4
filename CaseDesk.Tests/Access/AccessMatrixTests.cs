using CaseDesk.Core.Access;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Closures;
using CaseDesk.Core.Exports;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Reports;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Core.Workflow;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Workflow;

namespace CaseDesk.Tests.Access;

/// <summary>
/// The role × action matrix on the real Core actions and queries (no mocks), regional assignment on. Every refused
/// row also proves that nothing changed in the database. The README's "Access rules" table is this table.
/// </summary>
public sealed class AccessMatrixTests
{
    private const Expect A = Expect.Allowed, F = Expect.Forbidden, N = Expect.NotFound;

    // Columns: Officer (case's region), Officer of another region, Supervisor, Head, Admin.
    private static readonly Dictionary<string, Expect[]> Matrix = new()
    {
        ["ViewCase"] = [A, N, A, A, A],
        ["QueueListsCase"] = [A, N, A, A, A],
        ["EditCase"] = [A, N, A, A, A],
        ["AddNote"] = [A, N, A, A, A],
        // An admin-only account handles no cases, so cannot be assigned one.
        ["TakeCase"] = [A, N, A, A, F],
        ["VerifyIdentity"] = [A, N, A, A, A],
        ["Transition"] = [A, N, A, A, A],
        // Steps that end a case: supervisors take them, officers ask for approval (the request is the officer's).
        ["EndCaseDirectly"] = [F, N, A, A, A],
        ["RequestApproval"] = [A, N, F, F, F],
        ["ApproveRequest"] = [F, F, A, A, A],
        ["ReturnRequest"] = [F, F, A, A, A],
        // An admin-only account does not deal with complainants.
        ["RecordConsent"] = [A, N, A, A, F],
        ["StartWaiting"] = [A, N, A, A, A],
        ["IssueLetter"] = [A, N, A, A, A],
        ["CancelLetter"] = [A, N, A, A, A],
        ["Reopen"] = [F, N, A, A, A],
        ["CaseReport"] = [A, N, A, A, A],
        ["ExportListsCase"] = [A, N, A, A, A],
        ["ExportPersonalData"] = [F, F, A, A, A],
        ["ConfirmClosureProposal"] = [F, F, A, A, A],
        ["DismissClosureProposal"] = [F, F, A, A, A],
        ["SaveHoliday"] = [F, F, F, F, A],
        ["SetUserRegions"] = [F, F, F, F, A],
        ["ReadAuditTrail"] = [F, F, F, A, A],
        ["AnonymiseClosedCase"] = [F, F, A, A, F],
    };

    private static readonly Who[] Columns = [Who.Officer, Who.OtherOfficer, Who.Supervisor, Who.Head, Who.Admin];

    public static TheoryData<string, Who, Expect> Rows()
    {
        var rows = new TheoryData<string, Who, Expect>();
        foreach (var (action, expected) in Matrix)
        {
            for (var i = 0; i < Columns.Length; i++)
            {
                rows.Add(action, Columns[i], expected[i]);
            }
        }

        return rows;
    }

    /// <summary>The matrix, for the README test and anyone reading: action → expected per column.</summary>
    public static IReadOnlyDictionary<string, Expect[]> Table => Matrix;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task CoreAction_AsRole_MatchesMatrix(string action, Who who, Expect expected)
    {
        await using var f = await AccessFixture.CreateAsync();
        var before = await f.FingerprintAsync();

        var actual = await RunAsync(f, action, f[who]);

        Assert.Equal(expected, actual);
        if (expected != Expect.Allowed)
        {
            Assert.Equal(before, await f.FingerprintAsync());
        }
    }

    private static async Task<Expect> RunAsync(AccessFixture f, string action, Actor actor)
    {
        var db = f.Db.Factory;
        var open = f.Open;
        var queries = new CaseQueries(db, f.Clock, null, f.Access);
        switch (action)
        {
            case "ViewCase":
                return await queries.GetDetailsAsync(open.Id, actor) is null ? N : A;
            case "QueueListsCase":
                var queue = await queries.GetQueueAsync(new CaseQueueFilter(), new PageRequest(0, 50), actor);
                return queue.Items.Any(r => r.Id == open.Id) ? A : N;
            case "EditCase":
                var input = UpdateCase.ToInput(open);
                input.EmployerName = "Majikan Baru";
                var edited = await new UpdateCase(db, f.Clock, null, f.Access).ExecuteAsync(open.Id, input, open.Version,
                    actor);
                Assert.True(edited.Outcome != CommandOutcome.Invalid, string.Join("; ", edited.Errors));
                return Of(edited.Outcome);
            case "AddNote":
                return Of((await new AddCaseNote(db, f.Clock, f.Access).ExecuteAsync(open.Id, "Catatan.", actor)).Outcome);
            case "TakeCase":
                return Of((await new AssignCase(db, f.Clock, f.Access).ExecuteAsync(open.Id, actor.UserId, actor)).Outcome);
            case "VerifyIdentity":
                return Of((await new VerifyWorkerIdentity(db, f.Clock, null, f.Access).ExecuteAsync(open.Id, open.Version,
                    actor)).Outcome);
            case "Transition":
                return Of((await new TransitionCase(db, f.Clock, null, null, f.Access).ExecuteAsync(open.Id,
                    CaseTrigger.RecordMediationFailure, WorkflowFixtures.ValidInput(CaseTrigger.RecordMediationFailure),
                    open.Version, actor)).Outcome);
            case "EndCaseDirectly":
                return Of((await new TransitionCase(db, f.Clock, null, null, f.Access).ExecuteAsync(open.Id,
                    CaseTrigger.Withdraw, WorkflowFixtures.ValidInput(CaseTrigger.Withdraw), open.Version, actor)).Outcome);
            case "RequestApproval":
                return Of((await new Core.Approvals.RequestApproval(db, f.Clock, f.Access).ExecuteAsync(open.Id,
                    CaseTrigger.Withdraw, WorkflowFixtures.ValidInput(CaseTrigger.Withdraw), open.Version, actor)).Outcome);
            case "ApproveRequest":
                return Of((await new Core.Approvals.ApproveRequest(db, f.Clock).ExecuteAsync(f.ApprovalRequestId,
                    f.PendingCase.Version, actor)).Outcome);
            case "ReturnRequest":
                return Of((await new Core.Approvals.ReturnRequest(db, f.Clock).ExecuteAsync(f.ApprovalRequestId,
                    f.PendingCase.Version, "Lampirkan bukti pembayaran.", actor)).Outcome);
            case "RecordConsent":
                var consent = await new Core.Consents.RecordConsent(db, f.Clock, f.Access).ExecuteAsync(open.Id,
                    new Core.Consents.ConsentInput(Core.Consents.ConsentPurpose.SharingPolice,
                        Core.Consents.ConsentDecision.Withdrawn, Core.Consents.ConsentMethod.SignedForm,
                        Core.Cases.OfficeTime.Today(f.Clock)), actor);
                Assert.True(consent.Outcome != CommandOutcome.Invalid, string.Join("; ", consent.Messages));
                return Of(consent.Outcome);
            case "AnonymiseClosedCase":
                return Of((await new AnonymiseCase(db, f.Clock).ExecuteAsync(f.Closed.Id, "Permintaan pekerja.",
                    f.Closed.ReferenceNumber, f.Closed.Version, actor)).Outcome);
            case "Reopen":
                return Of((await new TransitionCase(db, f.Clock, null, null, f.Access).ExecuteAsync(f.Closed.Id,
                    CaseTrigger.Reopen, WorkflowFixtures.ValidInput(CaseTrigger.Reopen), f.Closed.Version, actor)).Outcome);
            case "StartWaiting":
                return Of((await new StartWaiting(db, f.Clock, null, f.Access).ExecuteAsync(open.Id,
                    new WaitInput(WaitingFor.Representation, "KBRI Kuala Lumpur", "Menunggu jawaban."), open.Version, actor)).Outcome);
            case "IssueLetter":
                return Of((await new IssueLetter(db, f.Clock, Letters.LetterFixtures.Options(), f.Access).ExecuteAsync(
                    open.Id, LetterType.MediationInvitation, Letters.LetterFixtures.Meeting, null, actor)).Outcome);
            case "CancelLetter":
                return Of((await new CancelLetter(db, f.Clock, f.Access).ExecuteAsync(f.LetterId, "Salah tanggal.",
                    actor)).Outcome);
            case "CaseReport":
                var scope = await new CaseAccess(db, f.Access).ScopeAsync(actor);
                return await new CaseReportQuery(db).GetAsync(open.Id, scope) is null ? N : A;
            case "ExportListsCase":
                return await ExportAsync(f, actor, personal: false) ? A : N;
            case "ExportPersonalData":
                try
                {
                    await ExportAsync(f, actor, personal: true);
                    return A;
                }
                catch (UnauthorizedAccessException)
                {
                    return F;
                }

            case "ConfirmClosureProposal":
                return Of((await new ConfirmClosureProposal(db, f.Clock).ExecuteAsync(f.ProposalId,
                    f.ProposalCase.Version, null, false, actor)).Outcome);
            case "DismissClosureProposal":
                return Of((await new DismissClosureProposal(db, f.Clock).ExecuteAsync(f.ProposalId, "Berkas sudah lengkap.",
                    actor)).Outcome);
            case "SaveHoliday":
                var recompute = new RecomputeDueDates(db, f.Clock);
                return Of((await new SaveHoliday(db, recompute).ExecuteAsync(null,
                    new HolidayInput(new DateOnly(2027, 3, 15), "Libur daerah", true), actor)).Outcome);
            case "SetUserRegions":
                return Of((await new SetUserRegions(db, f.Clock).ExecuteAsync(f[Who.OtherOfficer].UserId, ["7402"],
                    actor)).Outcome);
            case "ReadAuditTrail":
                var trail = await new AuditQueries(db).SearchAsync(new AuditFilter(), 0, 50, actor);
                return trail.TotalCount > 0 ? A : F;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    private static async Task<bool> ExportAsync(AccessFixture f, Actor actor, bool personal)
    {
        var export = new ExportCases(new CaseExportQuery(f.Db.Factory, f.Clock), f.Db.Factory, f.Clock, null, f.Access);
        using var output = new MemoryStream();
        await export.ExecuteAsync(new CaseExportRequest(ExportFormat.Csv, new CaseQueueFilter(), "", personal), actor,
            output);
        return System.Text.Encoding.UTF8.GetString(output.ToArray()).Contains(f.Open.ReferenceNumber,
            StringComparison.Ordinal);
    }

    private static Expect Of(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.Succeeded => A,
        CommandOutcome.NotFound => N,
        CommandOutcome.NotAllowed => F,
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}"),
    };

    private static Expect Of(TransitionOutcome outcome) => outcome switch
    {
        TransitionOutcome.Succeeded => A,
        TransitionOutcome.NotFound => N,
        TransitionOutcome.NotPermitted => F,
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome}"),
    };
}
