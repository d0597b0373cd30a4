using CaseDesk.Core.Cases;

namespace CaseDesk.Core.ServiceLevels;

/// <summary>The clocks a case runs against; see <see cref="ServiceLevelClock"/> for when each runs.</summary>
public enum ServiceLevelTarget
{
    /// <summary>Verification started (Intake left) within N working days of intake.</summary>
    StartVerification,
    /// <summary>Clarification answered (Verification left) within N working days of entering Verification.</summary>
    Clarification,
    /// <summary>A complaint or mediation resolved within N working days of the worker's identity being verified.</summary>
    Resolution,
}

/// <summary>The configuration section "ServiceLevels": working days per target, with optional per-kind overrides
/// (0 switches a target off for that kind).</summary>
public sealed class ServiceLevelOptions
{
    public const string Section = "ServiceLevels";

    /// <summary>Binding from configuration replaces single entries and keeps the defaults of the others.</summary>
    public Dictionary<ServiceLevelTarget, int> WorkingDays { get; set; } = new()
    {
        [ServiceLevelTarget.StartVerification] = 3,
        [ServiceLevelTarget.Clarification] = 15,
        [ServiceLevelTarget.Resolution] = 60,
    };

    /// <summary>E.g. <c>"Kinds": { "Repatriation": { "StartVerification": 1 } }</c>.</summary>
    public Dictionary<CaseKind, Dictionary<ServiceLevelTarget, int>> Kinds { get; set; } = [];

    /// <summary>The target in working days for a kind, or null when the target does not apply.</summary>
    public int? DaysFor(ServiceLevelTarget target, CaseKind kind)
    {
        var days = Kinds.TryGetValue(kind, out var own) && own.TryGetValue(target, out var specific) ? specific
            : WorkingDays.TryGetValue(target, out var general) ? general
            : 0;
        return days > 0 ? days : null;
    }
}
