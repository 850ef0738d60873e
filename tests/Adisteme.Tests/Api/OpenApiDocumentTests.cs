using System.Net;
using System.Text.Json;
using Adisteme.Tests.Performance;

namespace Adisteme.Tests.Api;

/// <summary>/openapi/v1.json describes the API for client generators, including how to authenticate.</summary>
public sealed class OpenApiDocumentTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
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

    [Fact]
    public async Task OpenApi_Document_DescribesTheWritesWithBodiesAndConflictAnswers()
    {
        using var client = ApiClient.Anonymous(app);
        var doc = JsonDocument.Parse(await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var paths = doc.GetProperty("paths");
        var schemas = doc.GetProperty("components").GetProperty("schemas");

        var writes = new (string Path, string Method, string Body, bool Versioned)[]
        {
            ("/api/v1/people", "post", "CreatePersonRequest", false),
            ("/api/v1/people/{id}", "put", "PersonInput", true),
            ("/api/v1/people/{id}/employments", "post", "AddEmploymentRequest", false),
            ("/api/v1/employments/{id}", "put", "EmploymentInput", true),
            ("/api/v1/employments/{id}/end", "post", "EndEmploymentInput", true),
            ("/api/v1/districts/{id}/organizations", "post", "OrganizationInput", false),
            ("/api/v1/organizations/{id}", "put", "OrganizationInput", true),
        };
        foreach (var (path, method, body, versioned) in writes)
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.NotEqual(0, operation.GetProperty("tags").GetArrayLength());
            Assert.Contains(operation.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("Bearer", out _));
            var schema = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.Equal($"#/components/schemas/{body}", schema.GetProperty("$ref").GetString());
            Assert.True(schemas.TryGetProperty(body, out _), $"schema {body} is missing");
            var responses = operation.GetProperty("responses");
            foreach (var status in versioned ? new[] { "400", "401", "403", "404", "409", "412", "428" } : ["400", "401", "403", "404"])
            {
                Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not document {status}");
            }
        }

        var person = schemas.GetProperty("PersonInput");
        Assert.Contains("surname", person.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(100, person.GetProperty("properties").GetProperty("surname").GetProperty("maxLength").GetInt32());
        var create = schemas.GetProperty("CreatePersonRequest").GetProperty("properties");
        Assert.Equal("#/components/schemas/EmploymentInput", create.GetProperty("employment").GetProperty("$ref").GetString());
    }
}
