using System.Security.Cryptography;
using CaseDesk.Core.Data;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseDesk.Tests.Web;

/// <summary>Data Protection keys in the database, encrypted at rest: what a restart or a second node relies on.</summary>
public sealed class DataProtectionTests : IAsyncLifetime
{
    private TestDb db = null!;
    private string folder = null!;

    public async Task InitializeAsync()
    {
        db = await TestDb.CreateAsync();
        folder = Directory.CreateTempSubdirectory("casedesk-dp-").FullName;
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ProtectedData_SurvivesARestart_KeysStoredEncryptedInTheDatabase()
    {
        string token;
        using (var first = Provider())
        {
            token = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("rahasia kantor");
        }

        using var second = Provider(); // a restart: new services, same database and key file
        Assert.Equal("rahasia kantor", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token));

        await using var context = await db.Factory.CreateDbContextAsync();
        var stored = Assert.Single(await context.DataProtectionKeys.ToListAsync());
        Assert.Contains("encryptedKey", stored.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", stored.Xml, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, DataProtectionSetup.KeyFileName)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(Path.Combine(folder, DataProtectionSetup.KeyFileName)));
        }
    }

    [Fact]
    public void StoredKeys_WithAnotherKeyEncryptionKey_CannotBeUsed()
    {
        string token;
        using (var first = Provider())
        {
            token = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("rahasia");
        }

        // The database copied elsewhere, without the key file: a different key-encryption key.
        using var stranger = Provider(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        Assert.ThrowsAny<CryptographicException>(() =>
            stranger.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token));
    }

    [Fact]
    public void KeyEncryptionKey_WrongLengthSetting_FailsClearly()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            KeyEncryptionKey.Load(Convert.ToBase64String(new byte[16]), folder));
        Assert.Contains(DataProtectionSetup.SettingName, error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Provider(string? setting = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DataProtectionSetup.SettingName] = setting })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDbContextFactory<CaseDeskDb>>(db.Factory);
        services.AddCaseDeskDataProtection(configuration, folder);
        return services.BuildServiceProvider();
    }
}
