using System.ComponentModel;
using System.Globalization;
using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Organizations.Api;

/// <summary>Bearer tokens for API clients: the same logins, lockout and two-factor rules as the sign-in page.</summary>
internal static class AuthEndpoints
{
    public sealed record TokenRequest(
        [property: Description("The login, as on the sign-in page.")] string? UserName,
        string? Password,
        [property: Description("The 6-digit code from the authenticator app; needed only when two-factor sign-in is on.")] string? Code = null);

    public sealed record RefreshRequest(string? RefreshToken);

    public static void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Authentication").AllowAnonymous();
        auth.MapPost("/token", IssueAsync)
            .WithName("IssueToken")
            .WithSummary("Get an access token")
            .WithDescription("Checks the login and password (and the authenticator code when two-factor sign-in is on). " +
                "Five failures lock the account for 15 minutes (423 with Retry-After). The answer holds accessToken, expiresIn (seconds) and refreshToken.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked);
        auth.MapPost("/refresh", RefreshAsync)
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new access token")
            .WithDescription("Fails when the token has expired, the password was changed since, or the account is locked.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> IssueAsync(
        TokenRequest request, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> s, HttpResponse response)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors.Add(nameof(request.UserName), s["The {0} field is required.", s["Login"]]);
        }
        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add(nameof(request.Password), s["The {0} field is required.", s["Password"]]);
        }
        if (!errors.IsEmpty)
        {
            return errors.ToValidationProblem();
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(request.UserName!.Trim());
        if (user is null)
        {
            return ApiProblems.Status(StatusCodes.Status401Unauthorized, s["The login or password is incorrect."]);
        }
        var result = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return await LockedAsync(users, user, s, response);
        }
        if (!result.Succeeded)
        {
            return ApiProblems.Status(StatusCodes.Status401Unauthorized, s["The login or password is incorrect."]);
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            if (string.IsNullOrWhiteSpace(request.Code))
            {
                return ApiProblems.Status(StatusCodes.Status401Unauthorized, s["Enter the code from your authenticator app."],
                    new Dictionary<string, object?> { ["twoFactorRequired"] = true });
            }
            var code = request.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                // A wrong code counts towards lockout like a wrong password.
                await users.AccessFailedAsync(user);
                return await users.IsLockedOutAsync(user)
                    ? await LockedAsync(users, user, s, response)
                    : ApiProblems.Status(StatusCodes.Status401Unauthorized, s["The code is invalid or has expired."]);
            }
            await users.ResetAccessFailedCountAsync(user);
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider time, IStringLocalizer<SharedResource> s)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken)
            ? null
            : bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return ApiProblems.Status(StatusCodes.Status401Unauthorized, s["The refresh token is invalid or has expired. Request a new access token."]);
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<ProblemHttpResult> LockedAsync(UserManager<AppUser> users, AppUser user, IStringLocalizer s, HttpResponse response)
    {
        // Identity stamps lockouts with the system clock, so the remaining time is measured with it too.
        var end = await users.GetLockoutEndDateAsync(user) ?? TimeProvider.System.GetUtcNow();
        var seconds = Math.Max(60, (int)Math.Ceiling((end - TimeProvider.System.GetUtcNow()).TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ApiProblems.Status(StatusCodes.Status423Locked, s["Too many failed sign-in attempts. Try again in {0} min.", (seconds + 59) / 60]);
    }
}
