using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Auth;

/// <summary>
/// A user's grants are cached between requests (<see cref="CurrentAccess"/>); a grant given or revoked in this
/// process must apply from the user's very next request, not when the cache expires.
/// </summary>
public sealed class GrantsCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task NextRequest_GrantGivenThenRevoked_AppliesAtOnce()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("teacher");
        AssertDenied(await client.GetAsync("/Admin/Audit"));

        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "teacher").Select(u => u.Id).SingleAsync());
        var grantId = await app.WithDbAsync(async db =>
        {
            var grant = new RoleGrant { UserId = userId, Role = AppRole.Administrator, ScopeKind = ScopeKind.Global, GrantedAtUtc = DateTime.UtcNow };
            db.RoleGrants.Add(grant);
            await db.SaveChangesAsync();
            return grant.Id;
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/Audit")).StatusCode);

        await app.WithDbAsync(async db =>
        {
            db.RoleGrants.Remove(await db.RoleGrants.SingleAsync(g => g.Id == grantId));
            return await db.SaveChangesAsync();
        });
        AssertDenied(await client.GetAsync("/Admin/Audit"));
    }

    /// <summary>A signed-in user without the permission is sent to the access-denied page.</summary>
    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
