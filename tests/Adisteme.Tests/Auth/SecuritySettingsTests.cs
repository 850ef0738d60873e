using Adisteme.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adisteme.Tests.Auth;

/// <summary>Production security settings as the app configures them with no overrides.</summary>
public sealed class SecuritySettingsTests
{
    private static ServiceProvider Build()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["Database:ConnectionString"] = "Data Source=" + Path.Combine(Path.GetTempPath(), "adisteme-settings.db");
        builder.AddInfrastructure();
        return builder.Services.BuildServiceProvider();
    }

    [Fact]
    public void PasswordHasher_Default_UsesAtLeast210000Iterations()
    {
        using var services = Build();
        Assert.True(services.GetRequiredService<IOptions<PasswordHasherOptions>>().Value.IterationCount >= 210_000);
    }

    [Fact]
    public void Identity_Default_LocksOutAfterFiveFailures()
    {
        using var services = Build();
        var lockout = services.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout;
        Assert.Equal(5, lockout.MaxFailedAccessAttempts);
        Assert.True(lockout.AllowedForNewUsers);
        Assert.True(lockout.DefaultLockoutTimeSpan >= TimeSpan.FromMinutes(15));
    }
}
