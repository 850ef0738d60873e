using System.Collections.Concurrent;
using System.Reflection;

namespace Adisteme.Bench.Generate.Bulk;

/// <summary>
/// Sets the key of an entity whose <c>Id</c> has a private setter: the generator assigns ids itself so
/// rows can point at each other without reading anything back, and the bulk writer moves each
/// sequence past them at the end.
/// </summary>
public static class BulkIds
{
    private static readonly ConcurrentDictionary<Type, Delegate> s_setters = new();

    public static T WithId<T>(this T entity, int id) where T : class
    {
        var setter = (Action<T, int>)s_setters.GetOrAdd(typeof(T), t =>
        {
            var method = t.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)?.GetSetMethod(nonPublic: true)
                ?? throw new InvalidOperationException($"{t.Name} has no settable int Id.");
            return method.CreateDelegate<Action<T, int>>();
        });
        setter(entity, id);
        return entity;
    }
}
