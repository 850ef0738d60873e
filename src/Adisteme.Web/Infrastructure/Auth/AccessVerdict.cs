using Microsoft.AspNetCore.Mvc;

namespace Adisteme.Web.Infrastructure.Auth;

/// <summary>
/// The answer to "may this user do X on this record": the house rule in one value, which a page turns
/// into <see cref="NotFoundResult"/> / <see cref="ForbidResult"/> and the JSON API into a 404 / 403 problem.
/// </summary>
public enum AccessVerdict
{
    Allowed,
    /// <summary>Missing, or outside the user's scope: answered 404 so its existence stays hidden.</summary>
    Hidden,
    /// <summary>In scope, but the user's roles do not allow the operation there: 403.</summary>
    Denied,
}

public static class AccessVerdicts
{
    /// <summary>Null when allowed; otherwise what a page returns.</summary>
    public static IActionResult? ToActionResult(this AccessVerdict verdict) => verdict switch
    {
        AccessVerdict.Hidden => new NotFoundResult(),
        AccessVerdict.Denied => new ForbidResult(),
        _ => null,
    };
}
