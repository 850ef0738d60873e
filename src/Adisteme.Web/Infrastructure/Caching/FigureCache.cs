using Microsoft.Extensions.Caching.Memory;

namespace Adisteme.Web.Infrastructure.Caching;

/// <summary>
/// Figures that are expensive to compute and need not be live to the second (a scope's counts, a district's
/// bodies evaluated): kept in memory for <see cref="Lifetime"/> under a key that names the scope and the
/// <see cref="DataChangeVersions"/> of the entity types they are made of, so a write of one of those types in
/// this process shows on the next view. Other app nodes see it within <see cref="Lifetime"/>. Cache numbers and
/// ids, not text: text is rendered per request in the user's language.
/// </summary>
public sealed class FigureCache(IMemoryCache cache, DataChangeVersions versions)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <param name="key">What the figure is and whose: the scope's ids (and the day, when it depends on today).</param>
    /// <param name="feeds">The entity types the figure is computed from.</param>
    /// <param name="compute">Computes the figure when it is not cached (it must hold no text in the user's language).</param>
    public async Task<T> GetOrAddAsync<T>(string key, IReadOnlyCollection<Type> feeds, Func<Task<T>> compute)
    {
        // The version is read before computing: a write committed meanwhile moves it on, so a figure computed
        // from the older rows can only be stored under a key no later request asks for.
        var versioned = $"{key}@{versions.Of(feeds).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (cache.TryGetValue(versioned, out T? hit))
        {
            return hit!;
        }
        var value = await compute();
        cache.Set(versioned, value, Lifetime);
        return value;
    }
}
