using Adisteme.Web.Data.Postgres;
using Adisteme.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Data;

public static class DataModule
{
    /// <summary>Registers the provider's context and exposes it as <see cref="AppDbContext"/> to the rest of the app.</summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddSingleton<DataChangeVersions>();
        services.AddSingleton<DataChangeInterceptor>();
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContext<PostgresAppDbContext>((sp, o) => o.UseNpgsql(options.ConnectionString)
                    .AddInterceptors(sp.GetRequiredService<DataChangeInterceptor>()));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                break;
            default:
                EnsureSqliteFolder(options.ConnectionString);
                services.AddDbContext<SqliteAppDbContext>((sp, o) => o.UseSqlite(options.ConnectionString)
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
