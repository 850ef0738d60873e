using Adisteme.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http;

namespace Adisteme.Tests.Api;

/// <summary>The ETag a GET sends is the If-Match a later PUT sends back.</summary>
public sealed class VersioningTests
{
    private static HttpRequest WithIfMatch(string? value)
    {
        var context = new DefaultHttpContext();
        if (value is not null)
        {
            context.Request.Headers.IfMatch = value;
        }
        return context.Request;
    }

    [Fact]
    public void IfMatchVersion_ETagWeSent_ReturnsItsVersion()
    {
        var version = Guid.NewGuid();
        Assert.Equal(version, WithIfMatch(Versioning.ETagOf(version)).IfMatchVersion());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    [InlineData("\"not-a-version\"")]
    [InlineData("W/\"0f8fad5bd9cb469fa16570867728950e\"")]
    [InlineData("\"0f8fad5bd9cb469fa16570867728950e\", \"7c9e6679742540de944be07fc1f90ae7\"")]
    public void IfMatchVersion_MissingWeakOrForeignTag_ReturnsNull(string? header) =>
        Assert.Null(WithIfMatch(header).IfMatchVersion());
}
