using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Bodies;

/// <summary>Creating bodies, who sees and manages them, the head by order with its DOCX, and expired terms.</summary>
public sealed class BodyScreensTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Create_R1TooFewTeachersOfSubject_ShowsMessageAtSubjectsAndOffersInterSchool_WritesNothing()
    {
        var (org, subject, before) = await app.WithDbAsync(async db =>
        {
            var org = await BodiesWorld.School101IdAsync(db);
            var taught = await db.Employments.Where(e => e.OrganizationId == org && e.EndedOn == null).SelectMany(e => e.Subjects.Select(s => s.SubjectId)).ToListAsync();
            var subject = await db.Subjects.Where(s => !taught.Contains(s.Id)).Select(s => s.Id).FirstAsync();
            return (org, subject, await db.MethodologicalBodies.CountAsync());
        });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("deputy");
        await client.UseLanguageAsync("en");

        var response = await client.PostFormAsync($"/Associations/Create?organizationId={org}", new()
        {
            ["OrganizationId"] = org.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Name"] = "Too small",
            ["Input.Kind"] = "MethodologicalAssociation",
            ["Input.Audience"] = "SubjectTeachers",
            ["Input.Subjects"] = subject.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("An association needs at least 3 teachers of each subject", TestClient.FieldError(page, "Input.Subjects"), StringComparison.Ordinal);
        Assert.Contains(RuleMessages.JoinInterSchoolAssociation, page.QuerySelector("#inter-school")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.MethodologicalBodies.CountAsync()));
    }

    [Fact]
    public async Task Create_Council_Saved_AndAudited()
    {
        // The demo gives school 101, the gymnasium and Силантьев a council already; the small school has none.
        var org = await app.WithDbAsync(db => db.Organizations.Where(o => o.Name == "Шоқай шағын жинақты мектебі").Select(o => o.Id).SingleAsync());
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("admin");

        var response = await client.PostFormAsync($"/Associations/Create?organizationId={org}", new()
        {
            ["OrganizationId"] = org.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Name"] = "Әдістемелік кеңес (тест)",
            ["Input.Kind"] = "MethodologicalCouncil",
            ["Input.Audience"] = "SubjectTeachers",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (kind, audited) = await app.WithDbAsync(async db =>
        {
            var body = await db.MethodologicalBodies.SingleAsync(b => b.Name == "Әдістемелік кеңес (тест)");
            var key = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return (body.Kind, await db.AuditEntries.AnyAsync(a => a.EntityType.Contains("MethodologicalBody") && a.EntityId == key));
        });
        Assert.Equal(BodyKind.MethodologicalCouncil, kind);
        Assert.True(audited);
    }

    [Fact]
    public async Task Scope_OtherSchoolHidden_MemberReads_HeadCannotManageMembership()
    {
        var (bodyId, teacher) = await app.WithDbAsync(async db =>
        {
            var teacher = await BodiesWorld.PersonOfAsync(db, "teacher");
            return (await BodiesWorld.AssociationAsync(db, "Scope body", teacher), teacher);
        });

        using (var gym = app.CreateTestClient())
        {
            await gym.SignInAsAsync("director.gym");
            Assert.Equal(HttpStatusCode.NotFound, (await gym.GetAsync($"/Associations/Details/{bodyId}")).StatusCode);
            Assert.DoesNotContain("Scope body", await (await gym.GetAsync("/Associations")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        using (var member = app.CreateTestClient())
        {
            await member.SignInAsAsync("teacher");
            var page = await member.GetPageAsync($"/Associations/Details/{bodyId}");
            Assert.Contains("Scope body", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.Single(page.QuerySelectorAll("#members tbody tr"));
        }
        using var head = app.CreateTestClient();
        await head.SignInAsAsync("head");
        AssertDenied(await head.GetAsync($"/Associations/Members/{bodyId}"));
        var other = (await app.WithDbAsync(db => BodiesWorld.PlainStaffAsync(db, 1)))[0];
        var post = await head.PostFormAsync($"/Associations/Members/{bodyId}?handler=Add", new() { ["Input.PersonId"] = $"{other}" },
            formPage: $"/Associations/Details/{bodyId}");
        AssertDenied(post);
        Assert.Equal(1, await app.WithDbAsync(db => db.MethodologicalBodies.Where(b => b.Id == bodyId).Select(b => b.MemberCount).SingleAsync()));
    }

    [Fact]
    public async Task Head_AppointedByOrder_OrderDocxInKazakh_AndSecondAppointmentRefused()
    {
        var (bodyId, person) = await app.WithDbAsync(async db =>
        {
            var staff = await BodiesWorld.PlainStaffAsync(db, 1);
            return (await BodiesWorld.AssociationAsync(db, "Математика ӘБ", staff[0]), staff[0]);
        });
        var yearEnd = await app.WithDbAsync(async db => await db.SchoolYears.Where(y => y.StartYear == 2026 && y.Country == Adisteme.Web.Features.Organizations.Domain.Country.Kazakhstan).Select(y => y.EndsOn).SingleAsync());
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        var url = $"/Associations/Head/{bodyId}";
        var version = (await client.GetPageAsync(url)).QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["Input.PersonId"] = $"{person}",
            ["Input.OrderNumber"] = "45-ж",
            ["Input.OrderDate"] = "2026-11-20",
            ["Input.TermStart"] = "2026-11-20",
            ["Input.TermEnd"] = yearEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Version"] = version,
        };

        var response = await client.PostFormAsync(url + "?handler=Appoint", fields, formPage: url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var appointmentId = await app.WithDbAsync(db => db.HeadAppointments.Where(a => a.BodyId == bodyId).Select(a => a.Id).SingleAsync());
        var docx = await client.GetAsync($"{url}?handler=Order&appointmentId={appointmentId}");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var word = WordprocessingDocument.Open(stream, false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("БҰЙЫРАМЫН", text, StringComparison.Ordinal);
        Assert.Contains("45-ж", text, StringComparison.Ordinal);
        Assert.Contains("«Математика ӘБ» жетекшісі болып 2026–2027 оқу жылына", text, StringComparison.Ordinal);
        Assert.Contains("тағайындалсын", text, StringComparison.Ordinal);

        // R9: a second appointment over a current one is refused with a message, nothing written (a stale version is refused too).
        var stale = await client.PostFormAsync(url + "?handler=Appoint", fields, formPage: url);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.HeadAppointments.CountAsync(a => a.BodyId == bodyId)));
    }

    [Fact]
    public async Task ExpiredTerm_R9_ListedForDeputy()
    {
        var bodyId = await app.WithDbAsync(async db =>
        {
            var staff = await BodiesWorld.PlainStaffAsync(db, 2);
            var id = await BodiesWorld.AssociationAsync(db, "Expired head body", staff[1]);
            var body = await db.MethodologicalBodies.Include(b => b.Memberships).Include(b => b.Appointments).SingleAsync(b => b.Id == id);
            var lastYear = await db.SchoolYears.SingleAsync(y => y.StartYear == 2025 && y.Country == Adisteme.Web.Features.Organizations.Domain.Country.Kazakhstan);
            body.AppointHead(await BodiesWorld.ProfileAsync(db, staff[1]), new OrderRef("12", new DateOnly(2025, 9, 1)), OrderIssuer.Director,
                new DateOnly(2025, 9, 1), lastYear.EndsOn, lastYear, BodiesWorld.Rules);
            await db.SaveChangesAsync();
            return id;
        });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("deputy");

        var page = await client.GetPageAsync("/Associations");

        var expired = page.QuerySelector("#expired + .table-wrap")!.TextContent;
        Assert.Contains("Expired head body", expired, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/Associations/Head/{bodyId}']"));
    }

    /// <summary>403: the cookie scheme answers a forbidden page request by sending the browser to AccessDenied.</summary>
    private static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"expected 403, got {(int)response.StatusCode} {response.Headers.Location}");
}
