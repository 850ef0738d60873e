using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Adisteme.Web.Infrastructure.Documents;

public enum PdfConversionStatus
{
    Converted,

    /// <summary>Neither soffice nor libreoffice is on the PATH (Debian: libreoffice-writer-nogui).</summary>
    NotInstalled,

    TimedOut,

    Failed,
}

/// <summary>The outcome of a conversion; the caller words the message for the user.</summary>
public sealed record PdfConversion(PdfConversionStatus Status, byte[]? Pdf = null, string? Detail = null)
{
    public const string ContentType = "application/pdf";

    public bool Succeeded => Status == PdfConversionStatus.Converted;
}

/// <summary>Makes a PDF from a DOCX written by the document writers.</summary>
public interface IPdfConverter
{
    Task<PdfConversion> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default);
}

/// <summary>
/// Runs LibreOffice headless: <c>soffice --headless --convert-to pdf --outdir DIR FILE</c>. Each
/// running conversion has its own LibreOffice profile, because two instances sharing one profile
/// hand their work to each other or fail; profiles are reused so only the first run pays for
/// creating one.
/// </summary>
public sealed class LibreOfficePdfConverter : IPdfConverter, IDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly string[] ProgramNames = ["soffice", "libreoffice"];

    private readonly string? _executable;
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<string> _profiles = [];
    private readonly string _workRoot = Path.Combine(Path.GetTempPath(), "adisteme-pdf-" + Guid.NewGuid().ToString("N"));

    /// <param name="executable">LibreOffice's program; null finds soffice or libreoffice on the PATH.</param>
    /// <param name="timeout">How long one conversion may take before it is stopped.</param>
    /// <param name="parallel">How many conversions may run at once.</param>
    public LibreOfficePdfConverter(string? executable = null, TimeSpan? timeout = null, int parallel = 2)
    {
        _executable = executable;
        _timeout = timeout ?? DefaultTimeout;
        _slots = new SemaphoreSlim(Math.Max(1, parallel));
    }

    /// <summary>The first of soffice, libreoffice found on the PATH, or null.</summary>
    public static string? FindOnPath()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return ProgramNames
            .SelectMany(name => directories.Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }

    public async Task<PdfConversion> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default)
    {
        var executable = _executable ?? FindOnPath();
        if (executable is null || !File.Exists(executable))
        {
            return new PdfConversion(PdfConversionStatus.NotInstalled, Detail: "LibreOffice is not installed.");
        }

        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var profile = _profiles.TryTake(out var reused) ? reused : Path.Combine(_workRoot, "profile-" + Guid.NewGuid().ToString("N"));
        var work = Path.Combine(_workRoot, "job-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(work);
            var input = Path.Combine(work, "document.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken).ConfigureAwait(false);
            var failure = await RunAsync(executable, profile, work, input, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure;
            }
            var output = Path.Combine(work, "document.pdf");
            return File.Exists(output)
                ? new PdfConversion(PdfConversionStatus.Converted, await File.ReadAllBytesAsync(output, cancellationToken).ConfigureAwait(false))
                : new PdfConversion(PdfConversionStatus.Failed, Detail: "LibreOffice wrote no PDF.");
        }
        finally
        {
            _profiles.Add(profile);
            _slots.Release();
            TryDelete(work);
        }
    }

    private async Task<PdfConversion?> RunAsync(string executable, string profile, string work, string input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = work,
        };
        foreach (var argument in new[]
        {
            "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
            "--convert-to", "pdf", "--outdir", work, input,
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            // Found but not runnable (no execute permission, wrong architecture).
            return new PdfConversion(PdfConversionStatus.Failed, Detail: $"{executable}: {e.Message}");
        }
        using var process = started ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stop the LibreOffice we started (and its children), not anyone else's.
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended on its own between the deadline and the kill.
            }
            cancellationToken.ThrowIfCancellationRequested();
            return new PdfConversion(PdfConversionStatus.TimedOut, Detail: string.Create(CultureInfo.InvariantCulture, $"LibreOffice took longer than {_timeout.TotalSeconds:0} s."));
        }
        var output = (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false));
        return process.ExitCode == 0
            ? null
            : new PdfConversion(PdfConversionStatus.Failed, Detail: $"LibreOffice exited with {process.ExitCode}: {output.Trim()}");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the conversion's result is what matters.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose()
    {
        _slots.Dispose();
        TryDelete(_workRoot);
    }
}
