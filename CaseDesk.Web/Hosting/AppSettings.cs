using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace CaseDesk.Web.Hosting;

/// <summary>
/// The configuration lives in one appsettings.json at the repository root (and beside the binaries in a publish
/// output); relative SQLite paths are resolved against that folder, so data/ never depends on the process cwd.
/// </summary>
public static class AppSettings
{
    public const string FileName = "appsettings.json";
    public const string ConnectionStringName = "CaseDesk";

    /// <summary>
    /// The repository root when running from source (the content root is the project folder, next to its csproj),
    /// otherwise the folder of the binaries (publish output), otherwise the content root itself.
    /// </summary>
    public static string FindFolder(string contentRoot, string baseDirectory)
    {
        var parent = Path.GetFullPath(Path.Combine(contentRoot, ".."));
        var runFromSource = Directory.EnumerateFiles(contentRoot, "*.csproj").Any();
        if (runFromSource && File.Exists(Path.Combine(parent, FileName)))
        {
            return parent;
        }

        return File.Exists(Path.Combine(baseDirectory, FileName))
            ? Path.GetFullPath(baseDirectory)
            : Path.GetFullPath(contentRoot);
    }

    /// <summary>
    /// Adds appsettings.json and appsettings.{environment}.json from <paramref name="folder"/> underneath every other
    /// source, so environment variables and the command line still override them.
    /// </summary>
    public static void AddFrom(IConfigurationBuilder configuration, string folder, string environment)
    {
        var files = new PhysicalFileProvider(folder);
        configuration.Sources.Insert(0, Json(files, FileName, optional: false));
        configuration.Sources.Insert(1, Json(files, $"appsettings.{environment}.json", optional: true));
    }

    /// <summary>Makes a relative SQLite Data Source absolute against <paramref name="folder"/>.</summary>
    public static string ResolveSqlite(string connectionString, string folder)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var source = builder.DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(source))
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(Path.Combine(folder, source));
        return builder.ToString();
    }

    /// <summary>The folder of the SQLite database file (where the app keeps its other local files); the settings
    /// folder's "data" subfolder for an in-memory or URI database.</summary>
    public static string DataFolder(string resolvedConnectionString, string settingsFolder)
    {
        var source = new SqliteConnectionStringBuilder(resolvedConnectionString).DataSource;
        return Path.IsPathRooted(source) && Path.GetDirectoryName(source) is { Length: > 0 } folder
            ? folder
            : Path.Combine(settingsFolder, "data");
    }

    private static JsonConfigurationSource Json(IFileProvider files, string path, bool optional) =>
        new() { FileProvider = files, Path = path, Optional = optional, ReloadOnChange = false };
}
