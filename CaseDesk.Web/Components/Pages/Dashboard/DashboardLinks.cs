using CaseDesk.Core.Cases;
using CaseDesk.Core.Dashboard;
using CaseDesk.Web.Components.Pages.Cases;

namespace CaseDesk.Web.Components.Pages.Dashboard;

/// <summary>
/// The queue behind each figure of the dashboard: the dashboard's filter (regency, kind, sector) plus what the figure
/// counts, as the queue's own URL filter, so the queue lists exactly the cases the figure counted.
/// </summary>
public static class DashboardLinks
{
    /// <summary>Open cases now.</summary>
    public static QueueQuery Open(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return QueueQuery.Default with { Kind = filter.Kind, Sector = filter.Sector, Regency = filter.RegencyCode };
    }

    /// <summary>Open cases past their due date today.</summary>
    public static QueueQuery Overdue(DashboardFilter filter) => Open(filter) with { Due = DueFilter.Overdue };

    /// <summary>Cases registered in the period, whatever their state now.</summary>
    public static QueueQuery Registered(DashboardFilter filter) =>
        Open(filter) with { OpenOnly = false, From = filter.From, To = filter.To };

    /// <summary>Cases closed in the period.</summary>
    public static QueueQuery Closed(DashboardFilter filter) =>
        Open(filter) with { OpenOnly = false, ClosedFrom = filter.From, ClosedTo = filter.To };

    public static QueueQuery Regency(DashboardFilter filter, string code) => Registered(filter) with { Regency = code };

    public static QueueQuery Category(DashboardFilter filter, ComplaintCategory category) =>
        Registered(filter) with { Category = category };

    /// <summary>Cases of one destination country; null for the "other countries" row, which no filter selects.</summary>
    public static QueueQuery? Country(DashboardFilter filter, string code) =>
        code == DashboardQuery.OtherCountriesKey ? null : Registered(filter) with { Country = code };

    public static QueueQuery MonthNew(DashboardFilter filter, MonthTrend month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return Registered(filter) with { From = month.From, To = month.To };
    }

    public static QueueQuery MonthClosed(DashboardFilter filter, MonthTrend month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return Closed(filter) with { ClosedFrom = month.From, ClosedTo = month.To };
    }

    /// <summary>Open cases registered in the bucket's range of dates.</summary>
    public static QueueQuery Age(DashboardFilter filter, AgeBucket bucket)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return Open(filter) with { From = bucket.RegisteredFrom, To = bucket.RegisteredTo };
    }

    /// <summary>An officer's open cases; null for the cases nobody has taken (the queue has no such filter).</summary>
    public static QueueQuery? OfficerOpen(DashboardFilter filter, OfficerLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return load.OfficerId is null ? null : Open(filter) with { Officer = load.OfficerId };
    }

    public static QueueQuery? OfficerOverdue(DashboardFilter filter, OfficerLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return load.OfficerId is null ? null : Overdue(filter) with { Officer = load.OfficerId };
    }

    /// <summary>The queue page for a filter (a relative URL, as the app's other links).</summary>
    public static string Queue(QueueQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = query.ToQueryString();
        return parameters.Length == 0 ? "cases" : $"cases?{parameters}";
    }
}
