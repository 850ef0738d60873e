using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.People.Employments;

/// <summary>Whose post it is and where, for the post pages' headings and permission checks.</summary>
public sealed record PostHeader(int EmploymentId, int PersonId, string FullName, int OrganizationId, string Organization, DateOnly? EndedOn)
{
    /// <summary>
    /// The post and, when the user may not manage people in its organization, the result to return
    /// instead of the page: 404 for a missing post or one outside the user's scope, 403 otherwise.
    /// </summary>
    public static async Task<(PostHeader? Header, IActionResult? Denied)> CheckAsync(AppDbContext db, PeopleAccess people, int employmentId, CancellationToken ct)
    {
        var (header, verdict) = await FindAsync(db, people, employmentId, ct);
        return (header, verdict.ToActionResult());
    }

    /// <summary>The post (null when missing) and whether the user may manage people in its organization.</summary>
    public static async Task<(PostHeader? Header, AccessVerdict Verdict)> FindAsync(AppDbContext db, PeopleAccess people, int employmentId, CancellationToken ct)
    {
        var row = await db.Employments.AsNoTracking().Where(e => e.Id == employmentId)
            .Select(e => new { e.PersonId, e.Person!.Surname, e.Person.Name, e.Person.Patronymic, e.OrganizationId, Organization = e.Organization!.Name, e.EndedOn })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return (null, AccessVerdict.Hidden);
        }
        var header = new PostHeader(employmentId, row.PersonId, PersonName.Full(row.Surname, row.Name, row.Patronymic), row.OrganizationId, row.Organization, row.EndedOn);
        return (header, await people.OrganizationVerdictAsync(row.OrganizationId, Operation.ManagePeople, ct));
    }
}
