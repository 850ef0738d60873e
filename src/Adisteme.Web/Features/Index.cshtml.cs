using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features;

/// <summary>The home page: what is in the user's scope and what needs their attention.</summary>
public sealed class IndexModel(CurrentAccess access, IStringLocalizer<SharedResource> s) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public int Organizations { get; private set; }
    public int Staff { get; private set; }
    public List<string> Attention { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        DisplayName = User.Identity?.Name ?? "";
        Roles = (await access.GrantsAsync(ct)).Select(g => s.Enum(g.Role)).Distinct().ToList();
        Organizations = await (await access.OrganizationsAsync(ct)).CountAsync(ct);
        Staff = await (await access.PeopleAsync(ct)).CountAsync(ct);
    }
}
