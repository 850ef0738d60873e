using System.Diagnostics;
using System.Globalization;
using Adisteme.Bench.Generate.Bulk;

namespace Adisteme.Bench.Generate;

/// <summary>What every step gets: the scale, its own deterministic randomness, the bulk writer and the shared world.</summary>
public sealed class GenerationContext(GenerateOptions options, BulkWriter bulk, World world, TextWriter output, Stopwatch clock)
{
    /// <summary>
    /// The date the data is generated "as of". Fixed, not the clock, so a seed always gives the same rows;
    /// it matches the tests' fake clock.
    /// </summary>
    public static readonly DateOnly Today = new(2026, 11, 20);

    public Scale Scale => options.Scale;
    public GenerateOptions Options => options;
    public BulkWriter Bulk => bulk;
    public World World => world;

    /// <summary>
    /// A random stream for one purpose (and one part of it, e.g. a region), independent of how many
    /// numbers other steps drew: adding a module's step never changes the rows of the steps before it.
    /// </summary>
    public Random RandomFor(string purpose, int part = 0) => new(StableSeed(options.Seed, purpose, part));

    public void Progress(string step, FormattableString message) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,7:F1}s] {step}: ") + message.ToString(CultureInfo.InvariantCulture));

    /// <summary>FNV-1a over the seed, purpose and part: string.GetHashCode differs between processes.</summary>
    private static int StableSeed(int seed, string purpose, int part)
    {
        var hash = 2166136261u;
        void Mix(int value)
        {
            for (var i = 0; i < 4; i++)
            {
                hash = (hash ^ (byte)(value >> (8 * i))) * 16777619u;
            }
        }
        Mix(seed);
        foreach (var c in purpose)
        {
            Mix(c);
        }
        Mix(part);
        return (int)(hash & 0x7FFFFFFF);
    }
}
