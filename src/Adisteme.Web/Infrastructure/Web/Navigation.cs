using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Web.Infrastructure.Web;

/// <summary>A link in the main menu; shown only to users who hold a role that allows <see cref="Operation"/>.</summary>
public sealed record NavItem(string Page, string Text, Operation Operation, int Order);

/// <summary>Modules register their <see cref="NavItem"/>s; the layout shows the ones the user may use.</summary>
public sealed class Navigation(IEnumerable<NavItem> items)
{
    public IReadOnlyList<NavItem> Items { get; } = items.OrderBy(i => i.Order).ToList();
}
