using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Infrastructure.Auth;

/// <summary>
/// Identity re-reads a signed-in user's security stamp (so a changed password or a locked account ends
/// other sessions) once per <see cref="SecurityStampValidatorOptions.ValidationInterval"/>. Its validator
/// is resolved with a SignInManager and a UserManager on every request just to find that the interval has
/// not passed; that was about a twentieth of a simple page's processor time. This asks the same question
/// first, with the same clock and interval, and calls Identity only when the check is due.
/// </summary>
public static class StampCheck
{
    public static Func<CookieValidatePrincipalContext, Task> OnlyWhenDue(Func<CookieValidatePrincipalContext, Task> validate) => context =>
        IsDue(context.Properties.IssuedUtc, context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value)
            ? validate(context)
            : Task.CompletedTask;

    public static bool IsDue(DateTimeOffset? issuedUtc, SecurityStampValidatorOptions options) =>
        issuedUtc is not { } issued || (options.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > options.ValidationInterval;
}
