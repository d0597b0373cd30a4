using CaseDesk.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CaseDesk.Tests.Web;

public sealed class AppSettingsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("casedesk-settings-").FullName;

    [Fact]
    public void FindFolder_RunFromSource_ReturnsRepositoryRoot()
    {
        File.WriteAllText(Path.Combine(_root, "appsettings.json"), "{}");
        var project = Directory.CreateDirectory(Path.Combine(_root, "CaseDesk.Web")).FullName;
        File.WriteAllText(Path.Combine(project, "CaseDesk.Web.csproj"), "<Project />");
        var bin = Directory.CreateDirectory(Path.Combine(project, "bin", "Debug")).FullName;
        File.WriteAllText(Path.Combine(bin, "appsettings.json"), "{}");

        Assert.Equal(_root, AppSettings.FindFolder(project, bin));
    }

    [Fact]
    public void FindFolder_PublishOutput_ReturnsBinariesFolder()
    {
        var publish = Directory.CreateDirectory(Path.Combine(_root, "publish")).FullName;
        File.WriteAllText(Path.Combine(publish, "appsettings.json"), "{}");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "cwd")).FullName;

        Assert.Equal(publish, AppSettings.FindFolder(elsewhere, publish));
    }

    [Fact]
    public void ResolveSqlite_RelativeDataSource_IsAnchoredAtSettingsFolder()
    {
        var resolved = new SqliteConnectionStringBuilder(
            AppSettings.ResolveSqlite("Data Source=data/casedesk.db;Cache=Shared", _root));

        Assert.Equal(Path.Combine(_root, "data", "casedesk.db"), resolved.DataSource);
        Assert.Equal(SqliteCacheMode.Shared, resolved.Cache);
    }

    [Theory]
    [InlineData("Data Source=/var/lib/casedesk/casedesk.db")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=shared;Mode=Memory")]
    public void ResolveSqlite_AbsoluteOrInMemory_IsUnchanged(string connectionString) =>
        Assert.Equal(connectionString, AppSettings.ResolveSqlite(connectionString, _root));

    [Fact]
    public void AddFrom_RootFiles_SitUnderneathEnvironmentVariables()
    {
        File.WriteAllText(Path.Combine(_root, "appsettings.json"),
            """{ "ConnectionStrings": { "CaseDesk": "Data Source=data/casedesk.db" }, "A": "root", "B": "root" }""");
        File.WriteAllText(Path.Combine(_root, "appsettings.Development.json"), """{ "B": "development" }""");
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:CaseDesk"] = "Data Source=/tmp/x.db" });

        AppSettings.AddFrom(builder, _root, "Development");
        var configuration = builder.Build();

        Assert.Equal("Data Source=/tmp/x.db", configuration.GetConnectionString(AppSettings.ConnectionStringName));
        Assert.Equal("root", configuration["A"]);
        Assert.Equal("development", configuration["B"]);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
