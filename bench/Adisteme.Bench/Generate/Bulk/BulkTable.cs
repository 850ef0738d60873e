using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Adisteme.Bench.Generate.Bulk;

/// <summary>
/// An entity's table as the app's EF model maps it: table and column names, and each column's
/// value in the provider's type (enums as numbers, through the model's own converters). Reading
/// the model instead of naming columns by hand keeps the generator in step with every migration.
/// </summary>
public sealed class BulkTable
{
    private static readonly ConcurrentDictionary<IEntityType, BulkTable> s_cache = new();

    public string Name { get; }
    public IReadOnlyList<BulkColumn> Columns { get; }
    /// <summary>The single database-generated key column, whose sequence is moved past the ids the generator assigned.</summary>
    public string? GeneratedKey { get; }

    private BulkTable(IEntityType entity)
    {
        Name = entity.GetTableName() ?? throw new InvalidOperationException($"{entity.DisplayName()} is not mapped to a table.");
        Columns = entity.GetProperties().Select(p => new BulkColumn(p)).ToList();
        var key = entity.FindPrimaryKey()?.Properties;
        GeneratedKey = key is [{ ValueGenerated: ValueGenerated.OnAdd } k] && (k.ClrType == typeof(int) || k.ClrType == typeof(long))
            ? k.GetColumnName()
            : null;
    }

    public static BulkTable For(IModel model, Type type) =>
        For(model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity of the model."));

    /// <summary>By entity type: an owned type used by two navigations maps to two tables.</summary>
    public static BulkTable For(IEntityType entity) => s_cache.GetOrAdd(entity, e => new BulkTable(e));
}

public sealed class BulkColumn
{
    private readonly IProperty _property;
    private readonly Func<object?, object?>? _toProvider;

    public string Name { get; }
    public RelationalTypeMapping Mapping { get; }
    /// <summary>The CLR type written to the database (after any converter), never nullable.</summary>
    public Type ProviderType { get; }

    public BulkColumn(IProperty property)
    {
        _property = property;
        Name = property.GetColumnName();
        Mapping = property.GetRelationalTypeMapping();
        var converter = property.GetValueConverter() ?? Mapping.Converter;
        _toProvider = converter?.ConvertToProvider;
        var type = converter?.ProviderClrType ?? property.ClrType;
        ProviderType = Nullable.GetUnderlyingType(type) ?? type;
        if (ProviderType.IsEnum)
        {
            // No converter in the model: EF stores the enum's number.
            ProviderType = Enum.GetUnderlyingType(ProviderType);
        }
    }

    public object? Read(object entity)
    {
        var value = _property.IsShadowProperty() ? ShadowValues.Get(entity, _property.Name) : _property.GetGetter().GetClrValueUsingContainingEntity(entity);
        if (value is null)
        {
            return null;
        }
        if (_toProvider is not null)
        {
            return _toProvider(value);
        }
        return value is Enum e ? Convert.ChangeType(e, ProviderType, System.Globalization.CultureInfo.InvariantCulture) : value;
    }
}
