using System.Data.Common;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data.Postgres;
using Adisteme.Web.Data.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Adisteme.Tests.People;

/// <summary>The app with every SQL command counted.</summary>
public sealed class CountingAppFactory : AppFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands));
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(Commands));
        });
    }
}

public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>A full page of staff costs the same few queries as an empty one: no query per row.</summary>
public sealed class StaffListQueryTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    [Fact]
    public async Task List_FullPageOfFifty_RunsAFixedHandfulOfQueries()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("admin");
        await client.GetPageAsync("/Organizations/People?q=zzzz");

        app.Commands.Reset();
        var empty = await client.GetPageAsync("/Organizations/People?q=zzzz");
        var forEmpty = app.Commands.Count;
        app.Commands.Reset();
        var full = await client.GetPageAsync("/Organizations/People");
        var forFull = app.Commands.Count;

        Assert.Empty(StaffData.Rows(empty));
        Assert.Equal(50, StaffData.Rows(full).Count);
        Assert.True(forFull <= forEmpty + 1, $"a full page ran {forFull} commands, an empty one {forEmpty}");
        Assert.True(forFull <= 10, $"a full page ran {forFull} commands");
    }
}
