namespace CaseDesk.Core.Data;

/// <summary>One ASP.NET Core Data Protection key (the keys that sign the sign-in cookie and antiforgery tokens), kept
/// in the database so a restart or a second node keeps users signed in. <see cref="Xml"/> holds the key encrypted by
/// the web host's key-encryption key, never in the clear.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
