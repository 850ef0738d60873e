using System.Net;
using System.Text.Json;
using Adisteme.Tests.Performance;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Api;

/// <summary>The API shows exactly what the caller's role and scope reach; everything else is 404.</summary>
public sealed class ApiScopeTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    private const string City = "Қостанай қаласы";

    private Task<int> OrganizationIdAsync(string shortName) =>
        app.WithDbAsync(db => db.Organizations.Where(o => o.ShortName == shortName).Select(o => o.Id).SingleAsync());

    private Task<int> StaffMemberAsync(string organizationShortName, Position position) =>
        app.WithDbAsync(db => db.Employments.Where(e => e.Organization!.ShortName == organizationShortName && e.Position == position)
            .OrderBy(e => e.PersonId).Select(e => e.PersonId).FirstAsync());

    private static int[] Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order().ToArray();

    [Fact]
    public async Task Methodologist_ListsOrganizations_OnlyThoseOfItsDistrict()
    {
        using var client = await ApiClient.SignedInAsync(app, "methodologist");
        var page = await client.GetJsonAsync("/api/v1/organizations");

        var expected = await app.WithDbAsync(db => db.Organizations.Where(o => o.District!.Name == City).Select(o => o.Id).OrderBy(id => id).ToArrayAsync());
        Assert.Equal(expected, Ids(page));
        Assert.Equal(expected.Length, page.GetProperty("total").GetInt32());
        Assert.All(ApiClient.Strings(page.GetProperty("items"), "districtName"), d => Assert.Equal(City, d));
    }

    [Fact]
    public async Task Methodologist_OtherDistrict_Answers404ForItsSchoolsAndAsAFilter()
    {
        using var client = await ApiClient.SignedInAsync(app, "methodologist");
        var other = await app.WithDbAsync(db => db.Districts.Where(d => d.Name != City).Select(d => d.Id).SingleAsync());
        await ApiClient.ProblemAsync(await client.GetAsync($"/api/v1/organizations/{await OrganizationIdAsync("Силантьев ЖББМ")}"), HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await client.GetAsync($"/api/v1/organizations?districtId={other}"), HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await client.GetAsync($"/api/v1/districts/{other}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Director_OwnSchool_AnswersRecordWithVersionAndETag()
    {
        using var client = await ApiClient.SignedInAsync(app, "director");
        var id = await OrganizationIdAsync("№ 101 ЖББМ");
        var response = await client.GetAsync($"/api/v1/organizations/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var school = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        var version = await app.WithDbAsync(db => db.Organizations.Where(o => o.Id == id).Select(o => o.Version).SingleAsync());
        Assert.Equal(version, school.GetProperty("version").GetGuid());
        Assert.Equal($"\"{version:N}\"", response.Headers.ETag?.Tag);
        Assert.Equal("School", school.GetProperty("kind").GetString());
        Assert.Equal(["Kazakh", "Russian"], school.GetProperty("instructionLanguages").EnumerateArray().Select(l => l.GetString()!).ToArray());
    }

    [Fact]
    public async Task Director_AnotherSchoolAndItsStaff_Answer404()
    {
        using var client = await ApiClient.SignedInAsync(app, "director");
        var gymnasium = await OrganizationIdAsync("Гимназия № 5");
        var teacherOfGymnasium = await StaffMemberAsync("Гимназия № 5", Position.Teacher);

        await ApiClient.ProblemAsync(await client.GetAsync($"/api/v1/organizations/{gymnasium}"), HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await client.GetAsync($"/api/v1/people/{teacherOfGymnasium}"), HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await client.GetAsync($"/api/v1/people?organizationId={gymnasium}"), HttpStatusCode.NotFound);
        var people = await client.GetJsonAsync("/api/v1/people?pageSize=200");
        Assert.DoesNotContain(teacherOfGymnasium, Ids(people));
    }

    [Fact]
    public async Task Director_Person_ShowsEmploymentAndIinButTeacherSeesNoIin()
    {
        var personId = await StaffMemberAsync("№ 101 ЖББМ", Position.Teacher);
        var iin = Enumerable.Range(0, 10).Select(d => "90010130000" + d).First(Iin.IsValid);
        await app.WithDbAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Id == personId);
            person.Iin = iin;
            return await db.SaveChangesAsync();
        });
        var expected = await app.WithDbAsync(db => db.Employments.Where(e => e.PersonId == personId)
            .Select(e => new { e.Position, e.GradeFrom, e.GradeTo, e.Category, Codes = e.Subjects.Select(s => s.Subject!.Code).ToList() }).SingleAsync());

        using var director = await ApiClient.SignedInAsync(app, "director");
        var person = await director.GetJsonAsync($"/api/v1/people/{personId}");
        Assert.Equal(iin, person.GetProperty("iin").GetString());
        var employment = Assert.Single(person.GetProperty("employments").EnumerateArray());
        Assert.Equal("№ 101 жалпы білім беретін мектеп", employment.GetProperty("organizationName").GetString());
        Assert.Equal(expected.Position.ToString(), employment.GetProperty("position").GetString());
        Assert.Equal(expected.Category.ToString(), employment.GetProperty("category").GetString());
        Assert.Equal(expected.GradeFrom, employment.GetProperty("gradeFrom").GetInt32());
        Assert.Equal(expected.GradeTo, employment.GetProperty("gradeTo").GetInt32());
        Assert.Equal(expected.Codes, employment.GetProperty("subjects").EnumerateArray().Select(c => c.GetString()!).ToList());

        using var teacher = await ApiClient.SignedInAsync(app, "teacher");
        var seenByTeacher = await teacher.GetJsonAsync($"/api/v1/people/{personId}");
        Assert.Equal(JsonValueKind.Null, seenByTeacher.GetProperty("iin").ValueKind);
    }

    [Fact]
    public async Task Paging_AdminWalksAllPeople_TotalsMatchTheDatabase()
    {
        using var client = await ApiClient.SignedInAsync(app, "admin");
        var all = await app.WithDbAsync(db => db.People.Select(p => p.Id).OrderBy(id => id).ToArrayAsync());

        var first = await client.GetJsonAsync("/api/v1/people?pageSize=10");
        Assert.Equal(all.Length, first.GetProperty("total").GetInt32());
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        var seen = new List<int>(Ids(first));
        var pages = (all.Length + 9) / 10;
        for (var page = 2; page <= pages; page++)
        {
            var next = await client.GetJsonAsync($"/api/v1/people?pageSize=10&page={page}");
            Assert.Equal(page, next.GetProperty("page").GetInt32());
            seen.AddRange(Ids(next));
        }
        Assert.Equal(all, seen.Order().ToArray());
        var beyond = await client.GetJsonAsync($"/api/v1/people?pageSize=10&page={pages + 1}");
        Assert.Equal(0, beyond.GetProperty("items").GetArrayLength());
        Assert.Equal(all.Length, beyond.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_AnyLetterCase_FindsKazakhAndRussianNames()
    {
        using var client = await ApiClient.SignedInAsync(app, "methodologist");
        var gymnasium = await OrganizationIdAsync("Гимназия № 5");
        Assert.Equal([gymnasium], Ids(await client.GetJsonAsync("/api/v1/organizations?q=гимназия")));
        Assert.Equal([gymnasium], Ids(await client.GetJsonAsync("/api/v1/organizations?q=ГИМНАЗИЯ")));
        Assert.Equal([await OrganizationIdAsync("№ 101 ЖББМ")], Ids(await client.GetJsonAsync("/api/v1/organizations?q=ЖАЛПЫ%20білім")));
        // The district's other school matches the words but lies outside the methodologist's district.
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/organizations?q=силантьев")).GetProperty("total").GetInt32());

        var someone = await app.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => new { p.Id, p.Surname }).FirstAsync());
        using var admin = await ApiClient.SignedInAsync(app, "admin");
        var found = await admin.GetJsonAsync("/api/v1/people?pageSize=200&q=" + Uri.EscapeDataString(someone.Surname.ToUpperInvariant()));
        Assert.Contains(someone.Id, Ids(found));
        Assert.All(ApiClient.Strings(found.GetProperty("items"), "surname"),
            s => Assert.Contains(someone.Surname.ToLowerInvariant(), s.ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Subjects_List_HasEverySubjectInFourLanguages()
    {
        using var client = await ApiClient.SignedInAsync(app, "teacher", "ru-RU");
        var page = await client.GetJsonAsync("/api/v1/subjects");
        Assert.Equal(await app.WithDbAsync(db => db.Subjects.CountAsync()), page.GetProperty("total").GetInt32());

        var history = page.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "history-kazakhstan");
        Assert.Equal("История Казахстана", history.GetProperty("name").GetString());
        var names = history.GetProperty("names");
        Assert.Equal("Қазақстан тарихы", names.GetProperty("kk").GetString());
        Assert.Equal("История Казахстана", names.GetProperty("ru").GetString());
        Assert.Equal("Казакстандын тарыхы", names.GetProperty("ky").GetString());
        Assert.Equal("History of Kazakhstan", names.GetProperty("en").GetString());
        Assert.Equal("social", history.GetProperty("areaCode").GetString());
    }

    [Fact]
    public async Task Lists_QueryCount_DoesNotGrowWithThePageSize()
    {
        using var client = await ApiClient.SignedInAsync(app, "admin");
        await client.GetJsonAsync("/api/v1/people?pageSize=1");

        async Task<int> CommandsFor(string url)
        {
            var before = app.Commands.Count;
            await client.GetJsonAsync(url);
            return app.Commands.Count - before;
        }
        var small = await CommandsFor("/api/v1/people?pageSize=2");
        var large = await CommandsFor("/api/v1/people?pageSize=200");
        Assert.Equal(small, large);
        Assert.InRange(large, 1, 3); // grants, count, one page of people with their posts
        Assert.Equal(await CommandsFor("/api/v1/organizations?pageSize=1"), await CommandsFor("/api/v1/organizations?pageSize=200"));
        Assert.InRange(await CommandsFor($"/api/v1/people/{await StaffMemberAsync("№ 101 ЖББМ", Position.Teacher)}"), 1, 2);
    }
}
