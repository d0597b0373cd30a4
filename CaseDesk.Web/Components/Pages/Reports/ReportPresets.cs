namespace CaseDesk.Web.Components.Pages.Reports;

/// <summary>Quick choices of the reporting period.</summary>
public enum ReportPreset { ThisMonth, LastMonth, ThisQuarter, ThisYear }

/// <summary>The period of each preset on a given office day; running periods end today, not in the future.</summary>
public static class ReportPresets
{
    public static (DateOnly From, DateOnly To) Range(ReportPreset preset, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return preset switch
        {
            ReportPreset.ThisMonth => (month, today),
            ReportPreset.LastMonth => (month.AddMonths(-1), month.AddDays(-1)),
            ReportPreset.ThisQuarter => (new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1), today),
            ReportPreset.ThisYear => (new DateOnly(today.Year, 1, 1), today),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, null),
        };
    }
}
