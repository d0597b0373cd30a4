using CaseDesk.Web.Hosting;

namespace CaseDesk.Tests.Web;

public sealed class SeedCommandTests
{
    [Fact]
    public void Parse_AllOptions_ReadsThem()
    {
        var (arguments, error) = SeedCommand.Parse(["seed", "--cases", "100000", "--db", "/tmp/x.db", "--seed", "7",
            "--years", "2", "--batch", "1000"]);

        Assert.Null(error);
        Assert.Equal(new SeedArguments(100_000, "/tmp/x.db", 7, 2, 1_000), arguments);
    }

    [Fact]
    public void Parse_OnlyCases_UsesTheAppDatabaseAndDefaults()
    {
        var (arguments, _) = SeedCommand.Parse(["seed", "--cases", "2000"]);

        Assert.NotNull(arguments);
        Assert.Null(arguments.DatabasePath);
        Assert.Equal(5_000, arguments.BatchSize);
        Assert.True(SeedCommand.IsSeed(["seed", "--cases", "2000"]));
        Assert.False(SeedCommand.IsSeed(["--urls", "http://127.0.0.1:5000"]));
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("seed --cases")]
    [InlineData("seed --cases many")]
    [InlineData("seed --cases -5")]
    [InlineData("seed --cases 0")]
    [InlineData("seed --cases 10 --colour red")]
    public void Parse_BadArguments_ReturnsAnError(string line)
    {
        var (arguments, error) = SeedCommand.Parse(line.Split(' '));

        Assert.Null(arguments);
        Assert.False(string.IsNullOrEmpty(error));
    }
}
