using Adisteme.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Adisteme.Web.Data.Postgres;

/// <summary>Production: PostgreSQL through Npgsql.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, IAuditActor actor, TimeProvider time)
    : AppDbContext(options, actor, time);

/// <summary>Used by <c>dotnet ef</c> only; no connection is opened to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=adisteme_design").Options,
            SystemAuditActor.Instance, TimeProvider.System);
}
