using Npgsql;
using NpgsqlTypes;

namespace Adisteme.Web.Data.Postgres;

/// <summary>
/// Values for PostgreSQL's binary COPY, in the provider types of the EF model (after its converters;
/// enums as numbers). Shared by the app's bulk path (<see cref="BulkInsert"/>) and the benchmark's generator.
/// </summary>
public static class PostgresCopy
{
    public static NpgsqlDbType TypeOf(Type providerType, string column) => providerType switch
    {
        var t when t == typeof(int) => NpgsqlDbType.Integer,
        var t when t == typeof(long) => NpgsqlDbType.Bigint,
        var t when t == typeof(short) => NpgsqlDbType.Smallint,
        var t when t == typeof(string) => NpgsqlDbType.Text,
        var t when t == typeof(bool) => NpgsqlDbType.Boolean,
        var t when t == typeof(Guid) => NpgsqlDbType.Uuid,
        var t when t == typeof(DateOnly) => NpgsqlDbType.Date,
        var t when t == typeof(DateTime) || t == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
        var t => throw new NotSupportedException($"Column {column}: no COPY mapping for {t.Name}."),
    };

    /// <summary>Synchronous: the importer buffers, and an await per value would cost more than the copy.</summary>
    public static void Write(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type)
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
