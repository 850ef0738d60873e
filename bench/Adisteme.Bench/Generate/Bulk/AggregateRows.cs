using Microsoft.EntityFrameworkCore.Metadata;

namespace Adisteme.Bench.Generate.Bulk;

/// <summary>
/// Turns aggregates built through the domain's own methods (so every rule holds, as it does for a
/// user) into bulk rows: it walks each aggregate along the EF model's navigations, gives every new row
/// its key, sets the foreign keys EF would set on save (shadow ones of owned types included), and
/// writes the rows table by table in foreign-key order. Keys the domain generates itself
/// (<c>Guid.NewGuid()</c> for item and decision keys) are replaced from the seeded stream, so the rows
/// stay deterministic.
/// </summary>
public sealed class AggregateRows(BulkWriter bulk)
{
    private Dictionary<IEntityType, List<object>> _rows = [];
    private readonly Dictionary<IEntityType, int> _lastId = [];
    private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Guid, Guid> _keys = [];
    private Random _random = new(0);

    private IModel Model => bulk.Model;

    /// <summary>The random stream new version tokens and replaced keys are drawn from (one per region).</summary>
    public void UseRandom(Random random) => _random = random;

    /// <summary>Reserves the next key of <typeparamref name="T"/>, for an aggregate other aggregates must point at before it is written.</summary>
    public int NextId<T>() => NextId(Model.FindEntityType(typeof(T))!);

    public void Add(object aggregate) => Visit(Model.FindEntityType(aggregate.GetType())!, aggregate);

    /// <summary>Takes everything added so far as one batch to write; adding goes on into a new one.</summary>
    public IReadOnlyDictionary<IEntityType, List<object>> TakeBatch()
    {
        var batch = _rows;
        _rows = [];
        _visited.Clear();
        _keys.Clear();
        return batch;
    }

    /// <summary>Writes a batch, principals before dependents. Safe to run while the next batch is being built (one write at a time).</summary>
    public async Task<long> WriteAsync(IReadOnlyDictionary<IEntityType, List<object>> batch, CancellationToken ct)
    {
        long rows = 0;
        foreach (var type in InDependencyOrder(batch.Keys))
        {
            rows += await bulk.WriteAsync(type, batch[type], ct);
        }
        return rows;
    }

    private int NextId(IEntityType type)
    {
        var id = _lastId.GetValueOrDefault(type) + 1;
        _lastId[type] = id;
        return id;
    }

    private void Visit(IEntityType type, object entity)
    {
        if (!_visited.Add(entity))
        {
            return;
        }
        // A principal held by this row (a plan version's or minutes' approval route) is written first.
        foreach (var navigation in type.GetNavigations().Where(n => n.IsOnDependent))
        {
            if (navigation.GetGetter().GetClrValueUsingContainingEntity(entity) is { } principal)
            {
                Visit(navigation.TargetEntityType, principal);
                SetForeignKey(navigation.ForeignKey, entity, principal);
            }
        }
        AssignKey(type, entity);
        foreach (var property in type.GetProperties().Where(p => p.ClrType == typeof(Guid) && !p.IsConcurrencyToken))
        {
            var value = (Guid)property.GetGetter().GetClrValueUsingContainingEntity(entity)!;
            if (value != Guid.Empty)
            {
                if (!_keys.TryGetValue(value, out var replacement))
                {
                    replacement = _random.NextGuid();
                    _keys[value] = replacement;
                }
                Set(property, entity, replacement);
            }
        }
        if (entity is Adisteme.Web.Data.IVersioned versioned)
        {
            versioned.Version = _random.NextGuid();
        }
        if (!_rows.TryGetValue(type, out var list))
        {
            _rows[type] = list = [];
        }
        list.Add(entity);
        foreach (var navigation in type.GetNavigations().Where(n => !n.IsOnDependent))
        {
            var value = navigation.GetGetter().GetClrValueUsingContainingEntity(entity);
            IEnumerable<object> children = value switch
            {
                null => [],
                System.Collections.IEnumerable many when navigation.IsCollection => many.Cast<object>(),
                _ => [value],
            };
            foreach (var child in children)
            {
                SetForeignKey(navigation.ForeignKey, child, entity);
                Visit(navigation.TargetEntityType, child);
            }
        }
    }

    private void AssignKey(IEntityType type, object entity)
    {
        if (type.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key] || (key.ClrType != typeof(int) && key.ClrType != typeof(long)))
        {
            return;
        }
        var current = Convert.ToInt64(Get(key, entity), System.Globalization.CultureInfo.InvariantCulture);
        if (current == 0)
        {
            var id = NextId(type);
            Set(key, entity, key.ClrType == typeof(long) ? (object)(long)id : id);
        }
    }

    private static void SetForeignKey(IForeignKey foreignKey, object dependent, object principal)
    {
        for (var i = 0; i < foreignKey.Properties.Count; i++)
        {
            Set(foreignKey.Properties[i], dependent, Get(foreignKey.PrincipalKey.Properties[i], principal));
        }
    }

    private static object? Get(IProperty property, object entity) =>
        property.IsShadowProperty() ? ShadowValues.Get(entity, property.Name) : property.GetGetter().GetClrValueUsingContainingEntity(entity);

    private static void Set(IProperty property, object entity, object? value)
    {
        if (property.IsShadowProperty())
        {
            ShadowValues.Set(entity, property.Name, value);
        }
        else if (property.PropertyInfo is { } info && info.GetSetMethod(nonPublic: true) is not null)
        {
            info.SetValue(entity, value);
        }
        else
        {
            (property.FieldInfo ?? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} cannot be set.")).SetValue(entity, value);
        }
    }

    /// <summary>Principals first: a table is written once every table it references (other than itself) is.</summary>
    private static List<IEntityType> InDependencyOrder(IEnumerable<IEntityType> types)
    {
        var pending = types.ToList();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || !pending.Contains(fk.PrincipalEntityType))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("Foreign keys form a cycle among " + string.Join(", ", pending.Select(t => t.DisplayName())));
            }
            ordered.AddRange(ready.OrderBy(t => t.DisplayName(), StringComparer.Ordinal));
            pending.RemoveAll(ready.Contains);
        }
        return ordered;
    }
}

/// <summary>Values of shadow properties (the owner key of owned rows), which have no CLR property to hold them.</summary>
public static class ShadowValues
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Dictionary<string, object?>> s_values = new();

    public static void Set(object entity, string property, object? value) => s_values.GetOrCreateValue(entity)[property] = value;

    public static object? Get(object entity, string property) =>
        s_values.TryGetValue(entity, out var values) && values.TryGetValue(property, out var value) ? value : null;
}
