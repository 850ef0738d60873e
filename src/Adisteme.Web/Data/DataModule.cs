using Adisteme.Web.Data.Postgres;
using Adisteme.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Data;

public static class DataModule
{
    /// <summary>
    /// Registers the provider's context, pooled, and exposes it as <see cref="AppDbContext"/> to the rest of
    /// the app. Pooling keeps a context's internal services between requests: building them anew was
    /// about a tenth of a simple page's processor time (bench/results.md, fifth round).
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<DataChangeVersions>();
        services.AddSingleton<DataChangeInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PostgresAppDbContext>((sp, o) => o.UseNpgsql(PostgresConnection.WithDefaults(options.ConnectionString))
                    .AddInterceptors(sp.GetRequiredService<DataChangeInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                break;
            default:
                EnsureSqliteFolder(options.ConnectionString);
                services.AddDbContextPool<SqliteAppDbContext>((sp, o) => o.UseSqlite(options.ConnectionString)
                    .AddInterceptors(SqliteUnicodeCase.Instance, sp.GetRequiredService<DataChangeInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
        }
        return services;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
