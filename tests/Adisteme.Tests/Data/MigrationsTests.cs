using Adisteme.Web.Data;
using Adisteme.Web.Data.Postgres;
using Adisteme.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Data;

/// <summary>
/// Each provider's migration set matches the model: a change to an entity or configuration without
/// <c>scripts/add-migration.sh</c> fails here. No database is needed to compare.
/// </summary>
public sealed class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel_NoPendingChanges()
    {
        using var db = new SqliteAppDbContext(
            new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);

        AssertMatchesModel(db);
    }

    [Fact]
    public void PostgresMigrations_MatchTheModel_NoPendingChanges()
    {
        using var db = new PostgresAppDbContext(
            new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=adisteme_model_check").Options);

        AssertMatchesModel(db);
    }

    private static void AssertMatchesModel(AppDbContext db)
    {
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Associations", StringComparison.Ordinal));
    }
}
