using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Adisteme.Web.Data;

namespace Adisteme.Bench.Load;

/// <summary>
/// The real app in its own process on 127.0.0.1 (never another address), as production runs it:
/// Release build, Production environment, no demo seeding, warnings-only logging, and the
/// benchmark page switched on.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _log = new();

    public Uri BaseAddress { get; }

    private AppServer(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The Release build next to this repository's bench folder.</summary>
    public static string DefaultAppPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Adisteme.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Adisteme.Web", "bin", "Release", "net10.0", "Adisteme.Web.dll");
            }
        }
        return Path.GetFullPath("src/Adisteme.Web/bin/Release/net10.0/Adisteme.Web.dll");
    }

    public static async Task<AppServer> StartAsync(string appPath, DatabaseProvider provider, string connectionString, CancellationToken ct)
    {
        if (!File.Exists(appPath))
        {
            throw new InvalidOperationException($"{appPath} does not exist: build it first with `dotnet build src/Adisteme.Web -c Release`.");
        }
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        // The project folder is the content root (appsettings.json, wwwroot) when the app is run from its bin folder.
        var projectDir = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(appPath)!, "..", "..", ".."));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = File.Exists(Path.Combine(projectDir, "appsettings.json")) ? projectDir : Path.GetDirectoryName(appPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appPath);
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Seed__Demo"] = "false";
        start.Environment["Bench__Enabled"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new AppServer(process, address);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode}:{Environment.NewLine}{server.LogTail()}");
            }
            try
            {
                using var response = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Probe timed out while the app migrates or warms up.
            }
            await Task.Delay(250, ct);
        }
        await server.DisposeAsync();
        throw new InvalidOperationException("The app did not become ready within 3 minutes:" + Environment.NewLine + server.LogTail());
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Enqueue(line);
            while (_log.Count > 40)
            {
                _log.Dequeue();
            }
        }
    }

    public string LogTail()
    {
        lock (_log)
        {
            return string.Join(Environment.NewLine, _log);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
