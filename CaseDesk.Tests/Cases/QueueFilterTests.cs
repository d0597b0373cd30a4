using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;
using CaseDesk.Web.Components.Pages.Cases;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Tests.Cases;

/// <summary>The filters the dashboard drills down with, checked against LINQ-to-objects over the same demo cases.</summary>
public sealed class QueueFilterTests(SeededCases seeded) : IClassFixture<SeededCases>
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task Apply_SectorAndCountry_MatchesObjects()
    {
        var country = seeded.Cases.Where(c => c.DestinationCountryCode is not null)
            .GroupBy(c => c.DestinationCountryCode!).OrderByDescending(g => g.Count()).First().Key;
        var filter = new CaseQueueFilter { Sector = Sector.IndividualEmployer, CountryCode = country };

        var ids = await IdsAsync(filter);

        var expected = seeded.Cases.Where(c => c.Sector == Sector.IndividualEmployer && c.DestinationCountryCode == country)
            .Select(c => c.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Apply_CreatedRange_UsesOfficeDatesInclusive()
    {
        var dates = seeded.Cases.Select(c => OfficeTime.DateOf(c.CreatedAtUtc)).Distinct().Order().ToList();
        var from = dates[dates.Count / 3];
        var to = dates[2 * dates.Count / 3];

        var ids = await IdsAsync(new CaseQueueFilter { CreatedFrom = from, CreatedTo = to });

        var expected = seeded.Cases.Where(c => OfficeTime.DateOf(c.CreatedAtUtc) >= from
                && OfficeTime.DateOf(c.CreatedAtUtc) <= to)
            .Select(c => c.Id).Order().ToList();
        Assert.True(expected.Count > 1);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Apply_ClosedRange_OnlyClosedCasesInRange()
    {
        var closed = seeded.Cases.Where(c => c.ClosedAtUtc is not null).ToList();
        Assert.NotEmpty(closed);
        var from = closed.Min(c => OfficeTime.DateOf(c.ClosedAtUtc!.Value));
        var to = from.AddDays(60);

        var ids = await IdsAsync(new CaseQueueFilter { ClosedFrom = from, ClosedTo = to });

        var expected = closed.Where(c => OfficeTime.DateOf(c.ClosedAtUtc!.Value) <= to).Select(c => c.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void QueueQuery_RoundTripsThroughTheQueryString()
    {
        var query = QueueQuery.Default with
        {
            Kind = CaseKind.Complaint,
            Regency = "74.14",
            Sector = Sector.ShipCrew,
            Country = "MY",
            Officer = "user-1",
            From = new DateOnly(2026, 1, 1),
            To = new DateOnly(2026, 6, 30),
            ClosedFrom = new DateOnly(2026, 2, 1),
            ClosedTo = new DateOnly(2026, 3, 31),
            OpenOnly = false,
            Due = DueFilter.Overdue,
        };

        var pairs = query.ToQueryString().Split('&').Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        var parsed = QueueQuery.FromQuery(name => pairs.GetValueOrDefault(name));

        Assert.Equal(query, parsed);
        Assert.Equal("2026-01-01", pairs["from"]);
        Assert.Equal("false", pairs["open"]);
    }

    [Fact]
    public void QueueQuery_MalformedValues_AreIgnored()
    {
        var values = new Dictionary<string, string>
        {
            ["kind"] = "7",
            ["sector"] = "Nope",
            ["from"] = "31/12/2026",
            ["open"] = "maybe",
            ["regency"] = "  ",
        };

        var parsed = QueueQuery.FromQuery(name => values.GetValueOrDefault(name));

        Assert.Equal(QueueQuery.Default, parsed);
    }

    [Fact]
    public void QueueQuery_MineWinsOverOfficer()
    {
        var filter = (QueueQuery.Default with { Mine = true, Officer = "someone-else" }).ToFilter("me");
        Assert.Equal("me", filter.AssignedToUserId);
        Assert.Equal("someone-else", (QueueQuery.Default with { Officer = "someone-else" }).ToFilter("me").AssignedToUserId);
    }

    private async Task<List<int>> IdsAsync(CaseQueueFilter filter)
    {
        await using var db = await seeded.Db.Factory.CreateDbContextAsync();
        return await CaseQueries.Apply(db.Cases.AsNoTracking(), filter, Today, WorkingCalendar.WeekendsOnly)
            .Select(c => c.Id).OrderBy(id => id).ToListAsync();
    }
}
