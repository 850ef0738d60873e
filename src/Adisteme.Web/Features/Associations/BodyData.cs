using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations;

/// <summary>A staff member offered in a form: id and "Surname Name — organization".</summary>
public sealed record StaffOption(int PersonId, string Label);

/// <summary>Loading what the bodies screens hand to the domain: staff profiles, the school year, the body with its members.</summary>
public static class BodyData
{
    /// <summary>The body with its memberships and appointments, tracked for a change.</summary>
    public static Task<MethodologicalBody> LoadAsync(AppDbContext db, int bodyId, CancellationToken ct) =>
        db.MethodologicalBodies.Include(b => b.Memberships).Include(b => b.Appointments).Include(b => b.Subjects)
            .AsSplitQuery().SingleAsync(b => b.Id == bodyId, ct);

    /// <summary>Active posts of the organizations a body draws its members from: its own, or every one of its district.</summary>
    public static IQueryable<Employment> StaffOf(AppDbContext db, int districtId, int? organizationId) =>
        db.Employments.Where(e => e.EndedOn == null
            && (organizationId != null ? e.OrganizationId == organizationId : e.Organization!.DistrictId == districtId));

    /// <summary>The person as the rules see them in the body's organization (or district); null when they work in neither.</summary>
    public static async Task<StaffProfile?> ProfileAsync(AppDbContext db, int personId, int districtId, int? organizationId, CancellationToken ct)
    {
        var row = await StaffOf(db, districtId, organizationId).Where(e => e.PersonId == personId)
            .OrderBy(e => e.Position)
            .Select(e => new { e.PersonId, e.OrganizationId, e.Organization!.DistrictId, e.Position, e.Category, e.ExperienceStartedOn })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new StaffProfile(row.PersonId, row.OrganizationId, row.DistrictId, row.Position, row.Category, row.ExperienceStartedOn);
    }

    /// <summary>Staff of the body's organization(s) for a select list, with the organization when the body spans several.</summary>
    public static Task<IReadOnlyList<StaffOption>> StaffOptionsAsync(AppDbContext db, int districtId, int? organizationId, CancellationToken ct) =>
        OptionsAsync(StaffOf(db, districtId, organizationId), withOrganization: organizationId is null, ct);

    /// <summary>The people of <paramref name="staff"/> (posts) for a select list, once each, sorted by name.</summary>
    public static async Task<IReadOnlyList<StaffOption>> OptionsAsync(IQueryable<Employment> staff, bool withOrganization, CancellationToken ct)
    {
        var rows = await staff
            .Select(e => new { e.PersonId, e.Person!.Surname, e.Person.Name, e.Person.Patronymic, Organization = e.Organization!.ShortName ?? e.Organization.Name })
            .ToListAsync(ct);
        return [.. rows.DistinctBy(r => r.PersonId)
            .Select(r => new StaffOption(r.PersonId, withOrganization
                ? $"{PersonName.Full(r.Surname, r.Name, r.Patronymic)} — {r.Organization}"
                : PersonName.Full(r.Surname, r.Name, r.Patronymic)))
            .OrderBy(o => o.Label, StringComparer.CurrentCulture)];
    }

    /// <summary>The school year that contains <paramref name="day"/> in the district's country (the stored one, or the default calendar).</summary>
    public static async Task<SchoolYear> SchoolYearAsync(AppDbContext db, int districtId, DateOnly day, CancellationToken ct)
    {
        var country = await db.Districts.Where(d => d.Id == districtId).Select(d => d.Region!.Country).SingleAsync(ct);
        var start = SchoolCalendar.StartYearOf(day);
        return await db.SchoolYears.Include(y => y.Quarters).FirstOrDefaultAsync(y => y.Country == country && y.StartYear == start, ct)
            ?? SchoolCalendar.DefaultYear(country, start);
    }

    /// <summary>Full names of people by id, in one query.</summary>
    public static async Task<Dictionary<int, string>> NamesAsync(AppDbContext db, IEnumerable<int> personIds, CancellationToken ct)
    {
        var ids = personIds.Distinct().ToArray();
        var rows = await db.People.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Surname, p.Name, p.Patronymic }).ToListAsync(ct);
        return rows.ToDictionary(p => p.Id, p => PersonName.Full(p.Surname, p.Name, p.Patronymic));
    }
}
