using System.Globalization;
using CaseDesk.Core.Cases;
using CaseDesk.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Cases;

/// <summary>Valid intake forms and directly inserted cases for the intake tests.</summary>
internal static class CaseTestData
{
    /// <summary>The TestClock's default instant (2026-11-23 02:00 UTC) is 10:00 WITA on this day.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>A valid form; <paramref name="n"/> makes the worker distinct (NIK serial, passport, name).</summary>
    public static CaseInput Valid(CaseKind kind = CaseKind.Complaint, int n = 1) => new()
    {
        Kind = kind,
        Sector = Sector.Formal,
        WorkerName = $"Wa Ode Siti {n}",
        // Province 74 (Sulawesi Tenggara), regency 14, district 01, born 15-05-1990, female (15 + 40).
        WorkerNik = string.Create(CultureInfo.InvariantCulture, $"741401550590{n:D4}"),
        WorkerPassportNo = string.Create(CultureInfo.InvariantCulture, $"C{n:D7}"),
        WorkerSex = Sex.Female,
        WorkerDateOfBirth = new DateOnly(1990, 5, 15),
        HomeRegencyCode = "7414",
        DepartureDate = new DateOnly(2022, 3, 1),
        DestinationCountryCode = "MY",
        PlacementCompanyName = "PT Maju Jaya Abadi",
        Category = ComplaintCategory.UnpaidWages,
        Channel = IntakeChannel.WalkIn,
        Narrative = "Gaji tidak dibayar selama enam bulan oleh majikan di Johor.",
    };

    /// <summary>Inserts a case directly (bypassing OpenCase), e.g. in a closed state.</summary>
    public static async Task<Case> InsertAsync(IDbContextFactory<CaseDeskDb> factory, string reference,
        Action<Case>? configure = null)
    {
        var c = new Case
        {
            ReferenceNumber = reference,
            Kind = CaseKind.Complaint,
            Sector = Sector.Formal,
            WorkerName = "La Ode Direct",
            WorkerSex = Sex.Male,
            HomeRegencyCode = "7471",
            Category = ComplaintCategory.Other,
            Channel = IntakeChannel.Phone,
            Narrative = "Inserted directly by a test.",
            CreatedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            UpdatedAtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Version = 1,
        };
        configure?.Invoke(c);
        await using var db = await factory.CreateDbContextAsync();
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c;
    }
}

/// <summary>Sets the UI culture for the rest of a test and restores it on dispose.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

    public UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;
}
