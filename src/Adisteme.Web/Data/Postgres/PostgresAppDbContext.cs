using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Adisteme.Web.Data.Postgres;

/// <summary>Production: PostgreSQL through Npgsql.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options)
    : AppDbContext(options)
{
    /// <summary>
    /// The staff search (Features/Organizations/People) filters with <c>lower(column) LIKE '%term%'</c>;
    /// a B-tree cannot serve that, so PostgreSQL gets trigram matching. EF cannot map an index on
    /// expressions, so the index itself is created in the TrigramPersonSearch migration
    /// (<see cref="TrigramSearchIndex"/>); the model only records the extension it needs.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
    }
}

/// <summary>
/// One multicolumn GIN index over exactly the expressions the staff search compares: each arm of its OR
/// (surname, name, patronymic lower-cased; the IIN as stored) can use it, and PostgreSQL combines them
/// with a BitmapOr instead of scanning every person in scope.
/// </summary>
public static class TrigramSearchIndex
{
    public const string Name = "IX_People_Search_Trigram";

    public const string Create =
        $"""CREATE INDEX "{Name}" ON "People" USING gin (lower("Surname") gin_trgm_ops, lower("Name") gin_trgm_ops, lower("Patronymic") gin_trgm_ops, "Iin" gin_trgm_ops);""";

    public const string Drop = $"""DROP INDEX IF EXISTS "{Name}";""";
}

/// <summary>Used by <c>dotnet ef</c> only; no connection is opened to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=adisteme_design").Options);
}
