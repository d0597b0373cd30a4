using CaseDesk.Core.Cases;
using CaseDesk.Core.ServiceLevels;
using CaseDesk.Tests.Support;

namespace CaseDesk.Tests.ServiceLevels;

public sealed class WorkingCalendarTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public async Task LoadAsync_MigratedDatabase_HasThe2026SkbHolidaysAndCollectiveLeave()
    {
        await using var testDb = await TestDb.CreateAsync();
        await using var db = await testDb.Factory.CreateDbContextAsync();
        var calendar = await WorkingCalendar.LoadAsync(db);

        Assert.False(calendar.IsWorkingDay(D(2026, 8, 17)));   // Proklamasi, Monday
        Assert.False(calendar.IsWorkingDay(D(2026, 12, 24)));  // cuti bersama Natal, Thursday
        Assert.False(calendar.IsWorkingDay(D(2027, 1, 1)));    // Friday
        Assert.True(calendar.IsWorkingDay(D(2026, 12, 23)));
        Assert.Equal(17, db.Holidays.Count(h => h.Date.Year == 2026 && !h.IsCollectiveLeave));
        Assert.Equal(8, db.Holidays.Count(h => h.Date.Year == 2026 && h.IsCollectiveLeave));
    }

    [Theory]
    [InlineData(2026, 11, 21, false)] // Saturday
    [InlineData(2026, 11, 22, false)] // Sunday
    [InlineData(2026, 11, 23, true)]  // Monday
    [InlineData(2026, 3, 20, false)]  // cuti bersama Idulfitri, Friday
    [InlineData(2026, 3, 25, true)]   // first working day after Idulfitri
    public void IsWorkingDay_WeekendsHolidaysAndCollectiveLeave(int year, int month, int day, bool expected)
    {
        var calendar = new WorkingCalendar([D(2026, 3, 18), D(2026, 3, 19), D(2026, 3, 20), D(2026, 3, 23), D(2026, 3, 24)]);

        Assert.Equal(expected, calendar.IsWorkingDay(D(year, month, day)));
    }

    [Fact]
    public void AddWorkingDays_FromFriday_SkipsTheWeekend()
    {
        Assert.Equal(D(2026, 11, 25), WorkingCalendar.WeekendsOnly.AddWorkingDays(D(2026, 11, 20), 3));
    }

    [Fact]
    public void AddWorkingDays_AcrossIdulfitriAndCuti_SkipsEveryDayOff()
    {
        var calendar = new WorkingCalendar([D(2026, 3, 18), D(2026, 3, 19), D(2026, 3, 20), D(2026, 3, 23), D(2026, 3, 24)]);

        // Tuesday 17 March + 1 working day: Wednesday to Tuesday are all off.
        Assert.Equal(D(2026, 3, 25), calendar.AddWorkingDays(D(2026, 3, 17), 1));
        Assert.Equal(1, calendar.WorkingDaysBetween(D(2026, 3, 17), D(2026, 3, 25)));
    }

    [Fact]
    public void AddWorkingDays_AcrossTheYearBoundary_SkipsChristmasLeaveAndNewYear()
    {
        var calendar = new WorkingCalendar([D(2026, 12, 24), D(2026, 12, 25), D(2027, 1, 1)]);

        // Wed 23 Dec 2026: Thu, Fri off; Mon 28, Tue 29, Wed 30, Thu 31; Fri 1 Jan off; Mon 4 Jan.
        Assert.Equal(D(2027, 1, 4), calendar.AddWorkingDays(D(2026, 12, 23), 5));
        Assert.Equal(D(2027, 1, 4), calendar.AddWorkingDays(D(2026, 12, 31), 1));
        Assert.Equal(5, calendar.WorkingDaysBetween(D(2026, 12, 23), D(2027, 1, 4)));
    }

    [Fact]
    public void WorkingDaysBetween_Reversed_IsNegative()
    {
        Assert.Equal(-5, WorkingCalendar.WeekendsOnly.WorkingDaysBetween(D(2026, 11, 30), D(2026, 11, 23)));
        Assert.Equal(0, WorkingCalendar.WeekendsOnly.WorkingDaysBetween(D(2026, 11, 23), D(2026, 11, 23)));
        Assert.Equal(D(2026, 11, 23), WorkingCalendar.WeekendsOnly.AddWorkingDays(D(2026, 11, 30), -5));
    }

    [Fact]
    public void OfficeDate_2330Utc_IsTheNextDayInWita()
    {
        // 23:30 UTC on Friday 20 Nov is 07:30 WITA on Saturday 21 Nov.
        var saturday = OfficeTime.DateOf(new DateTime(2026, 11, 20, 23, 30, 0, DateTimeKind.Utc));

        Assert.Equal(D(2026, 11, 21), saturday);
        Assert.False(WorkingCalendar.WeekendsOnly.IsWorkingDay(saturday));
        Assert.Equal(D(2026, 11, 20), OfficeTime.DateOf(new DateTime(2026, 11, 20, 15, 59, 0, DateTimeKind.Utc)));
    }
}
