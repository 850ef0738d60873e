using Adisteme.Tests.Performance;

namespace Adisteme.Tests.People;

/// <summary>A full page of staff costs the same few queries as an empty one: no query per row.</summary>
public sealed class StaffListQueryTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    [Fact]
    public async Task List_FullPageOfFifty_RunsAFixedHandfulOfQueries()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("admin");
        await app.CountQueriesAsync(client, "/Organizations/People?q=zzzz");

        var forEmpty = await app.CountQueriesAsync(client, "/Organizations/People?q=zzzz");
        var forFull = await app.CountQueriesAsync(client, "/Organizations/People");

        Assert.Empty(StaffData.Rows(await client.GetPageAsync("/Organizations/People?q=zzzz")));
        Assert.Equal(50, StaffData.Rows(await client.GetPageAsync("/Organizations/People")).Count);
        Assert.True(forFull <= forEmpty + 1, $"a full page ran {forFull} commands, an empty one {forEmpty}");
        Assert.True(forFull <= 10, $"a full page ran {forFull} commands");
    }
}
