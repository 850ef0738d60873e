using System.Globalization;

namespace Adisteme.Bench.Load;

/// <summary>
/// Latency at a fixed rate across a mix of pages (open loop; see <see cref="LoadRunner"/>). A warm-up
/// at the same rate runs first and is not counted.
/// </summary>
public static class LatencyCommand
{
    public static async Task<int> RunAsync(LoadOptions options, TextWriter output, CancellationToken ct)
    {
        var targets = await BenchTargets.ResolveAsync(options.Provider, options.ConnectionString, options.User, options.Pages, ct);
        output.WriteLine(await Machine.DescribeAsync(options.Provider, options.ConnectionString, ct));
        output.WriteLine(targets.Description);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"open loop: {options.Rate:F0} req/s for {options.Duration.TotalSeconds:F0}s after {options.Warmup.TotalSeconds:F0}s warm-up, mix {string.Join(", ", targets.Pages.Select(p => p.Name))} in equal shares"));

        await using var server = await AppServer.StartAsync(options.AppPath, options.Provider, options.ConnectionString, ct);
        using var client = BenchClient.Create(server.BaseAddress, int.MaxValue);
        await BenchClient.SignInAsync(client, options.User, options.Password, ct);

        await LoadRunner.OpenLoopAsync(client, targets.Pages, options.Rate, options.Warmup, ct);
        var result = await LoadRunner.OpenLoopAsync(client, targets.Pages, options.Rate, options.Duration, ct);

        output.WriteLine();
        output.WriteLine("| page | requests | p50 ms | p95 ms | p99 ms | max ms | errors |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var part in targets.Pages.Select(p => result.For(p.Name)).Append(result))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {(part == result ? "**all**" : part.Name)} | {part.Samples.Count} | {part.Percentile(50):F1} | {part.Percentile(95):F1} | {part.Percentile(99):F1} | {part.Percentile(100):F1} | {part.ErrorSummary} |"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Samples.Count} requests sent on schedule; the last answer came {result.Elapsed.TotalSeconds:F1}s after the first request left"));
        if (result.Errors > 0)
        {
            output.WriteLine("The app's last log lines (warnings and errors):");
            output.WriteLine(server.LogTail());
        }
        return result.Errors == 0 ? 0 : 1;
    }
}
