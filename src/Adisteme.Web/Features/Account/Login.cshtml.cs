using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Account;

public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [Display(Name = "Login")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            SignInSteps.ApplyPreferredCulture(Response, await signIn.UserManager.FindByNameAsync(Input.UserName.Trim()));
            return LocalRedirect(SafeReturnUrl());
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = SafeReturnUrl(), Input.RememberMe });
        }
        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }
        ModelState.AddModelError(string.Empty, s["The login or password is incorrect."]);
        return Page();
    }

    private string SafeReturnUrl() => SignInSteps.LocalReturnUrl(Url, ReturnUrl);
}
