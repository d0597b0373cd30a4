using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using CaseDesk.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseDesk.Web.Hosting;

/// <summary>
/// Data Protection keys live in the database (<see cref="DataProtectionKey"/>), so a restart or a second node keeps
/// users signed in, and are encrypted at rest with AES-256-GCM under a key-encryption key kept outside the database:
/// the setting <c>DataProtection:KeyEncryptionKey</c> (base64, 32 bytes; for Production, from a secret store or
/// environment variable), else a file created once next to the database (owner-only permissions on Linux). A copied
/// database alone then reveals no key.
/// </summary>
public static class DataProtectionSetup
{
    public const string KeyFileName = "dataprotection.kek";
    public const string SettingName = "DataProtection:KeyEncryptionKey";

    public static IServiceCollection AddCaseDeskDataProtection(this IServiceCollection services,
        IConfiguration configuration, string dataFolder)
    {
        var kek = KeyEncryptionKey.Load(configuration[SettingName], dataFolder);
        services.AddSingleton(kek);
        services.AddDataProtection().SetApplicationName("CaseDesk");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IDbContextFactory<CaseDeskDb>>());
            o.XmlEncryptor = new AesGcmXmlEncryptor(kek);
        }));
        return services;
    }
}

/// <summary>The 32-byte key that encrypts the Data Protection keys.</summary>
public sealed class KeyEncryptionKey(byte[] key)
{
    internal byte[] Key { get; } = key.Length == 32
        ? key
        : throw new InvalidOperationException($"{DataProtectionSetup.SettingName} must be 32 bytes (base64).");

    public static KeyEncryptionKey Load(string? setting, string dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(setting))
        {
            try
            {
                return new KeyEncryptionKey(Convert.FromBase64String(setting.Trim()));
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException($"{DataProtectionSetup.SettingName} is not valid base64.", e);
            }
        }

        var path = Path.Combine(dataFolder, DataProtectionSetup.KeyFileName);
        if (File.Exists(path))
        {
            return new KeyEncryptionKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }

        Directory.CreateDirectory(dataFolder);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, Encoding.ASCII, options))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        return new KeyEncryptionKey(key);
    }
}

/// <summary>Keys as rows; Data Protection calls this synchronously and rarely (start-up, key rotation).</summary>
internal sealed class DatabaseXmlRepository(IDbContextFactory<CaseDeskDb> dbFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = dbFactory.CreateDbContext();
        return [.. db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable()
            .Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = dbFactory.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey
        {
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        db.SaveChanges();
    }
}

internal sealed class AesGcmXmlEncryptor(KeyEncryptionKey kek) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(kek.Key, tag.Length))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        CryptographicOperations.ZeroMemory(plain);
        var element = new XElement("encryptedKey",
            new XComment(" Encrypted with CaseDesk's key-encryption key (AES-256-GCM). "),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }
}

/// <summary>Created by Data Protection from the type name stored with each key, hence the service-provider
/// constructor.</summary>
internal sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var kek = services.GetRequiredService<KeyEncryptionKey>();
        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var cipher = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(kek.Key, tag.Length))
        {
            aes.Decrypt(nonce, cipher, tag, plain);
        }

        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
