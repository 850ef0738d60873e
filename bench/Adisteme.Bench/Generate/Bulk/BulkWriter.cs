using Adisteme.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Adisteme.Bench.Generate.Bulk;

/// <summary>
/// The provider's fastest path for many rows, all inside one transaction: PostgreSQL binary COPY,
/// SQLite multi-row prepared inserts. Ids come from the generator; <see cref="CompleteAsync"/> moves
/// the id sequences past them and commits.
/// </summary>
public abstract class BulkWriter(IModel model) : IAsyncDisposable
{
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<BulkTable> _tables = [];

    public IReadOnlyDictionary<string, long> RowsWritten => _rows;

    /// <summary>The app's EF model the tables and columns are read from.</summary>
    public IModel Model => model;

    /// <summary>Tables written so far, for sequence resets and statistics.</summary>
    protected IReadOnlyCollection<BulkTable> TablesWritten => _tables;

    public static async Task<BulkWriter> OpenAsync(DatabaseProvider provider, string connectionString, IModel model, CancellationToken ct)
    {
        BulkWriter writer = provider == DatabaseProvider.Postgres
            ? new PostgresBulkWriter(connectionString, model)
            : new SqliteBulkWriter(connectionString, model);
        await writer.OpenAsync(ct);
        return writer;
    }

    /// <summary>Writes the entities' mapped columns (navigations are ignored).</summary>
    public Task<long> WriteAsync<T>(IEnumerable<T> entities, CancellationToken ct) where T : class => WriteAsync(BulkTable.For(model, typeof(T)), entities, ct);

    /// <summary>Writes entities of <paramref name="type"/> (owned types included: their shadow owner keys come from <see cref="ShadowValues"/>).</summary>
    public Task<long> WriteAsync(IEntityType type, IEnumerable<object> entities, CancellationToken ct) => WriteAsync(BulkTable.For(type), entities, ct);

    private async Task<long> WriteAsync(BulkTable table, IEnumerable<object> entities, CancellationToken ct)
    {
        _tables.Add(table);
        var count = await WriteRowsAsync(table, entities, ct);
        _rows[table.Name] = _rows.GetValueOrDefault(table.Name) + count;
        return count;
    }

    /// <summary>Sets one column of one row by its single key, for the few links made after the rows were written.</summary>
    public Task UpdateAsync<T>(object key, string property, object? value, CancellationToken ct) where T : class
    {
        var table = BulkTable.For(model, typeof(T));
        var entity = model.FindEntityType(typeof(T))!;
        var keyColumn = table.Columns.Single(c => c.Name == entity.FindPrimaryKey()!.Properties.Single().GetColumnName());
        var column = table.Columns.Single(c => c.Name == entity.FindProperty(property)!.GetColumnName());
        return UpdateRowAsync(table, keyColumn, key, column, value, ct);
    }

    protected abstract Task OpenAsync(CancellationToken ct);

    protected abstract Task<long> WriteRowsAsync(BulkTable table, IEnumerable<object> rows, CancellationToken ct);

    protected abstract Task UpdateRowAsync(BulkTable table, BulkColumn keyColumn, object key, BulkColumn column, object? value, CancellationToken ct);

    /// <summary>Moves id sequences past the generated ids, commits, and brings planner statistics up to date.</summary>
    public abstract Task CompleteAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    protected static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
