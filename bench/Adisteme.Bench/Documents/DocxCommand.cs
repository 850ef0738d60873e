using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Adisteme.Web.Infrastructure.Documents;

namespace Adisteme.Bench.Documents;

/// <summary>
/// <c>docx</c>: the minutes of a school year (<see cref="MinutesYearBenchmark"/>, nine meetings make
/// about 30 A4 pages) rendered in process several times after one warm-up render; the median counts.
/// </summary>
public static class DocxCommand
{
    public const int DefaultMeetings = 9;
    public const int SmokeMeetings = 1;
    public static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    public sealed record DocxOptions(int Meetings, int Runs)
    {
        public static DocxOptions From(Options o) => o.Flag("smoke")
            ? new(SmokeMeetings, 3)
            : new(o.WholeNumber("meetings", DefaultMeetings), o.WholeNumber("runs", 15));
    }

    public sealed record DocxResult(int Bytes, int Paragraphs, IReadOnlyList<TimeSpan> Runs)
    {
        public TimeSpan Median => Runs.Order().ElementAt(Runs.Count / 2);
    }

    /// <summary>The first render (JIT, fonts, resources) is not counted; every later one is.</summary>
    public static DocxResult Measure(int meetings, int runs)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(runs);
        var document = MinutesYearBenchmark.Render(meetings);
        var times = new List<TimeSpan>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            document = MinutesYearBenchmark.Render(meetings);
            times.Add(clock.Elapsed);
        }
        return new DocxResult(document.Length, Paragraphs(document), times);
    }

    /// <summary>Paragraphs in word/document.xml: a check that the document holds what was asked, not an empty shell.</summary>
    public static int Paragraphs(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();
        var count = 0;
        for (var i = xml.IndexOf("<w:p>", StringComparison.Ordinal); i >= 0; i = xml.IndexOf("<w:p>", i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        for (var i = xml.IndexOf("<w:p ", StringComparison.Ordinal); i >= 0; i = xml.IndexOf("<w:p ", i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    public static int Run(DocxOptions options, TextWriter output)
    {
        var result = Measure(options.Meetings, options.Runs);
        var all = string.Join(", ", result.Runs.Select(t => t.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"minutes of {options.Meetings} meetings: {result.Bytes / 1024.0:F0} KiB DOCX, {result.Paragraphs} paragraphs; {options.Runs} runs after one warm-up (ms): {all}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median {result.Median.TotalMilliseconds:F1} ms, max {result.Runs.Max().TotalMilliseconds:F1} ms (target ≤ {Target.TotalMilliseconds:F0} ms: {(result.Median <= Target ? "met" : "MISSED")})"));
        return 0;
    }
}
