namespace Adisteme.Bench.Generate;

/// <summary>
/// How much to generate. Staff is about 53 per organization, the national average
/// (400,000 teachers in 7,500 organizations). Regions are split between the two countries by
/// their share of schools (Kazakhstan about 7,500, Kyrgyzstan about 2,300).
/// </summary>
public sealed record Scale(string Name, int KazakhRegions, int KyrgyzRegions, int DistrictsPerRegion, int Organizations, int Staff)
{
    public static readonly Scale Tiny = new("tiny", 1, 1, 1, 8, 200);
    public static readonly Scale District = new("district", 1, 0, 1, 40, 2_130);
    public static readonly Scale Region = new("region", 1, 0, 16, 600, 32_000);
    public static readonly Scale National = new("national", 15, 5, 10, 7_500, 400_000);

    public static IReadOnlyList<Scale> All { get; } = [Tiny, District, Region, National];

    public int Regions => KazakhRegions + KyrgyzRegions;
    public int Districts => Regions * DistrictsPerRegion;

    public static Scale Parse(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown scale '{name}' ({string.Join(", ", All.Select(s => s.Name))}).");
}
