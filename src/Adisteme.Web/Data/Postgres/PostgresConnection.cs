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
    /// session state, so a connection returned to the pool needs no reset round trip.
    /// </summary>
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
        return builder.ConnectionString;
    }
}
