using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Adisteme.Tests.People;
using Adisteme.Tests.Performance;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Api;

/// <summary>
/// Staff writes through the JSON API: the same scope and permission answers as the pages (404 outside
/// the scope, 403 without the permission), the editors' rules as 400 validation problems in the
/// caller's language, optimistic concurrency, and an audit row for every write.
/// </summary>
public sealed class ApiStaffWriteTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<object> NewPersonAsync(int organizationId, string surname, string? iin = null, int gradeFrom = 5, int gradeTo = 9)
    {
        var physics = await app.WithDbAsync(db => db.Subjects.Where(s => s.Code == "physics").Select(s => s.Id).SingleAsync());
        return new
        {
            organizationId,
            person = new { surname, name = "Ақерке", patronymic = "Болатқызы", iin, email = "akerke@example.kz" },
            employment = new
            {
                position = "Teacher", subjectIds = new[] { physics }, gradeFrom, gradeTo, category = "PedagogueExpert",
                categoryAwardedOn = "2023-05-20", categoryExpiresOn = "2028-05-20", experienceStartedOn = "2012-09-01",
            },
        };
    }

    /// <summary>A PUT body for a person; "version" only when given (a client relying on If-Match leaves it out).</summary>
    private static Dictionary<string, object?> PersonBody(string surname, string? iin = null, Guid? version = null)
    {
        var body = new Dictionary<string, object?> { ["surname"] = surname, ["name"] = "Ақерке", ["iin"] = iin };
        if (version is { } v)
        {
            body["version"] = v;
        }
        return body;
    }

    private Task<int> PeopleCountAsync() => app.WithDbAsync(db => db.People.CountAsync());

    private Task<int> AuditCountAsync() => app.WithDbAsync(db => db.AuditEntries.CountAsync());

    private Task<int> CurrentPostAsync(int personId) =>
        app.WithDbAsync(db => db.Employments.Where(e => e.PersonId == personId && e.EndedOn == null).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());

    [Fact]
    public async Task CreatePerson_MethodologistInSchool101_Returns201AndWritesPersonPostAndAudit()
    {
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var iin = StaffData.ValidIin("910304", 11);
        using var client = await ApiClient.SignedInAsync(app, "methodologist");

        var response = await client.PostJsonAsync("/api/v1/people", await NewPersonAsync(school, "Жұмабаева", iin));

        var created = await ApiClient.JsonAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/people/{id}", response.Headers.Location!.OriginalString);
        var person = await app.WithDbAsync(db => db.People.Include(p => p.Employments).ThenInclude(e => e.Subjects).SingleAsync(p => p.Id == id));
        Assert.Equal(("Жұмабаева", iin), (person.Surname, person.Iin));
        Assert.Equal($"\"{person.Version:N}\"", response.Headers.ETag?.Tag);
        var post = Assert.Single(person.Employments);
        Assert.Equal((school, Position.Teacher, 5, 9), (post.OrganizationId, post.Position, post.GradeFrom!.Value, post.GradeTo!.Value));
        Assert.Single(post.Subjects);
        Assert.Equal("Teacher", Assert.Single(created.GetProperty("employments").EnumerateArray()).GetProperty("position").GetString());

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "methodologist" && a.Action == "Created")
            .Select(a => new { a.EntityType, a.EntityId }).ToListAsync());
        Assert.Contains(audit, a => a.EntityType == nameof(Person) && a.EntityId == Id(id));
        Assert.Contains(audit, a => a.EntityType == nameof(Employment) && a.EntityId == Id(post.Id));
    }

    [Fact]
    public async Task CreatePerson_MethodologistInSchoolOfOtherDistrict_Returns404AndWritesNothing()
    {
        var silantyev = await app.OrganizationIdAsync(StaffData.Silantyev);
        using var client = await ApiClient.SignedInAsync(app, "methodologist");
        var people = await PeopleCountAsync();
        var audit = await AuditCountAsync();

        await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/v1/people", await NewPersonAsync(silantyev, "Қасымова")), HttpStatusCode.NotFound);

        Assert.Equal(people, await PeopleCountAsync());
        Assert.Equal(audit, await AuditCountAsync());
    }

    [Fact]
    public async Task Writes_Teacher_Returns403AndWritesNothing()
    {
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var colleague = await app.TeacherWithoutLoginAsync(StaffData.School101);
        var version = await app.PersonVersionAsync(colleague);
        using var client = await ApiClient.SignedInAsync(app, "teacher", "en");

        var problem = await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/v1/people", await NewPersonAsync(school, "Апиұлықызы")), HttpStatusCode.Forbidden);
        Assert.Equal("Access denied", problem.GetProperty("title").GetString());
        await ApiClient.ProblemAsync(await client.PutJsonAsync($"/api/v1/people/{colleague}", PersonBody("Апиұлықызы", version: version)), HttpStatusCode.Forbidden);
        await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/v1/employments/{await CurrentPostAsync(colleague)}/end",
            new { endedOn = "2026-11-01", version = Guid.NewGuid() }), HttpStatusCode.Forbidden);

        Assert.Equal(version, await app.PersonVersionAsync(colleague));
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.Surname == "Апиұлықызы")));
    }

    [Fact]
    public async Task Writes_DirectorOfSchool101OnGymnasiumStaff_Return404AndWriteNothing()
    {
        var gymnasium = await app.OrganizationIdAsync(StaffData.Gymnasium);
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var gymTeacher = await app.TeacherWithoutLoginAsync(StaffData.Gymnasium);
        var gymPost = await CurrentPostAsync(gymTeacher);
        var version = await app.PersonVersionAsync(gymTeacher);
        var postVersion = await app.WithDbAsync(db => db.Employments.Where(e => e.Id == gymPost).Select(e => e.Version).SingleAsync());
        var audit = await AuditCountAsync();
        using var client = await ApiClient.SignedInAsync(app, "director");

        await ApiClient.ProblemAsync(await client.PutJsonAsync($"/api/v1/people/{gymTeacher}", PersonBody("Волкова", version: version)), HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/v1/people/{gymTeacher}/employments",
            new { organizationId = school, employment = new { position = "Teacher", category = "Pedagogue" } }), HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await client.PutJsonAsync($"/api/v1/employments/{gymPost}",
            new { position = "SchoolLibrarian", category = "None", version = postVersion }), HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/v1/employments/{gymPost}/end",
            new { endedOn = "2026-11-01", version = postVersion }), HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await client.PostJsonAsync("/api/v1/people", await NewPersonAsync(gymnasium, "Волкова")), HttpStatusCode.NotFound);

        Assert.Equal(version, await app.PersonVersionAsync(gymTeacher));
        Assert.Equal(postVersion, await app.WithDbAsync(db => db.Employments.Where(e => e.Id == gymPost).Select(e => e.Version).SingleAsync()));
        Assert.Equal(audit, await AuditCountAsync());
    }

    [Fact]
    public async Task CreatePerson_BadIinInRussian_Returns400WithFieldKeysAndWritesNothing()
    {
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var bad = StaffData.ValidIin("850607", 3)[..11] + "x";
        using var client = await ApiClient.SignedInAsync(app, "director", "ru-RU");
        var people = await PeopleCountAsync();

        var response = await client.PostJsonAsync("/api/v1/people", await NewPersonAsync(school, "", bad, gradeFrom: 9, gradeTo: 5));

        var problem = await ApiClient.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Некоторые поля заполнены неверно.", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal("ИИН должен состоять из 12 цифр с правильной контрольной цифрой.", errors.GetProperty("person.iin")[0].GetString());
        Assert.Equal("Поле «Фамилия» обязательно.", errors.GetProperty("person.surname")[0].GetString());
        Assert.Equal("Последний класс не может быть меньше первого.", errors.GetProperty("employment.gradeTo")[0].GetString());
        Assert.Equal(people, await PeopleCountAsync());
    }

    [Fact]
    public async Task UpdatePerson_BadIinInRussian_Returns400KeyedIinAndChangesNothing()
    {
        var personId = await app.TeacherWithoutLoginAsync(StaffData.School101);
        var version = await app.PersonVersionAsync(personId);
        using var client = await ApiClient.SignedInAsync(app, "director", "ru-RU");

        var problem = await ApiClient.ProblemAsync(await client.PutJsonAsync($"/api/v1/people/{personId}", PersonBody("Иванова", "123456789012", version)),
            HttpStatusCode.BadRequest);

        Assert.Equal("ИИН должен состоять из 12 цифр с правильной контрольной цифрой.", problem.GetProperty("errors").GetProperty("iin")[0].GetString());
        Assert.Equal(version, await app.PersonVersionAsync(personId));
    }

    [Fact]
    public async Task UpdatePerson_StaleVersion_Returns412Or409WithCurrentAndWritesNothing()
    {
        var personId = await app.AddPersonAsync(StaffData.School101, "Лебедева", "Ольга");
        var stale = await app.PersonVersionAsync(personId);
        using var client = await ApiClient.SignedInAsync(app, "director");
        var first = await ApiClient.JsonAsync(await client.PutJsonAsync($"/api/v1/people/{personId}", PersonBody("Лебедева-Смирнова"), $"\"{stale:N}\""), HttpStatusCode.OK);
        var now = await app.PersonVersionAsync(personId);
        Assert.NotEqual(stale, now);
        Assert.Equal(now, first.GetProperty("version").GetGuid());
        var audit = await AuditCountAsync();

        var viaHeader = await ApiClient.ProblemAsync(await client.PutJsonAsync($"/api/v1/people/{personId}", PersonBody("Лебедева"), $"\"{stale:N}\""),
            HttpStatusCode.PreconditionFailed);
        var viaBody = await ApiClient.ProblemAsync(await client.PutJsonAsync($"/api/v1/people/{personId}", PersonBody("Лебедева", version: stale)),
            HttpStatusCode.Conflict);
        var missing = await client.PutJsonAsync($"/api/v1/people/{personId}", PersonBody("Лебедева"));
        await ApiClient.ProblemAsync(missing, (HttpStatusCode)428);

        foreach (var problem in new[] { viaHeader, viaBody })
        {
            Assert.Equal("Лебедева-Смирнова", problem.GetProperty("current").GetProperty("surname").GetString());
            Assert.Equal(now, problem.GetProperty("current").GetProperty("version").GetGuid());
        }
        var stored = await app.WithDbAsync(db => db.People.SingleAsync(p => p.Id == personId));
        Assert.Equal(("Лебедева-Смирнова", now), (stored.Surname, stored.Version));
        Assert.Equal(audit, await AuditCountAsync());
        var update = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Person) && a.EntityId == Id(personId) && a.Action == "Updated")
            .Select(a => new { a.UserName, a.Before, a.After }).SingleAsync());
        Assert.Equal("director", update.UserName);
        Assert.Contains("Лебедева", update.Before, StringComparison.Ordinal);
        Assert.Contains("Лебедева-Смирнова", update.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Employments_AddChangeAndEnd_FollowTheEditorRulesAndVersions()
    {
        var gymnasium = await app.OrganizationIdAsync(StaffData.Gymnasium);
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var personId = await app.AddPersonAsync(StaffData.School101, "Петрова", "Марина");
        using var client = await ApiClient.SignedInAsync(app, "methodologist", "ru-RU");

        // A second current post in the same school breaks the editor's rule; in the gymnasium it is fine.
        var twice = await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/v1/people/{personId}/employments",
            new { organizationId = school, employment = new { position = "Teacher", category = "Pedagogue" } }), HttpStatusCode.BadRequest);
        Assert.Equal("Этот сотрудник уже занимает должность в этой организации; измените эту должность.", twice.GetProperty("errors").GetProperty("")[0].GetString());
        var added = await client.PostJsonAsync($"/api/v1/people/{personId}/employments",
            new { organizationId = gymnasium, employment = new { position = "Teacher", category = "Pedagogue", gradeFrom = 1, gradeTo = 4 } });
        var post = await ApiClient.JsonAsync(added, HttpStatusCode.Created);
        var postId = post.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/people/{personId}", added.Headers.Location!.OriginalString);

        var changed = await ApiClient.JsonAsync(await client.PutJsonAsync($"/api/v1/employments/{postId}",
            new { position = "PrimaryTeacher", category = "Pedagogue", gradeFrom = 1, gradeTo = 4 }, added.Headers.ETag!.Tag), HttpStatusCode.OK);
        Assert.Equal("PrimaryTeacher", changed.GetProperty("position").GetString());
        Assert.NotEqual(post.GetProperty("version").GetGuid(), changed.GetProperty("version").GetGuid());

        var future = await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/v1/employments/{postId}/end",
            new { endedOn = "2027-01-10", version = changed.GetProperty("version").GetGuid() }), HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("endedOn", out _));
        var ended = await ApiClient.JsonAsync(await client.PostJsonAsync($"/api/v1/employments/{postId}/end",
            new { endedOn = "2026-11-15", version = changed.GetProperty("version").GetGuid() }), HttpStatusCode.OK);
        Assert.Equal("2026-11-15", ended.GetProperty("endedOn").GetString());
        await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/v1/employments/{postId}/end",
            new { endedOn = "2026-11-16", version = ended.GetProperty("version").GetGuid() }), HttpStatusCode.Conflict);

        var stored = await app.WithDbAsync(db => db.Employments.SingleAsync(e => e.Id == postId));
        Assert.Equal((Position.PrimaryTeacher, new DateOnly(2026, 11, 15)), (stored.Position, stored.EndedOn!.Value));
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Employment) && a.EntityId == Id(postId))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Created", "Updated", "Updated"], actions);
    }

    [Fact]
    public async Task Writes_BrowserCookieOnly_Return401ButReadsStillWork()
    {
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var personId = await app.TeacherWithoutLoginAsync(StaffData.School101);
        var version = await app.PersonVersionAsync(personId);
        using var browser = app.CreateTestClient();
        await browser.SignInAsAsync("admin");
        var people = await PeopleCountAsync();

        var create = await browser.Http.PostAsJsonAsync("/api/v1/people", await NewPersonAsync(school, "Соколова"), TestContext.Current.CancellationToken);
        var update = await browser.Http.PutAsJsonAsync($"/api/v1/people/{personId}", PersonBody("Соколова", version: version), TestContext.Current.CancellationToken);

        await ApiClient.ProblemAsync(create, HttpStatusCode.Unauthorized);
        await ApiClient.ProblemAsync(update, HttpStatusCode.Unauthorized);
        Assert.Equal(people, await PeopleCountAsync());
        Assert.Equal(version, await app.PersonVersionAsync(personId));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/v1/people/{personId}")).StatusCode);
    }
}
