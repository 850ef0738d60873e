using Microsoft.AspNetCore.Identity;

namespace Adisteme.Web.Infrastructure.Auth;

/// <summary>A login. The person behind it is <c>Person.UserId</c>; roles are <see cref="RoleGrant"/>s with a scope.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>The interface language chosen by the user (kk, ru, ky, en).</summary>
    public string? PreferredCulture { get; set; }
    public List<RoleGrant> Grants { get; } = [];
}
