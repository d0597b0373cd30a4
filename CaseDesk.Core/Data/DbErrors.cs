using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Data;

internal static class DbErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Another writer held the database longer than the busy timeout: worth trying again.</summary>
    public static bool IsBusy(Exception e) =>
        e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || (e is DbUpdateException { InnerException: { } inner } && IsBusy(inner));
}
