using Adisteme.Web.Data;
using Adisteme.Web.Features.Associations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Bodies;

/// <summary>Bodies of demo school 101 made through the domain, for the screens' scenarios.</summary>
internal static class BodiesWorld
{
    public const string School101 = "№ 101 жалпы білім беретін мектеп";
    public static readonly DateOnly Today = new(2026, 11, 20);
    public static readonly AssociationRulesOptions Rules = new();

    public static Task<int> School101IdAsync(AppDbContext db) => db.Organizations.Where(o => o.Name == School101).Select(o => o.Id).SingleAsync();

    /// <summary>The staff record of a demo login.</summary>
    public static Task<int> PersonOfAsync(AppDbContext db, string userName) =>
        db.People.Where(p => db.Users.Any(u => u.Id == p.UserId && u.UserName == userName)).Select(p => p.Id).SingleAsync();

    public static async Task<StaffProfile> ProfileAsync(AppDbContext db, int personId)
    {
        var e = await db.Employments.Include(x => x.Organization).FirstAsync(x => x.PersonId == personId && x.EndedOn == null);
        return StaffProfile.From(e, e.Organization!);
    }

    /// <summary>Staff of school 101 without a login, in id order.</summary>
    public static async Task<List<int>> PlainStaffAsync(AppDbContext db, int count)
    {
        var org = await School101IdAsync(db);
        return await db.Employments.Where(e => e.OrganizationId == org && e.EndedOn == null && e.Person!.UserId == null)
            .Select(e => e.PersonId).Distinct().OrderBy(id => id).Take(count).ToListAsync();
    }

    /// <summary>A subject association of school 101 (R1 satisfied on paper) with <paramref name="members"/> as members.</summary>
    public static async Task<int> AssociationAsync(AppDbContext db, string name, params int[] members)
    {
        var org = await db.Organizations.SingleAsync(o => o.Name == School101);
        var subject = await db.Subjects.OrderBy(s => s.Id).FirstAsync();
        var body = MethodologicalBody.CreateForOrganization(org, BodyKind.MethodologicalAssociation, name, MoAudience.SubjectTeachers,
            [new SubjectStaff(subject.Id, subject.SubjectAreaId, [1, 2, 3])], [], Rules.Mo, Today);
        foreach (var id in members)
        {
            body.AddMember(await ProfileAsync(db, id), MembershipRole.Member, Today, Rules);
        }
        db.MethodologicalBodies.Add(body);
        await db.SaveChangesAsync();
        return body.Id;
    }
}
