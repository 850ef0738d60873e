using Adisteme.Web.Data;

namespace Adisteme.Bench.Generate;

public sealed record GenerateOptions(Scale Scale, DatabaseProvider Provider, string ConnectionString, int Seed, bool Recreate, int PasswordIterations)
{
    /// <summary>Production's hashing rounds (ASVS level 2), so signing in costs what it costs in production.</summary>
    public const int ProductionPasswordIterations = 210_000;

    public static GenerateOptions From(Options o) => new(
        Scale.Parse(o.Required("scale")),
        o.Provider(),
        o.Required("connection"),
        o.WholeNumber("seed", 42),
        o.Flag("recreate"),
        o.WholeNumber("password-iterations", ProductionPasswordIterations));
}
