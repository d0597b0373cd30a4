using System.Text.Json;
using System.Text.Json.Serialization;
using CaseDesk.Core.Closures;

namespace CaseDesk.Core.Cases;

/// <summary>
/// The data a workflow step recorded (settlement, referral, rejection reason, arrival, hand-over), kept on the step's
/// timeline event so the history shows what was decided at the time, even if the case is reopened and changed later.
/// Stored as JSON in <see cref="CaseEvent.Data"/>; displayed in the reader's language.
/// </summary>
public sealed record StepFacts
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public long? SettlementAmount { get; init; }
    public string? MediationTerms { get; init; }
    public ReferralTarget? ReferralTarget { get; init; }
    public string? ReferralDetail { get; init; }
    public RejectionReason? RejectionReason { get; init; }
    public DateTime? ArrivalAtUtc { get; init; }
    public string? ArrivalPoint { get; init; }
    public string? HandedOverTo { get; init; }
    /// <summary>The Pasal 30 ground of an administrative closure, and its code as printed at the time.</summary>
    public AdministrativeClosureReason? ClosureReason { get; init; }
    public string? ClosureCode { get; init; }

    [JsonIgnore]
    public bool IsEmpty => this == new StepFacts();

    /// <summary>JSON for storage, or null when the step recorded nothing.</summary>
    public string? Serialize() => IsEmpty ? null : JsonSerializer.Serialize(this, Json);

    /// <summary>The stored facts; null for no data or text that is not (or no longer) readable.</summary>
    public static StepFacts? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StepFacts>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
