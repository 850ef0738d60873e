using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data.Postgres;
using Adisteme.Web.Data.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Adisteme.Tests.Performance;

/// <summary>
/// The demo app with every SQL command counted against the request that issued it. A request is
/// tagged with a header, so commands from other requests or background work never leak into a count.
/// </summary>
public sealed class QueryCountingAppFactory : AppFactory
{
    private const string Header = "X-Test-Query-Count";
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            var interceptor = new CountingInterceptor(this);
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(interceptor));
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(interceptor));
        });
    }

    /// <summary>GETs <paramref name="url"/> (it must answer 200) and returns how many SQL commands answering it took.</summary>
    public async Task<int> CountQueriesAsync(TestClient client, string url)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add(Header, tag);
        using var response = await client.Http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return _counts.TryRemove(tag, out var count) ? count : 0;
    }

    /// <summary>
    /// Counts a command against the request that runs it. The accessor comes from the context's
    /// application services: asking the factory's Services here would start a second host while
    /// the first one is still migrating.
    /// </summary>
    private void Count(CommandEventData data)
    {
        var accessor = data.Context?.GetService<IHttpContextAccessor>();
        if (accessor?.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } tag)
        {
            _counts.AddOrUpdate(tag, 1, (_, n) => n + 1);
        }
    }

    private sealed class CountingInterceptor(QueryCountingAppFactory factory) : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            factory.Count(eventData);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            factory.Count(eventData);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            factory.Count(eventData);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            factory.Count(eventData);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            factory.Count(eventData);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            factory.Count(eventData);
            return ValueTask.FromResult(result);
        }
    }
}
