using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;

namespace Adisteme.Web.Features.Home;

/// <summary>A qualification category held in one current employment, with the day it expires.</summary>
public sealed record CategoryHolding(int PersonId, string PersonName, string OrganizationName, QualificationCategory Category, DateOnly ExpiresOn);

/// <summary>An organization and whether someone currently holds its director's post.</summary>
public sealed record DirectorPost(int OrganizationId, string OrganizationName, bool Filled);

/// <summary>What the home page knows about the user's own record and their scope.</summary>
public sealed record AttentionFacts(
    IReadOnlyList<CategoryHolding> Own,
    IReadOnlyList<CategoryHolding> Staff,
    IReadOnlyList<DirectorPost> Organizations);

public enum AttentionKind
{
    OwnCategoryExpired = 1,
    OwnCategoryExpiring,
    CategoryExpired,
    CategoryExpiring,
    NoDirector,
}

/// <summary>One line of "Needs attention": what, about whom or which organization, and where to act.</summary>
public sealed record AttentionItem(AttentionKind Kind, string Subject, string? Place, QualificationCategory? Category, DateOnly? Date, string Href);

/// <summary>
/// Decides what needs the user's attention on the home page. Pure: takes plain facts and today's
/// date; the page's queries only narrow the candidates (same window), the rules decide.
/// </summary>
public static class AttentionRules
{
    /// <summary>A category is flagged this many days before it expires, so attestation can be planned in time.</summary>
    public const int ExpiryWarningDays = 90;

    /// <summary>The last expiry date that is already worth a warning today.</summary>
    public static DateOnly Horizon(DateOnly today) => today.AddDays(ExpiryWarningDays);

    /// <summary>Roles that look after many organizations and so must see those left without a director.</summary>
    public static bool OverseesOrganizations(AppRole role) =>
        role is AppRole.DistrictMethodologist or AppRole.CentreStaff or AppRole.Administrator;

    public static IReadOnlyList<AttentionItem> Evaluate(AttentionFacts facts, DateOnly today)
    {
        var items = new List<AttentionItem>();
        var horizon = Horizon(today);
        var ownPeople = facts.Own.Select(h => h.PersonId).ToHashSet();

        foreach (var h in Due(facts.Own, horizon))
        {
            items.Add(new AttentionItem(h.ExpiresOn < today ? AttentionKind.OwnCategoryExpired : AttentionKind.OwnCategoryExpiring,
                h.PersonName, h.OrganizationName, h.Category, h.ExpiresOn, PersonHref(h.PersonId)));
        }
        // The user's own category is already said above in their own words.
        var staff = Due(facts.Staff.Where(h => !ownPeople.Contains(h.PersonId)), horizon).ToList();
        items.AddRange(staff.Where(h => h.ExpiresOn < today).Select(h =>
            new AttentionItem(AttentionKind.CategoryExpired, h.PersonName, h.OrganizationName, h.Category, h.ExpiresOn, PersonHref(h.PersonId))));
        items.AddRange(staff.Where(h => h.ExpiresOn >= today).Select(h =>
            new AttentionItem(AttentionKind.CategoryExpiring, h.PersonName, h.OrganizationName, h.Category, h.ExpiresOn, PersonHref(h.PersonId))));
        items.AddRange(facts.Organizations
            .Where(o => !o.Filled)
            .DistinctBy(o => o.OrganizationId)
            .OrderBy(o => o.OrganizationName, StringComparer.CurrentCulture)
            .Select(o => new AttentionItem(AttentionKind.NoDirector, o.OrganizationName, null, null, null, $"/Organizations/Details/{o.OrganizationId}")));
        return items;
    }

    /// <summary>Holdings expired or expiring by the horizon, soonest first, each person's category once.</summary>
    private static IEnumerable<CategoryHolding> Due(IEnumerable<CategoryHolding> holdings, DateOnly horizon) =>
        holdings
            .Where(h => h.ExpiresOn <= horizon)
            .DistinctBy(h => (h.PersonId, h.Category, h.ExpiresOn))
            .OrderBy(h => h.ExpiresOn)
            .ThenBy(h => h.PersonName, StringComparer.CurrentCulture);

    private static string PersonHref(int personId) => $"/Organizations/People/Details/{personId}";
}
