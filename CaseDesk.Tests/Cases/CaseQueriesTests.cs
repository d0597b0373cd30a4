using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;
using CaseDesk.Tests.Support;

namespace CaseDesk.Tests.Cases;

public sealed class CaseQueriesTests
{
    private static readonly PageRequest All = new(0, 50);

    [Fact]
    public async Task GetQueue_NoFilter_AllCasesNewestFirstWithNames()
    {
        await using var world = await QueueWorld.CreateAsync();
        using var culture = new UiCulture("id");

        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter(), All);

        Assert.Equal(6, result.TotalCount);
        Assert.Equal(["PUL-2026-000001", "MED-2026-000001", "ADU-2026-000003", "ADU-2026-000002", "ADU-2026-000001",
            "ADU-2025-000007"], References(result));
        var row = Assert.Single(result.Items, r => r.ReferenceNumber == "ADU-2026-000001");
        Assert.Equal("Buton Tengah", row.RegencyName);
        Assert.Equal("Arab Saudi", row.CountryName);
        Assert.Equal("Pak Rahman", row.AssignedOfficerName);
        Assert.Equal(world.Officer.UserId, row.AssignedOfficerId);
    }

    [Fact]
    public async Task GetQueue_EnglishCulture_EnglishCountryNames()
    {
        await using var world = await QueueWorld.CreateAsync();
        using var culture = new UiCulture("en-US");

        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter { Search = "ADU-2026-000001" }, All);

        Assert.Equal("Saudi Arabia", Assert.Single(result.Items).CountryName);
    }

    [Theory]
    [InlineData(CaseKind.Mediation, new[] { "MED-2026-000001" })]
    [InlineData(CaseKind.Repatriation, new[] { "PUL-2026-000001" })]
    public async Task GetQueue_KindFilter_OnlyThatKind(CaseKind kind, string[] expected)
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter { Kind = kind }, All);
        Assert.Equal(expected, References(result));
    }

    [Fact]
    public async Task GetQueue_StatusFilter_OnlyThatStatus()
    {
        await using var world = await QueueWorld.CreateAsync();
        var verification = await world.Queries.GetQueueAsync(new CaseQueueFilter { Status = CaseStatus.Verification }, All);
        var closed = await world.Queries.GetQueueAsync(new CaseQueueFilter { Status = CaseStatus.Closed }, All);
        Assert.Equal(["MED-2026-000001"], References(verification));
        Assert.Equal(["ADU-2025-000007"], References(closed));
    }

    [Fact]
    public async Task GetQueue_OpenOnly_HidesFinishedCases()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter { OpenOnly = true }, All);
        Assert.Equal(5, result.TotalCount);
        Assert.DoesNotContain("ADU-2025-000007", References(result));
    }

    [Fact]
    public async Task GetQueue_UrgencyFilter_OnlyUrgent()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter { Urgency = Urgency.Urgent }, All);
        Assert.Equal(["PUL-2026-000001", "ADU-2026-000002"], References(result));
    }

    [Fact]
    public async Task GetQueue_RegencyFilter_OnlyThatRegency()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter { RegencyCode = "7402" }, All);
        Assert.Equal(["ADU-2026-000003"], References(result));
    }

    [Fact]
    public async Task GetQueue_CategoryFilter_OnlyThatCategory()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(
            new CaseQueueFilter { Category = ComplaintCategory.Trafficking }, All);
        Assert.Equal(["ADU-2026-000002"], References(result));
    }

    [Fact]
    public async Task GetQueue_AssignedFilter_OnlyThatOfficer()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(
            new CaseQueueFilter { AssignedToUserId = world.Officer.UserId }, All);
        Assert.Equal(["ADU-2026-000001"], References(result));
    }

    [Fact]
    public async Task GetQueue_CombinedFilters_AllApply()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(
            new CaseQueueFilter { Kind = CaseKind.Complaint, Urgency = Urgency.Normal, OpenOnly = true }, All);
        Assert.Equal(["ADU-2026-000003", "ADU-2026-000001"], References(result));
    }

    [Theory]
    [InlineData("adu-2026-000002", new[] { "ADU-2026-000002" })] // reference, any case
    [InlineData("000001", new[] { "PUL-2026-000001", "MED-2026-000001", "ADU-2026-000001" })]
    [InlineData("ode HAJAR", new[] { "ADU-2026-000003" })] // name contains, any case
    [InlineData("  Muna  ", new[] { "MED-2026-000001" })] // trimmed
    [InlineData("74140155", new[] { "ADU-2026-000002" })] // NIK prefix
    [InlineData("05900002", new string[0])] // not a NIK infix
    [InlineData("%", new string[0])] // LIKE wildcards are literal
    [InlineData("_", new string[0])]
    public async Task GetQueue_Search_MatchesReferenceNameOrNikPrefix(string search, string[] expected)
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter { Search = search }, All);
        Assert.Equal(expected, References(result));
    }

    [Fact]
    public async Task GetQueue_SortByUrgency_UrgentFirstThenNewest()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter(),
            new PageRequest(0, 50, QueueSort.Urgency, Descending: true));
        Assert.Equal(["PUL-2026-000001", "ADU-2026-000002", "MED-2026-000001", "ADU-2026-000003", "ADU-2026-000001",
            "ADU-2025-000007"], References(result));
    }

    [Fact]
    public async Task GetQueue_SortByReferenceAscending_Alphabetical()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter(),
            new PageRequest(0, 50, QueueSort.ReferenceNumber, Descending: false));
        Assert.Equal(["ADU-2025-000007", "ADU-2026-000001", "ADU-2026-000002", "ADU-2026-000003", "MED-2026-000001",
            "PUL-2026-000001"], References(result));
    }

    [Fact]
    public async Task GetQueue_SortByWorkerName_Alphabetical()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter { OpenOnly = true },
            new PageRequest(0, 50, QueueSort.WorkerName, Descending: false));
        Assert.Equal(["Asrul Muna", "La Ode Basri", "Sitti Rahma", "Wa Ode Hajar", "Wa Ode Nurlia"],
            result.Items.Select(r => r.WorkerName));
    }

    [Fact]
    public async Task GetQueue_SortByStatus_WorkflowOrderNotAlphabetical()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter(),
            new PageRequest(0, 50, QueueSort.Status, Descending: false));
        // Intake (4, newest first), Verification, Closed: alphabetically Closed would come first.
        Assert.Equal([CaseStatus.Intake, CaseStatus.Intake, CaseStatus.Intake, CaseStatus.Intake,
            CaseStatus.Verification, CaseStatus.Closed], result.Items.Select(r => r.Status));
    }

    [Fact]
    public async Task GetQueue_SortByRegencyName_Alphabetical()
    {
        await using var world = await QueueWorld.CreateAsync();
        var result = await world.Queries.GetQueueAsync(new CaseQueueFilter { OpenOnly = true },
            new PageRequest(0, 50, QueueSort.Regency, Descending: false));
        Assert.Equal(["Buton Tengah", "Buton Tengah", "Kota Kendari", "Muna", "Wakatobi"],
            result.Items.Select(r => r.RegencyName));
    }

    [Fact]
    public async Task GetQueue_Paging_ReturnsThePageAndTheTotal()
    {
        await using var world = await QueueWorld.CreateAsync();

        var page0 = await world.Queries.GetQueueAsync(new CaseQueueFilter(), new PageRequest(0, 4));
        var page1 = await world.Queries.GetQueueAsync(new CaseQueueFilter(), new PageRequest(1, 4));
        var page2 = await world.Queries.GetQueueAsync(new CaseQueueFilter(), new PageRequest(2, 4));

        Assert.Equal(6, page0.TotalCount);
        Assert.Equal(6, page1.TotalCount);
        Assert.Equal(4, page0.Items.Count);
        Assert.Equal(["ADU-2026-000001", "ADU-2025-000007"], References(page1));
        Assert.Empty(page2.Items);
    }

    [Fact]
    public async Task GetDetails_ExistingCase_SnapshotNamesAndTimelineNewestFirst()
    {
        await using var world = await QueueWorld.CreateAsync();
        var linked = await world.OpenAsync(CaseKind.Repatriation, "Wa Ode Nurlia", c =>
        {
            c.WorkerNik = null;
            c.LinkedCaseId = world.FirstComplaintId;
        });
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        await new AddCaseNote(world.Db.Factory, world.Clock).ExecuteAsync(linked, "Keluarga dihubungi.", world.Officer);
        using var culture = new UiCulture("id");

        var details = await world.Queries.GetDetailsAsync(linked);

        Assert.NotNull(details);
        Assert.Equal(linked, details.Case.Id);
        Assert.Equal("Wa Ode Nurlia", details.Case.WorkerName);
        Assert.Equal("Buton Tengah", details.RegencyName);
        Assert.Equal("Arab Saudi", details.CountryName);
        Assert.Null(details.AssignedOfficerName);
        Assert.Equal("ADU-2026-000001", details.LinkedCaseReference);
        Assert.Equal([CaseEventType.Note, CaseEventType.Created], details.Timeline.Select(t => t.Type));
        Assert.Equal("Keluarga dihubungi.", details.Timeline[0].Note);
    }

    [Fact]
    public async Task GetDetails_UnknownId_Null()
    {
        await using var world = await QueueWorld.CreateAsync();
        Assert.Null(await world.Queries.GetDetailsAsync(999));
    }

    [Fact]
    public async Task GetRegencies_All17_SortedByName()
    {
        await using var testDb = await TestDb.CreateAsync();
        var regencies = await new CaseQueries(testDb.Factory).GetRegenciesAsync();

        Assert.Equal(17, regencies.Count);
        Assert.Equal("Bombana", regencies[0].Name);
        Assert.Equal("Wakatobi", regencies[^1].Name);
        Assert.Contains(new Option("7414", "Buton Tengah"), regencies);
    }

    [Fact]
    public async Task GetCountries_PerLanguage_LocalizedAndSorted()
    {
        await using var testDb = await TestDb.CreateAsync();
        var queries = new CaseQueries(testDb.Factory);

        IReadOnlyList<Option> indonesian, english;
        using (new UiCulture("id-ID"))
        {
            indonesian = await queries.GetCountriesAsync();
        }

        using (new UiCulture("en-US"))
        {
            english = await queries.GetCountriesAsync();
        }

        Assert.Contains(new Option("SA", "Arab Saudi"), indonesian);
        Assert.Contains(new Option("SA", "Saudi Arabia"), english);
        Assert.Equal("Arab Saudi", indonesian[0].Name);
        Assert.Equal(indonesian.Select(o => o.Name).Order(StringComparer.OrdinalIgnoreCase), indonesian.Select(o => o.Name));
        Assert.Equal(english.Select(o => o.Name).Order(StringComparer.OrdinalIgnoreCase), english.Select(o => o.Name));
    }

    [Fact]
    public async Task GetOfficers_Users_IdAndDisplayNameSorted()
    {
        await using var testDb = await TestDb.CreateAsync();
        var zaenal = await Access.AccessFixture.AddUserWithRolesAsync(testDb, "Zaenal", Roles.Officer);
        var andi = await Access.AccessFixture.AddUserWithRolesAsync(testDb, "Andi", Roles.Supervisor);
        await Access.AccessFixture.AddUserWithRolesAsync(testDb, "Admin Saja", Roles.Admin);

        var officers = await new CaseQueries(testDb.Factory).GetOfficersAsync();

        Assert.Equal([new Option(andi.UserId, "Andi"), new Option(zaenal.UserId, "Zaenal")], officers);
    }

    private static List<string> References(PagedResult<CaseQueueRow> result) =>
        result.Items.Select(r => r.ReferenceNumber).ToList();

    /// <summary>
    /// Six cases, created one hour apart in this order: ADU-2025-000007 (closed, inserted directly), ADU-2026-000001
    /// (Buton Tengah, SA, assigned), ADU-2026-000002 (Kota Kendari, trafficking: urgent), ADU-2026-000003 (Muna), MED-2026-000001
    /// (Wakatobi), PUL-2026-000001 (stranded: urgent).
    /// </summary>
    private sealed class QueueWorld : IAsyncDisposable
    {
        private QueueWorld(TestDb db, Actor officer)
        {
            Db = db;
            Officer = officer;
            Queries = new CaseQueries(db.Factory);
        }

        public TestDb Db { get; }
        public Actor Officer { get; }
        public CaseQueries Queries { get; }
        public TestClock Clock { get; } = new();
        public int FirstComplaintId { get; private set; }
        private int _n;

        public static async Task<QueueWorld> CreateAsync()
        {
            var db = await TestDb.CreateAsync();
            var world = new QueueWorld(db, await db.AddUserAsync("Pak Rahman", Roles.Officer));
            await CaseTestData.InsertAsync(db.Factory, "ADU-2025-000007", c =>
            {
                c.Status = CaseStatus.Closed;
                c.WorkerName = "La Ode Tertutup";
                c.CreatedAtUtc = new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
            });
            world.FirstComplaintId = await world.OpenAsync(CaseKind.Complaint, "Sitti Rahma", c =>
            {
                c.DestinationCountryCode = "SA";
                c.WorkerNik = "7471010101900001";
            }, world.Officer);
            await world.OpenAsync(CaseKind.Complaint, "La Ode Basri", c =>
            {
                c.Category = ComplaintCategory.Trafficking;
                c.WorkerNik = "7414015505900002";
                c.WorkerSex = Sex.Male;
                c.HomeRegencyCode = "7471";
            });
            await world.OpenAsync(CaseKind.Complaint, "Wa Ode Hajar", c => c.HomeRegencyCode = "7402");
            await world.OpenAsync(CaseKind.Mediation, "Asrul Muna", c => c.HomeRegencyCode = "7407");
            await world.OpenAsync(CaseKind.Repatriation, "Wa Ode Nurlia", c => c.StrandedAbroad = true);
            return world;
        }

        public async Task<int> OpenAsync(CaseKind kind, string name, Action<CaseInput>? configure = null,
            Actor? actor = null)
        {
            Clock.Advance(TimeSpan.FromHours(1));
            var input = CaseTestData.Valid(kind, 100 + ++_n);
            input.WorkerName = name;
            input.WorkerNik = null;
            input.DestinationCountryCode = "SA";
            input.DuplicatesAcknowledged = true;
            configure?.Invoke(input);
            var result = await new OpenCase(Db.Factory, Clock).ExecuteAsync(input, actor ?? Actor.System);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Field)));
            return result.CaseId!.Value;
        }

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }
}
