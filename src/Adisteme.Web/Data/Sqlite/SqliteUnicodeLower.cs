using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Adisteme.Web.Data.Sqlite;

/// <summary>
/// SQLite's built-in lower() folds ASCII letters only, so <c>name.ToLower().Contains(term)</c> would
/// miss «Серік» for «серік». This replaces it on every connection with .NET's Unicode folding, which
/// matches what PostgreSQL's lower() does, so searches behave the same on both providers.
/// </summary>
public sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
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
            sqlite.CreateFunction<string?, string?>("lower", text => text?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}
