using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Adisteme.Tests.Auth;

/// <summary>
/// A changed security stamp (new password, lockout, reset by an administrator) ends the user's other
/// sessions at the next check, which Identity makes once per validation interval; the app asks Identity
/// only when that check is due (<see cref="StampCheck"/>).
/// </summary>
public sealed class SessionStampTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task OtherSession_StampChanged_EndsOnlyWhenTheIntervalHasPassed()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("teacher");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync("teacher");
            Assert.True((await users.UpdateSecurityStampAsync(user!)).Succeeded);
        }

        // Within the interval the session stands (Identity's own behaviour: the stamp is not re-read yet).
        app.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        // Once the interval (30 minutes) has passed since the cookie was issued, the stamp is checked and the session ends.
        app.Time.Advance(TimeSpan.FromMinutes(21));
        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public void IsDue_NoIssueTimeOrIntervalPassed_True()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 4, 0, 0, TimeSpan.Zero));
        var options = new SecurityStampValidatorOptions { TimeProvider = time, ValidationInterval = TimeSpan.FromMinutes(30) };

        Assert.True(StampCheck.IsDue(null, options));
        Assert.False(StampCheck.IsDue(time.GetUtcNow().AddMinutes(-30), options));
        Assert.True(StampCheck.IsDue(time.GetUtcNow().AddMinutes(-31), options));
    }
}
