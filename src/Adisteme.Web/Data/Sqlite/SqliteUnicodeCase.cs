using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Adisteme.Web.Data.Sqlite;

/// <summary>
/// SQLite's built-in lower() and upper() change ASCII letters only, so a case-insensitive search
/// written as <c>x.ToLower().Contains(term)</c> would miss «Әбдірова» for «әбдір». The SQLite FAQ
/// (q18) advises overloading them with the application's Unicode tables; this does so on every
/// connection, making ToLower() behave as it does on PostgreSQL (a UTF-8 database locale).
/// </summary>
internal sealed class SqliteUnicodeCase : DbConnectionInterceptor
{
    public static readonly SqliteUnicodeCase Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? value) => value?.ToLowerInvariant(), isDeterministic: true);
            sqlite.CreateFunction("upper", (string? value) => value?.ToUpperInvariant(), isDeterministic: true);
        }
    }
}
