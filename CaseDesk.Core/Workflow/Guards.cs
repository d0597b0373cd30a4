using CaseDesk.Core.Accounts;
using CaseDesk.Core.Cases;

namespace CaseDesk.Core.Workflow;

/// <summary>
/// The pure guard conditions of the workflows. The English description is what Stateless reports and what the
/// README diagrams show; <see cref="Localize"/> turns it into the text the user reads.
/// </summary>
internal static class Guards
{
    internal sealed record Guard<T>(string Description, string ResourceKey, Func<T, bool> IsMet)
    {
        public Tuple<Func<bool>, string> On(T subject) => Tuple.Create<Func<bool>, string>(() => IsMet(subject), Description);
    }

    public static readonly Guard<Case> IdentityVerified =
        new("worker identity verified", "Guard_IdentityVerified", c => c.IdentityVerifiedAtUtc is not null);

    // The three respondent guards sit on one StartMediation transition and each holds trivially outside its own
    // sector: Stateless reports the union of unmet guards of every candidate transition of a trigger, so a guard per
    // sector branch would show a formal-sector case the individual-employer requirements (and vice versa).
    public static readonly Guard<Case> PlacementCompanyRecorded =
        new("placement company (P3MI) recorded", "Guard_PlacementCompanyRecorded",
            c => c.Sector != Sector.Formal || Filled(c.PlacementCompanyName));

    public static readonly Guard<Case> EmployerAndRepresentationRecorded =
        new("employer and KBRI/KJRI recorded", "Guard_EmployerAndRepresentationRecorded",
            c => c.Sector != Sector.IndividualEmployer || (Filled(c.EmployerName) && Filled(c.Representation)));

    public static readonly Guard<Case> RespondentRecorded =
        new("respondent recorded", "Guard_RespondentRecorded",
            c => c.Sector is Sector.Formal or Sector.IndividualEmployer
                || Filled(c.PlacementCompanyName) || Filled(c.EmployerName));

    public static readonly Guard<Case> MediationAgreementRecorded =
        new("mediation outcome recorded", "Guard_MediationOutcomeRecorded",
            c => c.MediationOutcome == MediationOutcome.Agreement);

    public static readonly Guard<Case> ReferralTargetRecorded =
        new("referral target recorded", "Guard_ReferralTargetRecorded", c => c.ReferralTarget is not null);

    public static readonly Guard<Case> DestinationCountryRecorded =
        new("destination country recorded", "Guard_DestinationCountryRecorded", c => Filled(c.DestinationCountryCode));

    public static readonly Guard<Case> ArrivalRecorded =
        new("arrival date recorded", "Guard_ArrivalRecorded", c => c.ArrivalAtUtc is not null);

    public static readonly Guard<Actor> Supervisor =
        new("user is a supervisor", "Guard_Supervisor", a => a.IsSupervisor);

    private static readonly Dictionary<string, string> ResourceKeys = new[]
    {
        (IdentityVerified.Description, IdentityVerified.ResourceKey),
        (PlacementCompanyRecorded.Description, PlacementCompanyRecorded.ResourceKey),
        (EmployerAndRepresentationRecorded.Description, EmployerAndRepresentationRecorded.ResourceKey),
        (RespondentRecorded.Description, RespondentRecorded.ResourceKey),
        (MediationAgreementRecorded.Description, MediationAgreementRecorded.ResourceKey),
        (ReferralTargetRecorded.Description, ReferralTargetRecorded.ResourceKey),
        (DestinationCountryRecorded.Description, DestinationCountryRecorded.ResourceKey),
        (ArrivalRecorded.Description, ArrivalRecorded.ResourceKey),
        (Supervisor.Description, Supervisor.ResourceKey),
    }.ToDictionary(p => p.Item1, p => p.Item2);

    public static IReadOnlyCollection<string> Descriptions => ResourceKeys.Keys;

    /// <summary>The guard description in the current UI culture.</summary>
    public static string Localize(string description) =>
        ResourceKeys.TryGetValue(description, out var key) ? WorkflowText.Get(key) : description;

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}
