using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Adisteme.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Adisteme.Tests.Api;

/// <summary>A JSON API client: no cookies, no redirects, a bearer token once signed in.</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static ApiClient Anonymous(AppFactory app, string? language = null)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (language is not null)
        {
            http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }
        return new ApiClient(http);
    }

    /// <summary>A client holding a bearer token for a demo login.</summary>
    public static async Task<ApiClient> SignedInAsync(AppFactory app, string userName, string? language = null)
    {
        var client = Anonymous(app, language);
        var token = await client.TokenAsync(userName);
        client.UseToken(token.GetProperty("accessToken").GetString()!);
        return client;
    }

    public void UseToken(string accessToken) => Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

    public Task<HttpResponseMessage> PostJsonAsync<T>(string url, T body) =>
        Http.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, TestContext.Current.CancellationToken);

    /// <summary>Sends a JSON body with <paramref name="method"/>, with an If-Match header when <paramref name="ifMatch"/> is given.</summary>
    public Task<HttpResponseMessage> SendJsonAsync<T>(HttpMethod method, string url, T body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> PutJsonAsync<T>(string url, T body, string? ifMatch = null) => SendJsonAsync(HttpMethod.Put, url, body, ifMatch);

    public Task<HttpResponseMessage> PostTokenAsync(string userName, string? password = TestClient.DemoPassword, string? code = null) =>
        PostJsonAsync("/api/v1/auth/token", new { userName, password, code });

    public async Task<JsonElement> TokenAsync(string userName, string password = TestClient.DemoPassword, string? code = null)
    {
        var response = await PostTokenAsync(userName, password, code);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token for {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>GETs a URL that must answer 200 and returns its JSON.</summary>
    public async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Asserts a JSON answer with <paramref name="status"/> (201 and 200 of writes) and returns its JSON.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 7807 answer with <paramref name="status"/> and returns its JSON.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    public static string[] Strings(JsonElement items, string property) =>
        items.EnumerateArray().Select(i => i.GetProperty(property).GetString()!).ToArray();

    public void Dispose() => Http.Dispose();
}
