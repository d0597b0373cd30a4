using System.Collections.Concurrent;
using CaseDesk.Core;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using CaseDesk.Core.Documents;
using CaseDesk.Core.Exports;
using CaseDesk.Core.Letters;
using CaseDesk.Core.Reports;
using CaseDesk.Tests.Cases;
using CaseDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseDesk.Tests.PersonalData;

/// <summary>
/// The Core services as the app registers them (AddCaseDeskCore), with every log message captured down to Trace:
/// intake, the case page, "show", an edit, a letter, both exports and the case report must not write a NIK, passport
/// or telephone number into any log line (EF Core logs its SQL at Debug, without parameter values).
/// </summary>
public sealed class NoPersonalDataInLogsTests
{
    private const string Nik = "7414015508900777";
    private const string Passport = "C7654321";
    private const string WorkerPhone = "+6281298765777";
    private const string ComplainantPhone = "+6285211223777";

    [Fact]
    public async Task CaseLifecycle_AllLogLevels_NoIdentifierInAnyLogLine()
    {
        await using var testDb = await TestDb.CreateAsync();
        var officer = await testDb.AddUserAsync("Petugas Log", Roles.Officer);
        var supervisor = await testDb.AddUserAsync("Kepala Seksi Log", Roles.Officer, Roles.Supervisor);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddCaseDeskCore(testDb.ConnectionString);
        services.AddSingleton<TimeProvider>(new TestClock());
        await using var provider = services.BuildServiceProvider();

        var input = CaseTestData.Valid();
        input.WorkerNik = Nik;
        input.WorkerPassportNo = Passport;
        input.WorkerPhone = WorkerPhone;
        input.ComplainantIsWorker = false;
        input.ComplainantName = "La Ode Log";
        input.ComplainantRelation = "Suami";
        input.ComplainantPhone = ComplainantPhone;
        var opened = await provider.GetRequiredService<OpenCase>().ExecuteAsync(input, officer);
        Assert.True(opened.Succeeded);
        var caseId = opened.CaseId!.Value;
        await using (var db = await provider.GetRequiredService<IDbContextFactory<CaseDeskDb>>().CreateDbContextAsync())
        {
            Assert.False(db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!
                .IsSensitiveDataLoggingEnabled);
            await db.Cases.Where(c => c.Id == caseId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.AssignedOfficerId, officer.UserId));
        }

        var details = await provider.GetRequiredService<CaseQueries>().GetDetailsAsync(caseId);
        var shown = await provider.GetRequiredService<RecordPersonalDataView>().ExecuteAsync(caseId, supervisor);
        Assert.Equal(Nik, shown.Data?.WorkerNik);
        var edit = UpdateCase.ToInput(details!.Case);
        edit.Narrative = "Gaji tidak dibayar selama tujuh bulan.";
        var updated = await provider.GetRequiredService<UpdateCase>().ExecuteAsync(caseId, edit, details.Case.Version,
            officer);
        Assert.Equal(CommandOutcome.Succeeded, updated.Outcome);
        var refused = UpdateCase.ToInput(details.Case);
        refused.WorkerNik = "7414015508900778";
        await provider.GetRequiredService<UpdateCase>().ExecuteAsync(caseId, refused, updated.NewVersion!.Value,
            new Actor("x", "Admin", new HashSet<string> { Roles.Admin }));
        await provider.GetRequiredService<IssueLetter>().ExecuteAsync(caseId, LetterType.ComplaintReceipt,
            LetterDetails.None, null, officer);
        foreach (var personal in new[] { false, true })
        {
            using var output = new MemoryStream();
            var rows = await provider.GetRequiredService<ExportCases>().ExecuteAsync(
                new CaseExportRequest(ExportFormat.Csv, new CaseQueueFilter { Search = Nik[..8] }, $"q={Nik[..8]}",
                    personal), supervisor, output);
            Assert.Equal(1, rows);
        }

        var report = await provider.GetRequiredService<CaseReportQuery>().GetAsync(caseId);
        Assert.NotEmpty(provider.GetRequiredService<IPdfRenderer>()
            .Render(CaseReportDocument.Create(report!, DateTime.UtcNow)));

        var lines = logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("INSERT INTO \"Cases\"", StringComparison.Ordinal)); // capture works
        foreach (var secret in new[] { Nik, Nik[..8], Passport, WorkerPhone, ComplainantPhone, "81298765777" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
                Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
