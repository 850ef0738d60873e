using Npgsql;

namespace Adisteme.Tests.Infrastructure;

/// <summary>
/// Where integration tests keep their data. ADISTEME_TEST_PROVIDER=postgres runs the same suite
/// on PostgreSQL (ADISTEME_TEST_POSTGRES gives the server); a server that cannot be reached fails
/// the tests, it never skips them.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public string Provider { get; }
    public string ConnectionString { get; }
    private readonly string? _postgresName;
    private readonly string? _sqliteFile;

    public static bool IsPostgres => string.Equals(Environment.GetEnvironmentVariable("ADISTEME_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    public TestDatabase()
    {
        if (IsPostgres)
        {
            Provider = "Postgres";
            var server = Environment.GetEnvironmentVariable("ADISTEME_TEST_POSTGRES")
                ?? throw new InvalidOperationException("ADISTEME_TEST_PROVIDER=postgres needs ADISTEME_TEST_POSTGRES (a connection string to the test server).");
            _postgresName = "adisteme_t_" + Guid.NewGuid().ToString("N")[..12];
            using (var admin = new NpgsqlConnection(server))
            {
                admin.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresName}", admin);
                create.ExecuteNonQuery();
            }
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _postgresName }.ConnectionString;
        }
        else
        {
            Provider = "Sqlite";
            _sqliteFile = Path.Combine(Path.GetTempPath(), "adisteme-test-" + Guid.NewGuid().ToString("N") + ".db");
            ConnectionString = $"Data Source={_sqliteFile}";
        }
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("ADISTEME_TEST_POSTGRES"));
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                if (File.Exists(file))
                {
                    File.Delete(file);
                }
            }
        }
    }
}
