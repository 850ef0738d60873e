using System.Net;
using System.Text.RegularExpressions;

namespace Adisteme.Bench.Load;

/// <summary>An HTTP client that keeps cookies, never follows redirects (a redirect to the login page is an error), and signs in like a browser.</summary>
public static partial class BenchClient
{
    public static HttpClient Create(Uri baseAddress, int maxConnections) => new(new SocketsHttpHandler
    {
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = maxConnections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(10),
    };

    public static async Task SignInAsync(HttpClient http, string userName, string password, CancellationToken ct)
    {
        var page = await http.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), ct);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = Token(page, "The login page"),
        });
        using var response = await http.PostAsync(new Uri("/Account/Login", UriKind.Relative), form, ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {userName} failed ({(int)response.StatusCode}): does the login exist in this database?");
        }
    }

    /// <summary>The antiforgery token of a page's forms.</summary>
    public static string Token(string html, string what)
    {
        var token = TokenPattern().Match(html);
        return token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : throw new InvalidOperationException($"{what} has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
