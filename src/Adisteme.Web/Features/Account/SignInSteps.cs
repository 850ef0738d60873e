using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace Adisteme.Web.Features.Account;

/// <summary>What every successful sign-in does, whether by password alone or with a second factor.</summary>
internal static class SignInSteps
{
    /// <summary>The language a user chose on another device follows them after sign-in.</summary>
    public static void ApplyPreferredCulture(HttpResponse response, AppUser? user)
    {
        if (user?.PreferredCulture is { } culture)
        {
            response.SetCultureCookie(Pipeline.CultureOrDefault(culture));
        }
    }

    /// <summary>Only a local address may be returned to; anything else goes home (no open redirect).</summary>
    public static string LocalReturnUrl(IUrlHelper url, string? returnUrl) => url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
}
