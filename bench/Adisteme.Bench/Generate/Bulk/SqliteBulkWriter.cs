using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Adisteme.Bench.Generate.Bulk;

/// <summary>
/// Multi-row prepared INSERTs inside one transaction. Parameters are made by the model's type
/// mappings, so values are stored exactly as EF stores them (Guids and dates as text).
/// </summary>
public sealed class SqliteBulkWriter(string connectionString, IModel model) : BulkWriter(model)
{
    /// <summary>SQLite's classic limit on parameters per statement, kept for old builds.</summary>
    private const int MaxParameters = 999;
    private const int MaxRowsPerStatement = 100;

    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;
    private readonly Dictionary<(BulkTable, int), SqliteCommand> _inserts = [];

    private SqliteConnection Connection => _connection ?? throw new InvalidOperationException("Not open.");

    protected override async Task OpenAsync(CancellationToken ct)
    {
        _connection = new SqliteConnection(connectionString);
        await _connection.OpenAsync(ct);
        _transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(ct);
    }

    protected override Task<long> WriteRowsAsync(BulkTable table, IEnumerable<object> rows, CancellationToken ct)
    {
        var columns = table.Columns;
        var perStatement = Math.Max(1, Math.Min(MaxRowsPerStatement, MaxParameters / columns.Count));
        var batch = new List<object>(perStatement);
        long count = 0;
        foreach (var row in rows)
        {
            batch.Add(row);
            if (batch.Count == perStatement)
            {
                count += Execute(table, batch, ct);
                batch.Clear();
            }
        }
        // The remainder goes row by row with the one-row statement rather than preparing one statement per size.
        foreach (var row in batch)
        {
            count += Execute(table, [row], ct);
        }
        return Task.FromResult(count);
    }

    private int Execute(BulkTable table, List<object> rows, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var command = Insert(table, rows.Count);
        var columns = table.Columns;
        var p = 0;
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                command.Parameters[p++].Value = column.Read(row) ?? DBNull.Value;
            }
        }
        command.ExecuteNonQuery();
        return rows.Count;
    }

    private SqliteCommand Insert(BulkTable table, int rowCount)
    {
        if (_inserts.TryGetValue((table, rowCount), out var existing))
        {
            return existing;
        }
        var command = Connection.CreateCommand();
        command.Transaction = _transaction;
        var values = new List<string>(rowCount);
        for (var r = 0; r < rowCount; r++)
        {
            var names = new List<string>(table.Columns.Count);
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var name = $"@p{r}_{c}";
                names.Add(name);
                command.Parameters.Add(table.Columns[c].Mapping.CreateParameter(command, name, null, nullable: true));
            }
            values.Add("(" + string.Join(", ", names) + ")");
        }
        command.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) VALUES {string.Join(", ", values)}";
        command.Prepare();
        _inserts[(table, rowCount)] = command;
        return command;
    }

    protected override async Task UpdateRowAsync(BulkTable table, BulkColumn keyColumn, object key, BulkColumn column, object? value, CancellationToken ct)
    {
        await using var command = Connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"UPDATE {Quote(table.Name)} SET {Quote(column.Name)} = @value WHERE {Quote(keyColumn.Name)} = @key";
        command.Parameters.Add(column.Mapping.CreateParameter(command, "@value", value, nullable: true));
        command.Parameters.Add(keyColumn.Mapping.CreateParameter(command, "@key", key, nullable: false));
        if (await command.ExecuteNonQueryAsync(ct) != 1)
        {
            throw new InvalidOperationException($"No row {key} in {table.Name}.");
        }
    }

    /// <summary>AUTOINCREMENT keys follow explicit ids by themselves (sqlite_sequence), so there is no sequence to move.</summary>
    public override async Task CompleteAsync(CancellationToken ct)
    {
        await _transaction!.CommitAsync(ct);
        _transaction = null;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (DbCommand command in _inserts.Values)
        {
            await command.DisposeAsync();
        }
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
