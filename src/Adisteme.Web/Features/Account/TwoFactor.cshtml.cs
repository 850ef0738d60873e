using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Account;

/// <summary>
/// Two-factor authentication with an authenticator app (TOTP): set up by scanning the QR code
/// and confirming one code, recovery codes shown once, switched off only with the password.
/// </summary>
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> s) : PageModel
{
    public const string Issuer = "Adisteme";
    private const string RecoveryCodesKey = "RecoveryCodes";

    /// <summary>Both forms of the page; each handler checks only the field it needs.</summary>
    public sealed class InputModel
    {
        public string? Code { get; set; }
        public string? Password { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsEnabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    /// <summary>Fresh recovery codes, present only on the one page view right after they were made.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => WithUserAsync(async user =>
    {
        if (TempData[RecoveryCodesKey] is string codes)
        {
            RecoveryCodes = codes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        await LoadAsync(user);
        return Page();
    });

    public Task<IActionResult> OnPostEnableAsync() => WithUserAsync(async user =>
    {
        var code = TwoFactorCodes.Parse(Input.Code);
        if (string.IsNullOrWhiteSpace(Input.Code))
        {
            ModelState.AddModelError(Field(nameof(InputModel.Code)), s["The {0} field is required.", s["Code"]]);
        }
        else if (!code.IsAuthenticatorCode
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code.Value))
        {
            ModelState.AddModelError(Field(nameof(InputModel.Code)), s["The code is invalid or has expired."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await IssueRecoveryCodesAsync(user);
        return await DoneAsync(user, s["Two-factor authentication is on."]);
    });

    public Task<IActionResult> OnPostDisableAsync() => WithUserAsync(async user =>
    {
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError(Field(nameof(InputModel.Password)), s["The {0} field is required.", s["Password"]]);
        }
        else if (!await users.CheckPasswordAsync(user, Input.Password))
        {
            // A wrong guess here counts like a failed sign-in, so this form cannot be used to try passwords.
            await users.AccessFailedAsync(user);
            ModelState.AddModelError(Field(nameof(InputModel.Password)), s["Incorrect password."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key on the next set-up: the old one may be on a lost phone.
        await users.ResetAuthenticatorKeyAsync(user);
        return await DoneAsync(user, s["Two-factor authentication is off."]);
    });

    public Task<IActionResult> OnPostRecoveryCodesAsync() => WithUserAsync(async user =>
    {
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }
        await IssueRecoveryCodesAsync(user);
        return await DoneAsync(user, s["New recovery codes were made; the old ones no longer work."]);
    });

    /// <summary>Every handler acts on the signed-in user's own account.</summary>
    private async Task<IActionResult> WithUserAsync(Func<AppUser, Task<IActionResult>> handler) =>
        await users.GetUserAsync(User) is { } user ? await handler(user) : Challenge();

    /// <summary>
    /// After a change: switching two-factor on or off renews the security stamp, so the sign-in is
    /// refreshed to keep this session; then the notice and a redirect (PRG).
    /// </summary>
    private async Task<IActionResult> DoneAsync(AppUser user, LocalizedString message)
    {
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = message.Value;
        return RedirectToPage();
    }

    private async Task IssueRecoveryCodesAsync(AppUser user)
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorCodes.RecoveryCodeCount) ?? [];
        // Carried to the next page view only (PRG); the audit log never sees them (user tokens are not audited).
        TempData[RecoveryCodesKey] = string.Join(' ', codes);
    }

    private async Task LoadAsync(AppUser user)
    {
        IsEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (IsEnabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            await signIn.RefreshSignInAsync(user);
        }
        SharedKey = TwoFactorCodes.FormatKey(key);
        QrSvg = AuthenticatorQr.Svg(TwoFactorCodes.AuthenticatorUri(Issuer, user.UserName ?? "", key));
    }

    private static string Field(string name) => $"{nameof(Input)}.{name}";
}
