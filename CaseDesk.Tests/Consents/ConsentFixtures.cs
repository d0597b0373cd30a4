using CaseDesk.Core.Accounts;
using CaseDesk.Core.Consents;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Workflow;

namespace CaseDesk.Tests.Consents;

internal static class ConsentFixtures
{
    public static RecordConsent Record(this TestDb testDb, TimeProvider? clock = null) =>
        new(testDb.Factory, clock ?? new TestClock());

    public static ConsentQueries ConsentQueries(this TestDb testDb) => new(testDb.Factory);

    public static Task<ConsentResult> GiveAsync(this TestDb testDb, int caseId, ConsentPurpose purpose, DateOnly on,
        Actor? actor = null) =>
        testDb.Record().ExecuteAsync(caseId,
            new ConsentInput(purpose, ConsentDecision.Given, ConsentMethod.SignedForm, on), actor ?? WorkflowFixtures.Officer);

    public static Task<ConsentResult> WithdrawAsync(this TestDb testDb, int caseId, ConsentPurpose purpose, DateOnly on,
        Actor? actor = null) =>
        testDb.Record().ExecuteAsync(caseId,
            new ConsentInput(purpose, ConsentDecision.Withdrawn, ConsentMethod.WrittenStatement, on, "Surat pernyataan."),
            actor ?? WorkflowFixtures.Officer);
}
