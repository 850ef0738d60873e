using System.Net;
using System.Text.Json;

namespace Adisteme.Tests.Api;

/// <summary>/openapi/v1.json describes the API for client generators, including how to authenticate.</summary>
public sealed class OpenApiDocumentTests(ApiAppFactory app) : IClassFixture<ApiAppFactory>
{
    [Fact]
    public async Task OpenApi_Document_ListsTheEndpointsWithTheBearerScheme()
    {
        using var client = ApiClient.Anonymous(app);
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());

        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/regions", "/api/v1/regions/{id}", "/api/v1/districts", "/api/v1/districts/{id}", "/api/v1/organizations",
                     "/api/v1/organizations/{id}", "/api/v1/people", "/api/v1/people/{id}", "/api/v1/subjects" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing");
            var get = item.GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), $"{path} has no summary");
            Assert.NotEqual(0, get.GetProperty("tags").GetArrayLength());
            Assert.Contains(get.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("Bearer", out _));
        }

        var organizations = paths.GetProperty("/api/v1/organizations").GetProperty("get");
        Assert.Equal("Organizations", organizations.GetProperty("tags")[0].GetString());
        var pageSize = organizations.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "pageSize");
        Assert.Contains("200", pageSize.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(organizations.GetProperty("responses").GetProperty("401").GetProperty("content").TryGetProperty("application/problem+json", out _));

        var token = paths.GetProperty("/api/v1/auth/token").GetProperty("post");
        Assert.False(token.TryGetProperty("security", out _), "the token endpoint must not demand a token");
        // Enums are documented by name, as they are sent.
        Assert.Contains("\"Gymnasium\"", doc.GetRawText(), StringComparison.Ordinal);
    }
}
