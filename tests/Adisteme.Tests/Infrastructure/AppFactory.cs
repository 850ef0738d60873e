using Adisteme.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Adisteme.Tests.Infrastructure;

/// <summary>
/// The real application over a fresh database with the demo data: Kostanay region, its schools
/// and one login per role (see DemoData). One factory per test class; intent helpers on
/// <see cref="TestClient"/>.
/// </summary>
public class AppFactory : WebApplicationFactory<Adisteme.Web.SharedResource>
{
    public TestDatabase Database { get; } = new();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 4, 0, 0, TimeSpan.Zero));
    private readonly string _files = Path.Combine(Path.GetTempPath(), "adisteme-files-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Dozens of test hosts start and stop; config file watchers would exhaust the inotify limit.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Files:Root", _files);
        // Fewer hashing rounds keep sign-ins fast in tests; production's 210,000 is proved by a unit test.
        builder.UseSetting("Security:PasswordIterations", "1000");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    public TestClient CreateTestClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Runs <paramref name="action"/> with a fresh context, outside any request.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Database.Dispose();
        if (Directory.Exists(_files))
        {
            Directory.Delete(_files, recursive: true);
        }
        GC.SuppressFinalize(this);
    }
}
