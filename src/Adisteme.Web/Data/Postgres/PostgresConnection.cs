using System.Data.Common;
using Npgsql;

namespace Adisteme.Web.Data.Postgres;

/// <summary>
/// Connection settings the app relies on for speed, applied only where the operator's connection string
/// says nothing about them (an explicit value always wins).
/// </summary>
public static class PostgresConnection
{
    /// <summary>
    /// Automatic preparation: the statements a page runs again and again (grants, scope filters, counts)
    /// are parsed and planned once per pooled connection instead of on every request. The app sets no
    /// session state, so a connection returned to the pool needs no reset round trip. The pool is bounded (<see cref="MaxPoolSize"/>).
    /// </summary>
    /// <summary>
    /// Npgsql's default (100) equals PostgreSQL's default max_connections: under a burst the app alone opened
    /// them all and answered 500 ("too many clients") while a few dozen backends were already more than the
    /// cores could run. With this bound a burst waits for a free connection in the app instead. A request
    /// holds a connection only while a command runs, so 30 serve many more concurrent requests.
    /// </summary>
    public const int MaxPoolSize = 30;

    public static string WithDefaults(string connectionString)
    {
        // Npgsql's own builder answers every known keyword as present, so read what was written with the plain one.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()).ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("MAXAUTOPREPARE"))
        {
            builder.MaxAutoPrepare = 200;
        }
        if (!given.Contains("AUTOPREPAREMINUSAGES"))
        {
            builder.AutoPrepareMinUsages = 2;
        }
        if (!given.Contains("NORESETONCLOSE"))
        {
            builder.NoResetOnClose = true;
        }
        if (!given.Contains("MAXIMUMPOOLSIZE") && !given.Contains("MAXPOOLSIZE"))
        {
            builder.MaxPoolSize = MaxPoolSize;
        }
        return builder.ConnectionString;
    }
}
