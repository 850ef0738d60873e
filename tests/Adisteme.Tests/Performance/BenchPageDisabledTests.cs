using System.Net;
using Adisteme.Tests.Infrastructure;

namespace Adisteme.Tests.Performance;

/// <summary>The benchmark page exists only where Bench:Enabled is set; production answers 404.</summary>
public sealed class BenchPageDisabledTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task BarePage_BenchNotEnabled_Answers404()
    {
        using var client = app.CreateTestClient();

        var response = await client.GetAsync("/Bench/Bare");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
