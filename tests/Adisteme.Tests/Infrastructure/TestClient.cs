using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Adisteme.Tests.Infrastructure;

/// <summary>A browser-like client: keeps cookies, reads antiforgery tokens from pages, parses HTML.</summary>
public sealed class TestClient(HttpClient http) : IDisposable
{
    public const string DemoPassword = Adisteme.Web.Data.Seed.DemoData.Password;
    public HttpClient Http { get; } = http;

    public async Task SignInAsAsync(string userName, string password = DemoPassword)
    {
        var response = await PostFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {userName} failed with {(int)response.StatusCode}");
    }

    public async Task UseLanguageAsync(string culture)
    {
        var response = await PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" }, formPage: "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>GETs a page that must answer 200 and returns its parsed document.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {Shorten(body)}");
        return await ParseAsync(body);
    }

    /// <summary>
    /// Posts a form the way a browser would: the antiforgery token is read from <paramref name="formPage"/>
    /// (the same URL unless given).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var token = await AntiforgeryTokenAsync(formPage ?? url);
        var content = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(content));
    }

    /// <summary>Posts with a multipart body (file uploads).</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string url, Dictionary<string, string> fields, string fileField, string fileName, byte[] file, string? formPage = null)
    {
        var token = await AntiforgeryTokenAsync(formPage ?? url);
        using var content = new MultipartFormDataContent();
        foreach (var (k, v) in fields)
        {
            content.Add(new StringContent(v), k);
        }
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var fileContent = new ByteArrayContent(file);
        content.Add(fileContent, fileField, fileName);
        return await Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public async Task<string> AntiforgeryTokenAsync(string page)
    {
        var doc = await GetPageAsync(page);
        var input = doc.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement;
        Assert.True(input is not null, $"no antiforgery token on {page}");
        return input!.Value;
    }

    public static async Task<IHtmlDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html));
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await ParseAsync(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// The validation message shown next to a field (asp-validation-for). With client validation off the
    /// message carries no data-valmsg-for, so it is found as the .field-error of the label or fieldset
    /// that holds the field's control.
    /// </summary>
    public static string? FieldError(IDocument doc, string field)
    {
        var message = doc.QuerySelector($"[data-valmsg-for='{field}']")
            ?? doc.QuerySelector($"[name='{field}']:not([type=hidden])")?.Closest("label, fieldset")?.QuerySelector(".field-error");
        return message?.TextContent.Trim() is { Length: > 0 } text ? text : null;
    }

    private static string Shorten(string s) => s.Length > 600 ? s[..600] : s;

    public void Dispose() => Http.Dispose();
}
