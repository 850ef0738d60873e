using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Account;

/// <summary>The signed-in user changes their own password; no other permission is involved.</summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "The {0} field is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Repeat the new password")]
        [Compare(nameof(NewPassword), ErrorMessage = "The new password and its repetition do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                // A wrong current password belongs next to that field; every other rule is about the new one.
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(InputModel.CurrentPassword) : nameof(InputModel.NewPassword);
                ModelState.AddModelError($"{nameof(Input)}.{field}", error.Description);
            }
            return Page();
        }
        // The password change renews the security stamp; refreshing keeps this session signed in.
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = s["Your password has been changed."].Value;
        return RedirectToPage("./Manage");
    }
}
