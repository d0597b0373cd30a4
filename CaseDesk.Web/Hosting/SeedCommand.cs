using System.Diagnostics;
using System.Globalization;
using CaseDesk.Core;
using CaseDesk.Core.Data;
using CaseDesk.Core.Demo;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Web.Hosting;

/// <summary><c>seed --cases N [--db path] [--seed N] [--years N] [--batch N]</c>, parsed.</summary>
public sealed record SeedArguments(int Cases, string? DatabasePath, int Seed, int Years, int BatchSize);

/// <summary>
/// <c>dotnet run --project CaseDesk.Web -- seed --cases 100000 [--db path]</c>: migrates the database (the app's own,
/// or the file given) and adds generated cases in bulk (<see cref="BulkCaseSeeder"/>), without starting the web host.
/// </summary>
public static class SeedCommand
{
    public const string Name = "seed";

    public static bool IsSeed(string[] args) => args is [Name, ..];

    /// <summary>The arguments after "seed", or the error to print.</summary>
    public static (SeedArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        int? cases = null;
        string? db = null;
        int seed = new BulkSeedOptions(0).Seed, years = new BulkSeedOptions(0).Years, batch = new BulkSeedOptions(0).BatchSize;
        for (var i = args.Count > 0 && args[0] == Name ? 1 : 0; i < args.Count; i++)
        {
            var option = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, $"{option} needs a value.");
            }

            var value = args[++i];
            switch (option)
            {
                case "--db":
                    db = value;
                    break;
                case "--cases" or "--seed" or "--years" or "--batch":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                        || (number <= 0 && option != "--seed"))
                    {
                        return (null, $"{option} must be a positive whole number, not '{value}'.");
                    }

                    _ = option switch
                    {
                        "--cases" => cases = number,
                        "--seed" => seed = number,
                        "--years" => years = number,
                        _ => batch = number,
                    };
                    break;
                default:
                    return (null, $"Unknown option {option}.");
            }
        }

        return cases is null
            ? (null, "Usage: seed --cases N [--db path] [--seed N] [--years N] [--batch N]")
            : (new SeedArguments(cases.Value, db, seed, years, batch), null);
    }

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, string configuredConnectionString,
        IConfiguration configuration, TextWriter output)
    {
        var (arguments, error) = Parse(args);
        if (arguments is null)
        {
            await output.WriteLineAsync(error);
            return 2;
        }

        var connectionString = arguments.DatabasePath is { } path
            ? $"Data Source={Path.GetFullPath(path)}"
            : configuredConnectionString;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddCaseDeskCore(connectionString);
        await using var provider = services.BuildServiceProvider();
        var dbFactory = provider.GetRequiredService<IDbContextFactory<CaseDeskDb>>();

        var watch = Stopwatch.StartNew();
        await DatabaseInitializer.MigrateAsync(dbFactory);
        await output.WriteLineAsync($"Seeding {arguments.Cases:N0} cases into {connectionString} (seed {arguments.Seed})");
        var result = await provider.GetRequiredService<BulkCaseSeeder>().ExecuteAsync(
            new BulkSeedOptions(arguments.Cases, arguments.Seed, arguments.Years, arguments.BatchSize),
            new SyncProgress(output, watch));
        await output.WriteLineAsync($"Done: {result.Cases:N0} cases, {result.Events:N0} events, {result.Letters:N0} letters, "
            + $"{result.Officers} officers in {result.Elapsed.TotalSeconds:F1} s (generating {result.Generating.TotalSeconds:F1} s; {watch.Elapsed.TotalSeconds:F1} s with migrations)");
        return 0;
    }

    // Progress<T> posts to the thread pool: lines could arrive after "Done".
    private sealed class SyncProgress(TextWriter output, Stopwatch watch) : IProgress<int>
    {
        public void Report(int value) => output.WriteLine($"  {value,10:N0} cases  {watch.Elapsed.TotalSeconds,6:F1} s");
    }
}
