using System.Globalization;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Account;

/// <summary>
/// The signed-in user's own account: who they are, the staff record behind the login, their roles
/// and where they hold them, the interface language, and the way to password and two-factor settings.
/// </summary>
public sealed class ManageModel(UserManager<AppUser> users, AppDbContext db, CurrentAccess access, IStringLocalizer<SharedResource> s) : PageModel
{
    public sealed record LinkedPerson(int Id, string FullName);

    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public LinkedPerson? Person { get; private set; }
    public IReadOnlyList<RoleInScope> Roles { get; private set; } = [];
    public string Culture { get; private set; } = Cultures.Default;
    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        UserName = user.UserName ?? "";
        DisplayName = user.DisplayName;
        TwoFactorEnabled = user.TwoFactorEnabled;
        Culture = Cultures.IsSupported(user.PreferredCulture)
            ? user.PreferredCulture!
            : CultureInfo.CurrentUICulture.Name;
        Person = await db.People.AsNoTracking().Where(p => p.UserId == user.Id)
            .Select(p => new LinkedPerson(p.Id, PersonName.Full(p.Surname, p.Name, p.Patronymic)))
            .FirstOrDefaultAsync(ct);
        Roles = await RolesInScope.DescribeAsync(db, await access.GrantsAsync(ct), s, ct);
        return Page();
    }
}
