using System.Net;
using System.Text.Json;
using Adisteme.Tests.Performance;

namespace Adisteme.Tests.Api.Associations;

/// <summary>/openapi/v1.json lists the Associations API with summaries, the bearer requirement, and the 422/412/428 answers of its writes.</summary>
public sealed class AssociationsOpenApiTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    [Fact]
    public async Task OpenApi_Document_ListsTheAssociationsPaths()
    {
        using var client = ApiClient.Anonymous(app);
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Contains("422", doc.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        var paths = doc.GetProperty("paths");

        (string Path, string Method)[] expected =
        [
            ("/api/v1/bodies", "get"), ("/api/v1/bodies/{id}", "get"), ("/api/v1/bodies/{id}/memberships", "get"), ("/api/v1/bodies/{id}/memberships", "post"),
            ("/api/v1/bodies/{id}/memberships/{personId}", "put"), ("/api/v1/bodies/{id}/memberships/{personId}/end", "post"),
            ("/api/v1/bodies/{id}/plan", "get"), ("/api/v1/bodies/{id}/plan", "post"), ("/api/v1/bodies/{id}/plan/header", "put"),
            ("/api/v1/bodies/{id}/plan/items", "post"), ("/api/v1/bodies/{id}/plan/items/{key}", "delete"), ("/api/v1/bodies/{id}/plan/submit", "post"),
            ("/api/v1/bodies/{id}/plan/agree", "post"), ("/api/v1/bodies/{id}/plan/approve", "post"), ("/api/v1/bodies/{id}/plan/return", "post"),
            ("/api/v1/bodies/{id}/meetings", "get"), ("/api/v1/bodies/{id}/meetings", "post"), ("/api/v1/meetings/{id}", "get"),
            ("/api/v1/meetings/{id}/attendance", "put"), ("/api/v1/meetings/{id}/minutes", "post"), ("/api/v1/meetings/{id}/minutes/items/{position}", "put"),
            ("/api/v1/meetings/{id}/minutes/decisions", "post"), ("/api/v1/meetings/{id}/minutes/sign", "post"),
        ];
        foreach (var (path, method) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method} {path} is missing");
            var operation = item.GetProperty(method);
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.Contains(operation.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("Bearer", out _));
            Assert.True(operation.GetProperty("responses").TryGetProperty("404", out _) || path == "/api/v1/bodies", $"{method} {path} documents no 404");
        }

        var sign = paths.GetProperty("/api/v1/meetings/{id}/minutes/sign").GetProperty("post");
        foreach (var status in new[] { "412", "422", "428" })
        {
            Assert.True(sign.GetProperty("responses").TryGetProperty(status, out _), $"sign documents no {status}");
        }
        Assert.Contains("If-Match", sign.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Association plans", paths.GetProperty("/api/v1/bodies/{id}/plan/agree").GetProperty("post").GetProperty("tags")[0].GetString());
    }
}
