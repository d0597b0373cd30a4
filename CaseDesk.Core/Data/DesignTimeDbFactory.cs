using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseDesk.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web app.</summary>
internal sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<CaseDeskDb>
{
    public CaseDeskDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CaseDeskDb>().UseSqlite("Data Source=design.db").Options);
}
