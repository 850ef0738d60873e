namespace Adisteme.Bench.Generate;

public static class RandomExtensions
{
    /// <summary>A version token drawn from the seeded stream, so reruns give identical rows.</summary>
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Picks by weight: <c>[(a, 3), (b, 1)]</c> gives a three times in four.</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = 0.0;
        foreach (var (_, weight) in items)
        {
            total += weight;
        }
        var roll = random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }
        return items[^1].Item;
    }
}
