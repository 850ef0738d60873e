using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adisteme.Tests.Account;

/// <summary>Logins of their own for tests that lock, re-key or re-password an account, so demo logins stay untouched.</summary>
internal static class AccountTestUsers
{
    public static async Task<string> CreateAsync(AppFactory app, string userName, string password = TestClient.DemoPassword)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = userName, DisplayName = userName };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public static Task<AppUser> LoadAsync(AppFactory app, string userName) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));
}
