using System.Globalization;
using Adisteme.Bench.Documents;
using Adisteme.Bench.Generate;
using Adisteme.Bench.Import;
using Adisteme.Bench.Load;
using Adisteme.Web.Data;

namespace Adisteme.Bench;

/// <summary>
/// <c>generate</c> fills a database with synthetic data; <c>throughput</c> and <c>latency</c> start the
/// real app on 127.0.0.1 over that database and measure it; <c>import</c> times a staff XLSX import
/// through the app, <c>docx</c> the rendering of a year of minutes. See bench/README.md.
/// </summary>
public static class Cli
{
    public const string Usage = """
        Usage:
          generate   --scale tiny|district|region|national --provider sqlite|postgres --connection "..." [--seed 42] [--recreate]
          throughput --provider ... --connection "..." [--user centre.1] [--pages bare,home,organization,staff,search]
                     [--connections 16] [--seconds 10] [--warmup 15] [--app path/to/Adisteme.Web.dll]
          latency    --provider ... --connection "..." [--user centre.1] [--pages home,organization,staff,search]
                     [--rate 200] [--seconds 60] [--warmup 5] [--app path/to/Adisteme.Web.dll]
          import     --provider ... --connection "..." (its database is DROPPED and recreated) [--rows 20000 [--files 1] | --smoke]
                     [--user director.1] [--seed 42] [--app path/to/Adisteme.Web.dll]
          docx       [--meetings 9] [--runs 15] | --smoke
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        try
        {
            var options = Options.Parse(args.Skip(1));
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            switch (args[0])
            {
                case "generate":
                    await Generator.RunAsync(GenerateOptions.From(options), output, cancel.Token);
                    return 0;
                case "throughput":
                    return await ThroughputCommand.RunAsync(LoadOptions.From(options, PageNames.All, defaultSeconds: 10, defaultWarmup: 15), output, cancel.Token);
                case "latency":
                    return await LatencyCommand.RunAsync(LoadOptions.From(options, PageNames.Real, defaultSeconds: 60, defaultWarmup: 5), output, cancel.Token);
                case "import":
                    return await ImportCommand.RunAsync(ImportCommand.ImportOptions.From(options), output, cancel.Token);
                case "docx":
                    return DocxCommand.Run(DocxCommand.DocxOptions.From(options), output);
                default:
                    output.WriteLine($"Unknown command '{args[0]}'.");
                    output.WriteLine(Usage);
                    return 2;
            }
        }
        catch (ArgumentException e)
        {
            output.WriteLine(e.Message);
            output.WriteLine(Usage);
            return 2;
        }
        catch (InvalidOperationException e)
        {
            output.WriteLine(e.Message);
            return 1;
        }
    }
}

/// <summary>"--name value" pairs and bare "--flag"s.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{list[i]}'.");
            }
            var name = list[i][2..];
            var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
            options._values[name] = hasValue ? list[++i] : null;
        }
        return options;
    }

    public bool Flag(string name) => _values.ContainsKey(name);

    public string? Text(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) => Text(name) ?? throw new ArgumentException($"--{name} is required.");

    public int WholeNumber(string name, int fallback) => Text(name) is { } v
        ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"--{name} must be a positive whole number.")
        : fallback;

    public double Number(string name, double fallback) => Text(name) is { } v
        ? double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"--{name} must be a positive number.")
        : fallback;

    public DatabaseProvider Provider() => Required("provider").ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        var other => throw new ArgumentException($"Unknown provider '{other}' (sqlite or postgres)."),
    };
}
