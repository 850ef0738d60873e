using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Adisteme.Web.Features.Account;

/// <summary>
/// The second step of sign-in for users with two-factor authentication: a code from the
/// authenticator app or one of the recovery codes. Failures count towards lockout.
/// </summary>
public sealed class LoginWith2faModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [StringLength(20, ErrorMessage = "The code is invalid or has expired.")]
        [Display(Name = "Code")]
        public string Code { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // The password step leaves a short-lived cookie naming the user; without it there is nothing to confirm.
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("./Login", new { ReturnUrl });
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = TwoFactorCodes.Parse(Input.Code);
        SignInResult result;
        if (code.IsAuthenticatorCode)
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(code.Value, RememberMe, rememberClient: false);
        }
        else if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            result = SignInResult.LockedOut;
        }
        else
        {
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(code.Value);
            if (!result.Succeeded)
            {
                // Identity counts wrong app codes but not wrong recovery codes; both count here, so lockout holds for either.
                await signIn.UserManager.AccessFailedAsync(user);
            }
        }
        if (result.Succeeded)
        {
            SignInSteps.ApplyPreferredCulture(Response, user);
            return LocalRedirect(SignInSteps.LocalReturnUrl(Url, ReturnUrl));
        }
        if (result.IsLockedOut || await signIn.UserManager.IsLockedOutAsync(user))
        {
            return RedirectToPage("./Lockout");
        }
        ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Code)}", s["The code is invalid or has expired."]);
        return Page();
    }
}
