using System.Text;
using System.Text.Json;
using CaseDesk.Core.Accounts;
using CaseDesk.Core.Audit;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Exports;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Tests.Web;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Exports;

/// <summary>Exports of the seeded demo cases through the real query, writers and audit trail.</summary>
public sealed class ExportCasesTests(SeededCases seeded) : IClassFixture<SeededCases>
{
    private static readonly string[] IndonesianHeader =
    [
        "Nomor registrasi", "Jenis", "Status", "Urgensi", "Tanggal diterima", "Nama PMI", "Jenis kelamin",
        "Kabupaten/Kota", "Negara tujuan", "Sektor", "Non-prosedural", "Kategori", "Kanal", "P3MI", "Pemberi kerja",
        "Petugas", "Jatuh tempo", "Menunggu", "Hasil mediasi", "Nilai penyelesaian (Rp)", "Tanggal ditutup",
    ];

    private static readonly string[] PersonalHeaders =
        ["NIK", "Nomor paspor", "Telepon PMI", "Nama pengadu", "Telepon pengadu"];

    public static TheoryData<string> Filters => new()
    {
        "",
        "open=false",
        "kind=Complaint&open=false",
        "regency=7414",
        "urgency=Urgent&open=false",
        "sector=IndividualEmployer&open=false",
        "q=wa%20ode&open=false",
        "due=overdue",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Csv_SameFilterAsTheQueue_HasOneRowPerQueueCase(string query)
    {
        var filter = Filter(query);
        var queue = await new CaseQueries(seeded.Db.Factory).GetQueueAsync(filter, new PageRequest(0, 200));

        var records = ExportFiles.ReadCsv(await ExportAsync(ExportFormat.Csv, filter, query, Officer()));

        Assert.Equal(IndonesianHeader, records[0]);
        Assert.Equal(queue.TotalCount, records.Count - 1);
        // Newest first, as the queue lists them by default.
        Assert.Equal(queue.Items.Select(r => r.ReferenceNumber), records.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public async Task Csv_AllCases_ValuesAreIndonesianLabelsOfficeDatesAndPlainNumbers()
    {
        var records = ExportFiles.ReadCsv(await ExportAsync(ExportFormat.Csv, Filter("open=false"), "open=false",
            Officer()));

        var settled = seeded.Cases.Where(c => c.SettlementAmount is not null).OrderByDescending(c => c.CreatedAtUtc)
            .First();
        var row = records.Single(r => r[0] == settled.ReferenceNumber);
        var column = (string name) => row[Array.IndexOf(IndonesianHeader, name)];
        Assert.Equal(settled.SettlementAmount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            column("Nilai penyelesaian (Rp)"));
        Assert.Equal(OfficeTime.DateOf(settled.CreatedAtUtc).ToString("yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture), column("Tanggal diterima"));
        Assert.Equal(CaseText.Label(settled.Kind), column("Jenis"));
        Assert.Equal(settled.NonProcedural ? "Ya" : "Tidak", column("Non-prosedural"));
        Assert.Contains(records, r => r[Array.IndexOf(IndonesianHeader, "Jenis")] == "Pengaduan");
        Assert.Contains(records, r => r[Array.IndexOf(IndonesianHeader, "Status")] == "Ditutup");
    }

    [Fact]
    public async Task Csv_EnglishScreen_IsStillIndonesian()
    {
        using var _ = new CultureScope("en-US");

        var records = ExportFiles.ReadCsv(await ExportAsync(ExportFormat.Csv, Filter("open=false&kind=Complaint"), "",
            Officer()));

        Assert.Equal(IndonesianHeader, records[0]);
        Assert.All(records.Skip(1), r => Assert.Equal("Pengaduan", r[1]));
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xlsx)]
    public async Task Export_ByDefault_HasNoPersonalDataAnywhere(ExportFormat format)
    {
        var bytes = await ExportAsync(format, Filter("open=false"), "open=false", Supervisor());

        var header = format == ExportFormat.Csv ? [.. ExportFiles.ReadCsv(bytes)[0]] : ExportFiles.Header(bytes);
        Assert.Equal(IndonesianHeader, header);
        var text = format == ExportFormat.Csv
            ? Encoding.UTF8.GetString(bytes)
            : string.Concat(ExportFiles.Parts(bytes).Values);
        var personal = seeded.Cases.SelectMany(c => new[] { c.WorkerNik, c.WorkerPassportNo, c.WorkerPhone,
            c.ComplainantPhone }).OfType<string>().ToList();
        Assert.NotEmpty(personal);
        Assert.All(personal, value => Assert.DoesNotContain(value, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_WithoutPersonalData_DoesNotReadTheColumns()
    {
        await using var db = await seeded.Db.Factory.CreateDbContextAsync();
        var calendar = await WorkingCalendar.LoadAsync(db);
        var today = new DateOnly(2026, 11, 23);

        var without = CaseExportQuery.Query(db, Filter(""), false, today, calendar).ToQueryString();
        var with = CaseExportQuery.Query(db, Filter(""), true, today, calendar).ToQueryString();

        Assert.DoesNotContain("WorkerNik", without, StringComparison.Ordinal);
        Assert.DoesNotContain("WorkerPassportNo", without, StringComparison.Ordinal);
        Assert.DoesNotContain("Phone", without, StringComparison.Ordinal);
        Assert.Contains("\"WorkerNik\"", with, StringComparison.Ordinal);
        Assert.Contains("\"ComplainantPhone\"", with, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xlsx)]
    public async Task Export_PersonalDataBySupervisor_HasTheColumnsAndIsAudited(ExportFormat format)
    {
        var supervisor = Supervisor();
        var withNik = seeded.Cases.Where(c => c.WorkerNik is not null).OrderByDescending(c => c.CreatedAtUtc).First();

        var bytes = await ExportAsync(format, Filter("open=false"), "open=false", supervisor, personal: true);

        var header = format == ExportFormat.Csv ? [.. ExportFiles.ReadCsv(bytes)[0]] : ExportFiles.Header(bytes);
        Assert.Equal(PersonalHeaders, header.Skip(6).Take(5));
        Assert.Equal(IndonesianHeader.Length + PersonalHeaders.Length, header.Count);
        var row = format == ExportFormat.Csv
            ? ExportFiles.ReadCsv(bytes).Single(r => r[0] == withNik.ReferenceNumber)
            : ExportFiles.Rows(bytes).Single(r => r["A"].Text == withNik.ReferenceNumber)
                .OrderBy(c => c.Key.Length).ThenBy(c => c.Key).Select(c => c.Value.Text).ToArray();
        Assert.Contains(withNik.WorkerNik, row);

        var entries = await AuditEntriesAsync(supervisor);
        Assert.Equal([AuditAction.ExportPersonalData, AuditAction.ExportCompleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(supervisor.DisplayName, e.UserName));
        Assert.Equal(new ExportAuditDetail(CaseExport.Extension(format), "open=false", null, false),
            JsonSerializer.Deserialize<ExportAuditDetail>(entries[0].Detail, JsonSerializerOptions.Web));
        // The start is never updated (append-only): the outcome is a second entry pointing at the first.
        Assert.Equal(entries[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entries[1].EntityId);
        var detail = JsonSerializer.Deserialize<ExportAuditDetail>(entries[1].Detail, JsonSerializerOptions.Web)!;
        Assert.Equal(new ExportAuditDetail(CaseExport.Extension(format), "open=false", seeded.Cases.Count, true),
            detail);
    }

    [Fact]
    public async Task Export_PersonalDataByHeadOfOffice_IsAllowed()
    {
        var head = new Actor($"head-{Guid.NewGuid():N}", "Kepala Balai", new HashSet<string> { CaseExport.HeadRole });

        var bytes = await ExportAsync(ExportFormat.Csv, Filter(""), "", head, personal: true);

        Assert.Contains("NIK", ExportFiles.ReadCsv(bytes)[0]);
        Assert.Single(await AuditEntriesAsync(head), e => e.Action == AuditAction.ExportPersonalData);
    }

    [Fact]
    public async Task Export_PersonalDataByOfficer_IsRefusedBeforeAnythingIsWritten()
    {
        var officer = Officer();
        var output = new AsyncOnlyStream();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Export().ExecuteAsync(
            new CaseExportRequest(ExportFormat.Csv, Filter(""), "", IncludePersonalData: true), officer, output));

        Assert.Equal(0, output.Received);
        Assert.Empty(await AuditEntriesAsync(officer));
    }

    [Fact]
    public async Task Export_WithoutPersonalData_IsNotAudited()
    {
        var supervisor = Supervisor();

        await ExportAsync(ExportFormat.Csv, Filter(""), "", supervisor);

        Assert.Empty(await AuditEntriesAsync(supervisor));
    }

    [Fact]
    public async Task Export_PersonalDataWhoseDownloadBreaks_StaysAuditedAsIncomplete()
    {
        var supervisor = Supervisor();

        await Assert.ThrowsAsync<IOException>(() => Export().ExecuteAsync(
            new CaseExportRequest(ExportFormat.Csv, Filter("open=false"), "open=false", IncludePersonalData: true),
            supervisor, new BrokenStream()));

        var entries = await AuditEntriesAsync(supervisor);
        Assert.Equal([AuditAction.ExportPersonalData, AuditAction.ExportCompleted], entries.Select(e => e.Action));
        var detail = JsonSerializer.Deserialize<ExportAuditDetail>(entries[1].Detail, JsonSerializerOptions.Web)!;
        Assert.False(detail.Completed);
        Assert.Equal("csv", detail.Format);
    }

    [Fact]
    public async Task Count_SameFilter_EqualsTheQueueTotal()
    {
        var filter = Filter("kind=Repatriation&open=false");
        var queue = await new CaseQueries(seeded.Db.Factory).GetQueueAsync(filter, new PageRequest(0, 10));

        var count = await new CaseExportQuery(seeded.Db.Factory, TimeProvider.System).CountAsync(filter);

        Assert.Equal(queue.TotalCount, count);
        Assert.True(count > 0);
    }

    [Fact]
    public void FileName_IsKasusWithTheOfficeDate() =>
        Assert.Equal("kasus-2026-11-23.xlsx", CaseExport.FileName(ExportFormat.Xlsx, new DateOnly(2026, 11, 23)));

    private ExportCases Export() =>
        new(new CaseExportQuery(seeded.Db.Factory, TimeProvider.System), seeded.Db.Factory, TimeProvider.System);

    private async Task<byte[]> ExportAsync(ExportFormat format, CaseQueueFilter filter, string query, Actor actor,
        bool personal = false)
    {
        var output = new AsyncOnlyStream();
        await Export().ExecuteAsync(new CaseExportRequest(format, filter, query, personal), actor, output);
        return output.ToArray();
    }

    private async Task<List<AuditEntry>> AuditEntriesAsync(Actor actor)
    {
        await using var db = await seeded.Db.Factory.CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == actor.UserId
                && (e.Action == AuditAction.ExportPersonalData || e.Action == AuditAction.ExportCompleted))
            .OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The queue's filter for a query string, as the queue page and the endpoint build it.</summary>
    private static CaseQueueFilter Filter(string query)
    {
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        return QueueQuery.FromQuery(name => values.TryGetValue(name, out var v) ? v.ToString() : null).ToFilter(null);
    }

    private static Actor Officer() =>
        new($"officer-{Guid.NewGuid():N}", "Wa Ode Nurhayati", new HashSet<string> { Roles.Officer });

    private static Actor Supervisor() =>
        new($"supervisor-{Guid.NewGuid():N}", "La Ode Rusdin", new HashSet<string> { Roles.Supervisor });

    /// <summary>A client that goes away at the first byte.</summary>
    private sealed class BrokenStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("connection reset");
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException(new IOException("connection reset"));
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
