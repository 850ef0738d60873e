using System.Diagnostics;
using Adisteme.Web.Infrastructure.Documents;

namespace Adisteme.Tests.Documents;

/// <summary>
/// Real LibreOffice (scripts/test.sh installs libreoffice-writer-nogui and poppler-utils): without
/// it these tests fail rather than skip.
/// </summary>
public sealed class PdfConversionTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("adisteme-pdf-test-").FullName;

    [Fact]
    public async Task ConvertAsync_YearOfMinutes_PdfHasEveryMeetingInKazakh()
    {
        using var converter = new LibreOfficePdfConverter();

        var result = await converter.ConvertAsync(MinutesYearBenchmark.Render(9), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, $"{result.Status}: {result.Detail}");
        var pdf = Path.Combine(_scratch, "minutes.pdf");
        await File.WriteAllBytesAsync(pdf, result.Pdf!, TestContext.Current.CancellationToken);
        var text = await RunAsync("pdftotext", "-layout", pdf, "-");
        Assert.All(Enumerable.Range(1, 9), n => Assert.Contains($"№ {n} ХАТТАМАСЫ", text, StringComparison.Ordinal));
        Assert.Contains("«05» қыркүйек 2025 ж.", text, StringComparison.Ordinal);
        Assert.Contains("Тыңдалды:", text, StringComparison.Ordinal);
        Assert.Contains("Төрағасы:", text, StringComparison.Ordinal);
        // Nine meetings fill about thirty A4 pages, each meeting from a new page.
        var info = await RunAsync("pdfinfo", pdf);
        var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pages, 25, 40);
    }

    [Fact]
    public async Task ConvertAsync_ProgramMissing_NotInstalled()
    {
        using var converter = new LibreOfficePdfConverter(Path.Combine(_scratch, "no-such-soffice"));

        var result = await converter.ConvertAsync(MinutesYearBenchmark.Render(1), TestContext.Current.CancellationToken);

        Assert.Equal(PdfConversionStatus.NotInstalled, result.Status);
        Assert.Null(result.Pdf);
    }

    [Fact]
    public async Task ConvertAsync_ProgramHangs_StoppedAtTimeout()
    {
        var program = Script("hang", "sleep 60");
        using var converter = new LibreOfficePdfConverter(program, TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        var result = await converter.ConvertAsync([1, 2, 3], TestContext.Current.CancellationToken);

        Assert.Equal(PdfConversionStatus.TimedOut, result.Status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ConvertAsync_ProgramFails_FailedWithExitCode()
    {
        var program = Script("fail", "echo 'broken document' >&2; exit 3");
        using var converter = new LibreOfficePdfConverter(program);

        var result = await converter.ConvertAsync([1, 2, 3], TestContext.Current.CancellationToken);

        Assert.Equal(PdfConversionStatus.Failed, result.Status);
        Assert.Contains("3", result.Detail, StringComparison.Ordinal);
        Assert.Contains("broken document", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAsync_ProgramNotExecutable_Failed()
    {
        var program = Path.Combine(_scratch, "not-executable");
        await File.WriteAllTextAsync(program, "#!/bin/sh\n", TestContext.Current.CancellationToken);
        using var converter = new LibreOfficePdfConverter(program);

        var result = await converter.ConvertAsync([1, 2, 3], TestContext.Current.CancellationToken);

        Assert.Equal(PdfConversionStatus.Failed, result.Status);
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(_scratch, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        // The suites run on Linux only (scripts/test.sh).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);
}
