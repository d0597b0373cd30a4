namespace CaseDesk.Core.Audit;

/// <summary>
/// Who is acting and from where, for the audit rows written by <see cref="AuditInterceptor"/>. The web layer sets
/// <see cref="Current"/> around each request and each circuit activity; Core actions need no extra parameters.
/// Ambient (AsyncLocal) rather than scoped because <c>IDbContextFactory</c> contexts are not created in a DI scope.
/// </summary>
public sealed record AuditScope(string? UserId, string? UserName, string? IpAddress)
{
    private static readonly AsyncLocal<AuditScope?> Ambient = new();

    public static AuditScope? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>Sets <see cref="Current"/> until the returned handle is disposed (then restores the previous one).</summary>
    public static IDisposable Begin(AuditScope scope)
    {
        var previous = Ambient.Value;
        Ambient.Value = scope;
        return new Restore(previous);
    }

    /// <summary>Makes <paramref name="actor"/> the one who acts (keeping the address) for a Core action whose
    /// entities do not record their author.</summary>
    public static IDisposable ForActor(Accounts.Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Begin(new AuditScope(actor.UserId, actor.DisplayName, Current?.IpAddress));
    }

    /// <summary>An address cut to the column's length (IPv6 with a zone can be long).</summary>
    public static string? TrimIp(string? ip) =>
        ip is { Length: > AuditEntry.IpAddressMaxLength } ? ip[..AuditEntry.IpAddressMaxLength] : ip;

    private sealed class Restore(AuditScope? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
