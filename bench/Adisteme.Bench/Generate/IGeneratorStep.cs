namespace Adisteme.Bench.Generate;

/// <summary>
/// One module's share of the synthetic data. A module that lands adds its step to
/// <see cref="GeneratorSteps.All"/>: it reads what earlier steps made from <see cref="GenerationContext.World"/>,
/// writes its rows with <see cref="GenerationContext.Bulk"/> (ids assigned by the step), and records
/// what later steps need in the world.
/// </summary>
public interface IGeneratorStep
{
    string Name { get; }

    Task RunAsync(GenerationContext context, CancellationToken ct);
}

/// <summary>The steps in the order they run; each may rely on the ones before it.</summary>
public static class GeneratorSteps
{
    public static IReadOnlyList<IGeneratorStep> All { get; } =
    [
        new Steps.HierarchyStep(),
        new Steps.StaffStep(),
        new Steps.LoginsStep(),
        new Steps.AssociationsStep(),
    ];
}
