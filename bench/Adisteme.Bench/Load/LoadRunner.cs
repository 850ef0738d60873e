using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Adisteme.Bench.Load;

public sealed record PageTarget(string Name, string Url);

/// <summary>One request: when it finished relative to when it was due, and how it ended ("200", "404", "timeout"…).</summary>
public readonly record struct Sample(string Page, double LatencyMs, string Outcome)
{
    public bool Ok => Outcome == "200";
}

/// <summary>Samples of one page or one run, with the figures the reports print.</summary>
public sealed class LoadResult(string name, IReadOnlyList<Sample> samples, TimeSpan elapsed)
{
    public string Name { get; } = name;
    public IReadOnlyList<Sample> Samples { get; } = samples;
    public TimeSpan Elapsed { get; } = elapsed;
    public int Ok => Samples.Count(s => s.Ok);
    public int Errors => Samples.Count - Ok;
    /// <summary>Successful requests per second.</summary>
    public double Rps => Ok / Elapsed.TotalSeconds;

    /// <summary>Error outcomes with their counts, e.g. "404×120, timeout×2".</summary>
    public string ErrorSummary => Errors == 0 ? "0" : string.Create(CultureInfo.InvariantCulture,
        $"{Errors} ({string.Join(", ", Samples.Where(s => !s.Ok).GroupBy(s => s.Outcome).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}×{g.Count()}"))})");

    /// <summary>Nearest-rank percentile of all samples' latency, errors included: a fast 404 is not a fast page.</summary>
    public double Percentile(double p)
    {
        if (Samples.Count == 0)
        {
            return double.NaN;
        }
        var sorted = Samples.Select(s => s.LatencyMs).Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public LoadResult For(string page) => new(page, Samples.Where(s => s.Page == page).ToList(), Elapsed);
}

/// <summary>
/// The two load shapes. Closed loop: N workers each send the next request when the last one is
/// answered, which measures capacity (requests per second). Open loop: requests leave on a fixed
/// schedule whatever the server does, and latency counts from the moment a request was due, so a
/// slow server cannot hide its queue (no coordinated omission).
/// </summary>
public static class LoadRunner
{
    public static async Task<LoadResult> ClosedLoopAsync(HttpClient client, PageTarget page, int connections, TimeSpan duration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            var samples = new List<Sample>();
            while (clock.Elapsed < duration && !ct.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                var outcome = await SendAsync(client, page.Url, ct);
                samples.Add(new Sample(page.Name, (clock.Elapsed - started).TotalMilliseconds, outcome));
            }
            return samples;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(s => s).ToList();
        return new LoadResult(page.Name, all, clock.Elapsed);
    }

    public static async Task<LoadResult> OpenLoopAsync(HttpClient client, IReadOnlyList<PageTarget> mix, double rate, TimeSpan duration, CancellationToken ct)
    {
        var total = (int)Math.Round(rate * duration.TotalSeconds);
        var samples = new Sample[total];
        var inFlight = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, ct);
            }
            var index = i;
            var page = mix[i % mix.Count];
            inFlight.Add(Task.Run(async () =>
            {
                var outcome = await SendAsync(client, page.Url, ct);
                samples[index] = new Sample(page.Name, (clock.Elapsed - due).TotalMilliseconds, outcome);
            }, ct));
        }
        await Task.WhenAll(inFlight);
        return new LoadResult("mix", samples, clock.Elapsed);
    }

    /// <summary>GETs the page and reads the whole body, as a browser would.</summary>
    public static async Task<string> SendAsync(HttpClient client, string url, CancellationToken ct)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct);
            return response.StatusCode == HttpStatusCode.OK ? "200" : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return "timeout";
        }
        catch (HttpRequestException e)
        {
            return e.HttpRequestError.ToString();
        }
    }
}
