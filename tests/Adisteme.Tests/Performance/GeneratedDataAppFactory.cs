using Adisteme.Bench.Generate;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data;
using Microsoft.AspNetCore.Hosting;

namespace Adisteme.Tests.Performance;

/// <summary>
/// The app over a database filled by the benchmark generator at <see cref="Scale.Tiny"/> (instead of
/// the demo data, which is only written into an empty database), with the benchmark page on.
/// </summary>
public sealed class GeneratedDataAppFactory : AppFactory, IAsyncLifetime
{
    public const int Seed = 42;

    public DatabaseProvider Provider => Enum.Parse<DatabaseProvider>(Database.Provider);

    /// <summary>Fewer hashing rounds, like the rest of the suite; production's count is the generator's default.</summary>
    public static GenerateOptions Options(DatabaseProvider provider, string connectionString) =>
        new(Scale.Tiny, provider, connectionString, Seed, Recreate: false, PasswordIterations: 1000);

    public ValueTask InitializeAsync() => new(Generator.RunAsync(Options(Provider, Database.ConnectionString), TextWriter.Null));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bench:Enabled", "true");
    }
}
