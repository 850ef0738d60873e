using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Adisteme.Tests.Import;

/// <summary>
/// Counts the database transactions EF Core commits on one database while it is alive, from EF's
/// diagnostic events, so a test can prove that a request wrote in exactly one transaction.
/// </summary>
public sealed class TransactionCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _connectionString;
    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private int _committed;

    public TransactionCounter(string connectionString)
    {
        _connectionString = connectionString;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Committed => Volatile.Read(ref _committed);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.TransactionCommitted.Name
            && value.Value is TransactionEndEventData data
            && data.Context?.Database.GetConnectionString() is { } used && SameDatabase(used, _connectionString))
        {
            Interlocked.Increment(ref _committed);
        }
    }

    /// <summary>The app adds settings of its own to a PostgreSQL connection string, so compare the database it names.</summary>
    private static bool SameDatabase(string a, string b) => DatabaseOf(a) == DatabaseOf(b);

    private static string DatabaseOf(string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return (builder.TryGetValue("Database", out var database) ? database
            : builder.TryGetValue("Data Source", out var file) ? file
            : connectionString)?.ToString() ?? connectionString;
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
