using Adisteme.Web.Data;
using Adisteme.Web.Data.Postgres;
using Adisteme.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Bench.Generate;

/// <summary>The app's own context subclasses, so migrations and the model are exactly the app's.</summary>
public static class BenchDb
{
    public static AppDbContext Create(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Postgres => new PostgresAppDbContext(
            new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options),
        _ => new SqliteAppDbContext(
            new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connectionString).Options),
    };
}
