using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseDesk.Core.Data;

internal static class DbErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>Another writer held the database longer than the busy timeout: worth trying again.</summary>
    public static bool IsBusy(Exception e) =>
        e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || (e is DbUpdateException { InnerException: { } inner } && IsBusy(inner));

    /// <summary>A unique index refused the row: another writer inserted the same thing first.</summary>
    public static bool IsUniqueViolation(Exception e) =>
        e is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey }
        || e is DbException { SqlState: "23505" } // PostgreSQL's unique_violation
        || (e is DbUpdateException { InnerException: { } inner } && IsUniqueViolation(inner));
}
