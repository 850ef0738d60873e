using Adisteme.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Adisteme.BrowserTests;

/// <summary>
/// The real app on a real port (Kestrel) with the demo data, and Debian's Chromium driven by
/// Playwright. Playwright cannot download browsers here, so it is launched by executable path.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private readonly KestrelAppFactory _factory = new();
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var chromium = Environment.GetEnvironmentVariable("ADISTEME_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}; scripts/test.sh installs Debian's chromium package.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (own cookies) with the given Accept-Language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "kk-KZ")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, BaseURL = BaseUrl, AcceptDownloads = true });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Reads the app's database (the demo data's names and ids; journeys write only through the pages).</summary>
    public Task<T> WithDbAsync<T>(Func<Adisteme.Web.Data.AppDbContext, Task<T>> action) => _factory.WithDbAsync(action);

    public static async Task SignInAsync(IPage page, string userName, string? password = null)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Input_UserName", userName);
        await page.FillAsync("#Input_Password", password ?? TestClient.DemoPassword);
        await page.ClickAsync("form.stack button[type=submit]");
        // Waiting only until the next page's response arrives: waiting for its "load" event as well once timed out in CI
        // after the page had gone quiet (Playwright logged "NetworkIdle"), a wait race rather than a slow page; every
        // later step waits for what it needs itself.
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        await _factory.DisposeAsync();
    }

    private sealed class KestrelAppFactory : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }
    }
}
