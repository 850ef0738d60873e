using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data.Postgres;
using Adisteme.Web.Data.Sqlite;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Adisteme.Tests.Performance;

/// <summary>
/// The demo app with a watch on its database commands. <see cref="CountQueriesAsync(HttpClient, string)"/> counts the
/// commands of one request (tagged with a header, so commands from other requests or background work never leak into
/// a count); <see cref="Commands"/> counts every command and can make one fail on purpose. Also makes logins of its own
/// for tests that must leave the demo users alone (lockout, two-factor, no roles).
/// </summary>
public sealed class QueryCountingAppFactory : AppFactory
{
    private const string Header = "X-Test-Query-Count";
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public QueryCountingAppFactory() => Commands = new CommandWatch(this);

    /// <summary>Every command of the app, from any request.</summary>
    public CommandWatch Commands { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands));
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(Commands));
        });
    }

    /// <summary>GETs <paramref name="url"/> (it must answer 200) and returns how many SQL commands answering it took.</summary>
    public Task<int> CountQueriesAsync(TestClient client, string url) => CountQueriesAsync(client.Http, url);

    /// <summary>The same for any client of the app, such as an API client holding a bearer token.</summary>
    public async Task<int> CountQueriesAsync(HttpClient http, string url)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add(Header, tag);
        using var response = await http.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return _counts.TryRemove(tag, out var count) ? count : 0;
    }

    /// <summary>
    /// The same with the figures cache emptied first, so the count is that of a view that computes everything
    /// (the first view of a scope, or the first after a write to what its figures are made of).
    /// </summary>
    public Task<int> CountColdQueriesAsync(TestClient client, string url)
    {
        ((MemoryCache)Services.GetRequiredService<IMemoryCache>()).Clear();
        return CountQueriesAsync(client.Http, url);
    }

    /// <summary>A login of its own, so that lockout or two-factor tests leave the demo users alone.</summary>
    public async Task<AppUser> CreateUserAsync(string userName, AppRole? role = null, ScopeKind kind = ScopeKind.Global, int? scopeId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName };
        var result = await users.CreateAsync(user, TestClient.DemoPassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (role is { } r)
        {
            await WithDbAsync(async db =>
            {
                db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = r, ScopeKind = kind, ScopeId = scopeId });
                return await db.SaveChangesAsync();
            });
        }
        return user;
    }

    public async Task<T> WithUsersAsync<T>(Func<UserManager<AppUser>, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    /// <summary>
    /// Counts a command against the request that runs it. The accessor comes from the context's
    /// application services: asking the factory's Services here would start a second host while
    /// the first one is still migrating.
    /// </summary>
    private void CountForRequest(CommandEventData data)
    {
        var accessor = data.Context?.GetService<IHttpContextAccessor>();
        if (accessor?.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } tag)
        {
            _counts.AddOrUpdate(tag, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Counts database commands (all of them, and per tagged request); <see cref="FailWhen"/> makes matching commands throw.</summary>
    public sealed class CommandWatch : DbCommandInterceptor
    {
        private readonly QueryCountingAppFactory _factory;
        private int _count;

        internal CommandWatch(QueryCountingAppFactory factory) => _factory = factory;

        public int Count => Volatile.Read(ref _count);
        public Func<string, bool>? FailWhen { get; set; }

        private void Seen(DbCommand command, CommandEventData data)
        {
            Interlocked.Increment(ref _count);
            _factory.CountForRequest(data);
            if (FailWhen?.Invoke(command.CommandText) == true)
            {
                throw new InvalidOperationException("secret-internal-detail: the test broke this command on purpose");
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Seen(command, eventData);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Seen(command, eventData);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Seen(command, eventData);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Seen(command, eventData);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Seen(command, eventData);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Seen(command, eventData);
            return ValueTask.FromResult(result);
        }
    }
}
