using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.People;

/// <summary>Intent helpers over the demo data for the people tests.</summary>
internal static class StaffData
{
    public const string School101 = "№ 101 жалпы білім беретін мектеп";
    public const string Gymnasium = "Гимназия № 5";
    public const string Silantyev = "Силантьев жалпы білім беретін мектебі";
    public const string City = "Қостанай қаласы";

    public static Task<int> OrganizationIdAsync(this AppFactory app, string name) =>
        app.WithDbAsync(db => db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<int> DistrictIdAsync(this AppFactory app, string name) =>
        app.WithDbAsync(db => db.Districts.Where(d => d.Name == name).Select(d => d.Id).SingleAsync());

    /// <summary>A teacher of the organization without a login, with a current post.</summary>
    public static Task<int> TeacherWithoutLoginAsync(this AppFactory app, string organization) =>
        app.WithDbAsync(db => db.Employments
            .Where(e => e.Organization!.Name == organization && e.EndedOn == null && e.Position == Position.Teacher && e.Person!.UserId == null)
            .OrderBy(e => e.Id).Select(e => e.PersonId).FirstAsync());

    public static Task<string> UserIdAsync(this AppFactory app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    public static Task<Guid> PersonVersionAsync(this AppFactory app, int personId) =>
        app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.Version).SingleAsync());

    /// <summary>Adds a person with a current teacher's post, straight into the database.</summary>
    public static Task<int> AddPersonAsync(this AppFactory app, string organization, string surname, string name, string? patronymic = null, string? iin = null) =>
        app.WithDbAsync(async db =>
        {
            var organizationId = await db.Organizations.Where(o => o.Name == organization).Select(o => o.Id).SingleAsync();
            var person = new Person { Surname = surname, Name = name, Patronymic = patronymic, Iin = iin };
            person.Employments.Add(new Employment { OrganizationId = organizationId, Position = Position.Teacher, Category = QualificationCategory.Pedagogue });
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    /// <summary>A valid IIN (correct check digit) born on <paramref name="birth"/> (YYMMDD); <paramref name="serial"/> varies it.</summary>
    public static string ValidIin(string birth, int serial)
    {
        for (var n = serial; ; n++)
        {
            var body = birth + "4" + (n % 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var check in "0123456789")
            {
                if (Iin.IsValid(body + check))
                {
                    return body + check;
                }
            }
        }
    }

    /// <summary>
    /// The login the tests use for the Russian interface. Switching language is remembered for the user and
    /// applied at the next sign-in, so the other logins stay in Kazakh.
    /// </summary>
    public const string RussianSpeaker = "centre";

    /// <summary>Forbid() of a signed-in cookie user: a redirect to the access-denied page.</summary>
    public static bool IsAccessDenied(HttpResponseMessage response) =>
        response.StatusCode == System.Net.HttpStatusCode.Redirect
        && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal);

    /// <summary>The rows of the staff table as cell texts: name, organization, position, subjects, category, expiry.</summary>
    public static IReadOnlyList<string[]> Rows(AngleSharp.Dom.IDocument doc) =>
        doc.QuerySelectorAll("table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
}
