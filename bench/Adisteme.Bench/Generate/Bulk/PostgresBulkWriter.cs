using Adisteme.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Adisteme.Bench.Generate.Bulk;

/// <summary>Binary COPY on one connection inside one transaction.</summary>
public sealed class PostgresBulkWriter(string connectionString, IModel model) : BulkWriter(model)
{
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;

    private NpgsqlConnection Connection => _connection ?? throw new InvalidOperationException("Not open.");

    protected override async Task OpenAsync(CancellationToken ct)
    {
        _connection = new NpgsqlConnection(connectionString);
        await _connection.OpenAsync(ct);
        _transaction = await _connection.BeginTransactionAsync(ct);
        // The rows are consistent by construction (ids assigned by the generator, principals written first), so a
        // superuser skips the per-row foreign-key triggers for this transaction only, as pg_restore --disable-triggers
        // does: at national scale they are most of the load time. The constraints stay defined and enforced for the app.
        await using var super = new NpgsqlCommand("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", _connection, _transaction);
        if (await super.ExecuteScalarAsync(ct) is true)
        {
            await using var replica = new NpgsqlCommand("SET LOCAL session_replication_role = replica", _connection, _transaction);
            await replica.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>
    /// Secondary indexes of the tables written (not those backing primary keys), dropped before the first COPY into
    /// a table and built again at the end in the same transaction: one sorted build is far cheaper than millions of
    /// index insertions. Unique indexes are checked when they are built, so a duplicate still fails the whole load.
    /// </summary>
    private readonly Dictionary<string, List<string>> _deferredIndexes = new(StringComparer.Ordinal);

    private async Task DeferIndexesAsync(BulkTable table, CancellationToken ct)
    {
        if (_deferredIndexes.ContainsKey(table.Name))
        {
            return;
        }
        var indexes = new List<(string Name, string Definition)>();
        await using (var read = new NpgsqlCommand("""
            SELECT ci.relname, pg_get_indexdef(ci.oid) FROM pg_index x
            JOIN pg_class ci ON ci.oid = x.indexrelid JOIN pg_class ct ON ct.oid = x.indrelid
            WHERE ct.relname = @table AND ct.relnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
            """, Connection, _transaction))
        {
            read.Parameters.AddWithValue("table", table.Name);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, _) in indexes)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX {Quote(name)}", Connection, _transaction);
            await drop.ExecuteNonQueryAsync(ct);
        }
        _deferredIndexes[table.Name] = indexes.Select(i => i.Definition).ToList();
    }

    protected override async Task<long> WriteRowsAsync(BulkTable table, IEnumerable<object> rows, CancellationToken ct)
    {
        await DeferIndexesAsync(table, ct);
        var columns = table.Columns;
        var types = columns.Select(c => TypeOf(c)).ToArray();
        var copy = $"COPY {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        long count = 0;
        await using (var importer = await Connection.BeginBinaryImportAsync(copy, ct))
        {
            foreach (var row in rows)
            {
                importer.StartRow();
                for (var i = 0; i < columns.Count; i++)
                {
                    PostgresCopy.Write(importer, columns[i].Read(row), types[i]);
                }
                count++;
            }
            await importer.CompleteAsync(ct);
        }
        return count;
    }

    protected override async Task UpdateRowAsync(BulkTable table, BulkColumn keyColumn, object key, BulkColumn column, object? value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"UPDATE {Quote(table.Name)} SET {Quote(column.Name)} = @value WHERE {Quote(keyColumn.Name)} = @key", Connection, _transaction);
        command.Parameters.Add(new NpgsqlParameter("value", TypeOf(column)) { Value = value ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("key", TypeOf(keyColumn)) { Value = key });
        if (await command.ExecuteNonQueryAsync(ct) != 1)
        {
            throw new InvalidOperationException($"No row {key} in {table.Name}.");
        }
    }

    public override async Task CompleteAsync(CancellationToken ct)
    {
        await using (var memory = new NpgsqlCommand("SET LOCAL maintenance_work_mem = '256MB'", Connection, _transaction))
        {
            await memory.ExecuteNonQueryAsync(ct);
        }
        foreach (var definition in _deferredIndexes.Values.SelectMany(d => d))
        {
            await using var build = new NpgsqlCommand(definition, Connection, _transaction) { CommandTimeout = 0 };
            await build.ExecuteNonQueryAsync(ct);
        }
        foreach (var table in TablesWritten.Where(t => t.GeneratedKey is not null))
        {
            // setval(NULL) on an empty table is a no-op: the function is strict.
            var sql = $"SELECT setval(pg_get_serial_sequence('{Quote(table.Name)}', '{table.GeneratedKey}'), MAX({Quote(table.GeneratedKey!)})) FROM {Quote(table.Name)}";
            await using var command = new NpgsqlCommand(sql, Connection, _transaction);
            await command.ExecuteNonQueryAsync(ct);
        }
        await _transaction!.CommitAsync(ct);
        _transaction = null;
        // What autovacuum would do shortly after a load of this size: fresh statistics for the planner
        // and a visibility map for index-only scans, so the first benchmark does not measure a cold table.
        foreach (var table in TablesWritten)
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM (ANALYZE) {Quote(table.Name)}", Connection);
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync(ct);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private static NpgsqlDbType TypeOf(BulkColumn column) => PostgresCopy.TypeOf(column.ProviderType, column.Name);
}
