using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Data;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Governance;

/// <summary>Bodies made through the domain for the settings, orders and plan-governance scenarios (test clock: 20 November 2026).</summary>
internal static class GovernanceWorld
{
    public static readonly DateOnly Today = new(2026, 11, 20);
    public static readonly AssociationRulesOptions Rules = new();

    /// <summary>A pdf as UploadCheck recognizes it by its bytes.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    public static Task<SchoolYear> YearAsync(AppDbContext db) =>
        db.SchoolYears.SingleAsync(y => y.Country == Country.Kazakhstan && y.StartYear == 2026);

    /// <summary>Staff of an organization without a login (teachers), in id order.</summary>
    public static Task<List<Employment>> PlainStaffAsync(AppDbContext db, int organizationId, int count) =>
        db.Employments.Where(e => e.OrganizationId == organizationId && e.EndedOn == null && e.Person!.UserId == null && e.Position == Position.Teacher)
            .OrderBy(e => e.PersonId).Take(count).ToListAsync();

    public static Task<int> PersonOfAsync(AppDbContext db, string login) =>
        db.People.Where(p => db.Users.Any(u => u.Id == p.UserId && u.UserName == login)).Select(p => p.Id).SingleAsync();

    /// <summary>A forming subject association of the organization (R1 satisfied on paper) with the given staff as members.</summary>
    public static async Task<MethodologicalBody> AssociationAsync(AppDbContext db, int organizationId, string name, IEnumerable<Employment> members)
    {
        var org = await db.Organizations.SingleAsync(o => o.Id == organizationId);
        var subject = await db.Subjects.OrderBy(s => s.Id).FirstAsync();
        var body = MethodologicalBody.CreateForOrganization(org, BodyKind.MethodologicalAssociation, name, MoAudience.SubjectTeachers,
            [new SubjectStaff(subject.Id, subject.SubjectAreaId, [1, 2, 3])], [], Rules.Mo, Today);
        foreach (var e in members)
        {
            body.AddMember(StaffProfile.From(e, org), MembershipRole.Member, Today, Rules);
        }
        db.MethodologicalBodies.Add(body);
        await db.SaveChangesAsync();
        return body;
    }

    public static async Task<int> OrganizationAsync(AppDbContext db, string shortOrName) =>
        await db.Organizations.Where(o => o.ShortName == shortOrName || o.Name == shortOrName).Select(o => o.Id).SingleAsync();

    /// <summary>The version token a page's form carries.</summary>
    public static async Task<string> VersionAsync(TestClient client, string url) =>
        (await client.GetPageAsync(url)).QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

    /// <summary>403: the cookie scheme answers a forbidden request by sending the browser to AccessDenied.</summary>
    public static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"expected 403, got {(int)response.StatusCode} {response.Headers.Location}");
}
