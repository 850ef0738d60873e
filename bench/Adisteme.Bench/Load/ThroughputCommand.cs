using System.Globalization;

namespace Adisteme.Bench.Load;

/// <summary>
/// Requests per second of each page against the bare page, in one run against one server process,
/// so the machine's noise cancels in the ratio. The bare page is measured first and last; the
/// baseline is their mean, and the drift between them is printed.
/// </summary>
public static class ThroughputCommand
{
    public static async Task<int> RunAsync(LoadOptions options, TextWriter output, CancellationToken ct)
    {
        var wanted = options.Pages.Contains(PageNames.Bare) ? options.Pages : [PageNames.Bare, .. options.Pages];
        var targets = await BenchTargets.ResolveAsync(options.Provider, options.ConnectionString, options.User, wanted, ct);
        output.WriteLine(await Machine.DescribeAsync(options.Provider, options.ConnectionString, ct));
        output.WriteLine(targets.Description);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"closed loop: {options.Connections} connections, {options.Warmup.TotalSeconds:F0}s warm-up + {options.Duration.TotalSeconds:F0}s per page"));

        await using var server = await AppServer.StartAsync(options.AppPath, options.Provider, options.ConnectionString, ct);
        using var client = BenchClient.Create(server.BaseAddress, options.Connections);
        await BenchClient.SignInAsync(client, options.User, options.Password, ct);

        var bare = targets.Pages.Single(p => p.Name == PageNames.Bare);
        var sequence = new List<PageTarget> { bare };
        sequence.AddRange(targets.Pages.Where(p => p.Name != PageNames.Bare));
        sequence.Add(bare);
        // A fresh process is still compiling its hot paths (tiered JIT): one pass over every page first,
        // so the first page measured is not penalised against the last.
        foreach (var page in targets.Pages)
        {
            await LoadRunner.ClosedLoopAsync(client, page, options.Connections, options.Warmup, ct);
        }
        var results = new List<(PageTarget Page, LoadResult Result)>();
        foreach (var page in sequence)
        {
            await LoadRunner.ClosedLoopAsync(client, page, options.Connections, options.Warmup, ct);
            var result = await LoadRunner.ClosedLoopAsync(client, page, options.Connections, options.Duration, ct);
            results.Add((page, result));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {page.Name,-13} {result.Rps,9:F0} req/s  errors {result.ErrorSummary}"));
        }

        var bareFirst = results[0].Result.Rps;
        var bareLast = results[^1].Result.Rps;
        var baseline = (bareFirst + bareLast) / 2;
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bare page: {bareFirst:F0} req/s first, {bareLast:F0} req/s last (drift {(bareLast - bareFirst) / bareFirst:P1}); baseline {baseline:F0} req/s"));
        output.WriteLine();
        output.WriteLine("| page | URL | req/s | ratio to bare | p50 ms | p99 ms | errors |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var (page, result) in results.Skip(1).SkipLast(1))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {page.Name} | `{page.Url}` | {result.Rps:F0} | {result.Rps / baseline:P1} | {result.Percentile(50):F1} | {result.Percentile(99):F1} | {result.ErrorSummary} |"));
        }
        var errors = results.Sum(r => r.Result.Errors);
        if (errors > 0)
        {
            output.WriteLine($"{errors} requests did not answer 200: the figures of those pages are not valid.");
            output.WriteLine("The app's last log lines (warnings and errors):");
            output.WriteLine(server.LogTail());
        }
        return errors == 0 ? 0 : 1;
    }
}
