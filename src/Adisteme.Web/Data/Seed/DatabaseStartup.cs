using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Data.Seed;

public static class DatabaseStartup
{
    /// <summary>Applies migrations (unless switched off), then writes reference data and, on an empty database, the demo.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (!options.MigrateOnStartup)
        {
            return;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        await ReferenceData.EnsureAsync(db);
        if (app.Configuration.GetValue("Seed:Demo", true) && !await db.Regions.AnyAsync())
        {
            var logins = await DemoData.SeedAsync(scope.ServiceProvider);
            DemoData.Print(logins, app.Logger(), app);
        }
    }

    private static ILogger Logger(this WebApplication app) => app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Adisteme.Demo");
}
