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
    }

    protected override async Task<long> WriteRowsAsync(BulkTable table, IEnumerable<object> rows, CancellationToken ct)
    {
        var columns = table.Columns;
        var types = columns.Select(c => TypeOf(c)).ToArray();
        var copy = $"COPY {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        long count = 0;
        await using (var importer = await Connection.BeginBinaryImportAsync(copy, ct))
        {
            foreach (var row in rows)
            {
                // Synchronous writes: the importer buffers, and an await per value would cost more than the copy.
                importer.StartRow();
                for (var i = 0; i < columns.Count; i++)
                {
                    Write(importer, columns[i].Read(row), types[i]);
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

    private static NpgsqlDbType TypeOf(BulkColumn column) => column.ProviderType switch
    {
        var t when t == typeof(int) => NpgsqlDbType.Integer,
        var t when t == typeof(long) => NpgsqlDbType.Bigint,
        var t when t == typeof(short) => NpgsqlDbType.Smallint,
        var t when t == typeof(string) => NpgsqlDbType.Text,
        var t when t == typeof(bool) => NpgsqlDbType.Boolean,
        var t when t == typeof(Guid) => NpgsqlDbType.Uuid,
        var t when t == typeof(DateOnly) => NpgsqlDbType.Date,
        var t when t == typeof(DateTime) || t == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        var t => throw new NotSupportedException($"Column {column.Name}: no COPY mapping for {t.Name}."),
    };

    private static void Write(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type)
    {
        switch (value)
        {
            case null: importer.WriteNull(); break;
            case int v: importer.Write(v, type); break;
            case long v: importer.Write(v, type); break;
            case short v: importer.Write(v, type); break;
            case string v: importer.Write(v, type); break;
            case bool v: importer.Write(v, type); break;
            case Guid v: importer.Write(v, type); break;
            case DateOnly v: importer.Write(v, type); break;
            case DateTime v: importer.Write(v, type); break;
            case DateTimeOffset v: importer.Write(v, type); break;
            default: throw new NotSupportedException($"No COPY mapping for {value.GetType().Name}.");
        }
    }
}
