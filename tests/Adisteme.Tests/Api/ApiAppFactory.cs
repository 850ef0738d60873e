using System.Data.Common;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data.Postgres;
using Adisteme.Web.Data.Sqlite;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Adisteme.Tests.Api;

/// <summary>
/// The app with a watch on its database commands: <see cref="Commands"/> counts them (to prove that
/// a list costs the same number of queries whatever its length) and can make one fail on purpose.
/// </summary>
public sealed class ApiAppFactory : AppFactory
{
    public CommandWatch Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands));
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(Commands));
        });
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
}

/// <summary>Counts database commands; <see cref="FailWhen"/> makes matching commands throw.</summary>
public sealed class CommandWatch : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);
    public Func<string, bool>? FailWhen { get; set; }

    private void Seen(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        if (FailWhen?.Invoke(command.CommandText) == true)
        {
            throw new InvalidOperationException("secret-internal-detail: the test broke this command on purpose");
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Seen(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return ValueTask.FromResult(result);
    }
}
