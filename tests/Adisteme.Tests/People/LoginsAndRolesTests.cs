using System.Globalization;
using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.People;

/// <summary>A director gives a teacher a login and the Teacher role, may not hand out roles above their own, and can revoke.</summary>
public sealed class LoginsAndRolesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string LoginUrl(int personId) => $"/Organizations/People/Login/{personId}";
    private static string RolesUrl(int personId) => $"/Organizations/People/Roles/{personId}";

    private async Task<HttpResponseMessage> CreateLoginAsync(TestClient client, int personId, string userName, string password) =>
        await client.PostFormAsync(LoginUrl(personId) + "?handler=Create", new()
        {
            ["NewLogin.UserName"] = userName,
            ["NewLogin.Password"] = password,
            ["version"] = (await app.PersonVersionAsync(personId)).ToString(),
        }, formPage: LoginUrl(personId));

    private static Task<HttpResponseMessage> GrantAsync(TestClient client, int personId, string role, string scope) =>
        client.PostFormAsync(RolesUrl(personId) + "?handler=Grant", new() { ["Input.Role"] = role, ["Input.Scope"] = scope }, formPage: RolesUrl(personId));

    private Task<List<RoleGrant>> GrantsOfAsync(string userName) =>
        app.WithDbAsync(db => db.RoleGrants.Where(g => db.Users.Any(u => u.Id == g.UserId && u.UserName == userName)).ToListAsync());

    [Fact]
    public async Task CreateLoginAndGrantTeacher_Director_NewUserSignsInWithTheRoleAndAllIsAudited()
    {
        var person = await app.TeacherWithoutLoginAsync(StaffData.School101);
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var directorId = await app.UserIdAsync("director");
        using var director = app.CreateTestClient();
        await director.SignInAsAsync("director");

        var created = await CreateLoginAsync(director, person, "aigul.t", "mektep-2026-kz");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "aigul.t"));
        var fullName = await app.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.Surname + " " + p.Name).SingleAsync());
        Assert.StartsWith(fullName, user.DisplayName, StringComparison.Ordinal);
        Assert.Equal(user.Id, await app.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.UserId).SingleAsync()));

        var granted = await GrantAsync(director, person, "Teacher", $"Organization:{school}");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var grant = Assert.Single(await GrantsOfAsync("aigul.t"));
        Assert.Equal((AppRole.Teacher, ScopeKind.Organization, school, directorId), (grant.Role, grant.ScopeKind, grant.ScopeId!.Value, grant.GrantedByUserId));

        var roles = await director.GetPageAsync(RolesUrl(person));
        Assert.Contains("Мұғалім", roles.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(StaffData.School101, roles.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        using var teacher = app.CreateTestClient();
        await teacher.SignInAsAsync("aigul.t", "mektep-2026-kz");
        await teacher.GetPageAsync($"/Organizations/People/Details/{person}");

        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == directorId).ToListAsync());
        Assert.Contains(audit, a => a.EntityType == "AppUser" && a.EntityId == user.Id && a.Action == "Created" && !a.After!.Contains("PasswordHash", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.EntityType == "Person" && a.EntityId == person.ToString(CultureInfo.InvariantCulture) && a.Action == "Updated"
            && a.After!.Contains(user.Id, StringComparison.Ordinal));
        Assert.Contains(audit, a => a.EntityType == nameof(RoleGrant) && a.Action == "Created" && a.After!.Contains("\"Role\":1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Grant_DirectorGivesDirectorOrDistrictMethodologist_IsRefusedAndNothingWritten()
    {
        var person = await app.TeacherWithoutLoginAsync(StaffData.School101);
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var city = await app.DistrictIdAsync(StaffData.City);
        using var director = app.CreateTestClient();
        await director.SignInAsAsync("director");
        Assert.Equal(HttpStatusCode.Redirect, (await CreateLoginAsync(director, person, "refused.t", "mektep-2026-kz")).StatusCode);

        var page = await director.GetPageAsync(RolesUrl(person));
        var offered = page.QuerySelectorAll("select[name='Input.Role'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["", "Teacher", "AssociationHead", "DeputyDirector"], offered);

        foreach (var (role, scope) in new[] { ("Director", $"Organization:{school}"), ("DistrictMethodologist", $"District:{city}"), ("Administrator", "Global") })
        {
            var response = await GrantAsync(director, person, role, scope);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Бұл рөлді осы аяда бере алмайсыз.", TestClient.FieldError(await TestClient.ParseAsync(response), "Input.Role"));
        }
        var wrongKind = await GrantAsync(director, person, "DistrictMethodologist", $"Organization:{school}");
        Assert.Equal("Бұл рөл басқа деңгейде беріледі; таңдаңыз: Аудан.", TestClient.FieldError(await TestClient.ParseAsync(wrongKind), "Input.Scope"));
        var gymnasium = await app.OrganizationIdAsync(StaffData.Gymnasium);
        var outOfReach = await GrantAsync(director, person, "Teacher", $"Organization:{gymnasium}");
        Assert.Equal("Бұл рөлді осы аяда бере алмайсыз.", TestClient.FieldError(await TestClient.ParseAsync(outOfReach), "Input.Role"));

        Assert.Empty(await GrantsOfAsync("refused.t"));
    }

    [Fact]
    public async Task Grant_SameRoleTwice_ShowsFieldErrorAndKeepsOneGrant()
    {
        var person = await app.TeacherWithoutLoginAsync(StaffData.School101);
        var school = await app.OrganizationIdAsync(StaffData.School101);
        using var director = app.CreateTestClient();
        await director.SignInAsAsync("director");
        await CreateLoginAsync(director, person, "twice.t", "mektep-2026-kz");

        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(director, person, "AssociationHead", $"Organization:{school}")).StatusCode);
        var again = await GrantAsync(director, person, "AssociationHead", $"Organization:{school}");

        Assert.Equal("Бұл логинде осы аяда бұл рөл бұрыннан бар.", TestClient.FieldError(await TestClient.ParseAsync(again), "Input.Role"));
        Assert.Single(await GrantsOfAsync("twice.t"));
    }

    [Fact]
    public async Task Revoke_DirectorRevokesTeacherRole_GrantDeletedAndAudited_ButNotTheirOwn()
    {
        var person = await app.TeacherWithoutLoginAsync(StaffData.School101);
        var school = await app.OrganizationIdAsync(StaffData.School101);
        using var director = app.CreateTestClient();
        await director.SignInAsAsync("director");
        await CreateLoginAsync(director, person, "revoked.t", "mektep-2026-kz");
        await GrantAsync(director, person, "Teacher", $"Organization:{school}");
        var grant = Assert.Single(await GrantsOfAsync("revoked.t"));

        var revoked = await director.PostFormAsync(RolesUrl(person) + "?handler=Revoke", new() { ["grantId"] = grant.Id.ToString(CultureInfo.InvariantCulture) }, formPage: RolesUrl(person));

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Empty(await GrantsOfAsync("revoked.t"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(RoleGrant)
            && a.EntityId == grant.Id.ToString(CultureInfo.InvariantCulture) && a.Action == "Deleted" && a.UserName == "director")));

        var directorPerson = await app.WithDbAsync(db => db.People.Where(p => db.Users.Any(u => u.Id == p.UserId && u.UserName == "director")).Select(p => p.Id).SingleAsync());
        var own = Assert.Single(await GrantsOfAsync("director"));
        var page = await director.GetPageAsync(RolesUrl(directorPerson));
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Revoke']"));
        var refused = await director.PostFormAsync(RolesUrl(directorPerson) + "?handler=Revoke", new() { ["grantId"] = own.Id.ToString(CultureInfo.InvariantCulture) }, formPage: RolesUrl(person));
        Assert.True(StaffData.IsAccessDenied(refused));
        Assert.Single(await GrantsOfAsync("director"));
    }

    [Fact]
    public async Task Grant_MethodologistGivesDirectorOfGymnasium_IsAllowed()
    {
        var person = await app.TeacherWithoutLoginAsync(StaffData.Gymnasium);
        var gymnasium = await app.OrganizationIdAsync(StaffData.Gymnasium);
        using var methodologist = app.CreateTestClient();
        await methodologist.SignInAsAsync("methodologist");
        await CreateLoginAsync(methodologist, person, "gym.head", "mektep-2026-kz");

        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(methodologist, person, "Director", $"Organization:{gymnasium}")).StatusCode);

        Assert.Equal(AppRole.Director, Assert.Single(await GrantsOfAsync("gym.head")).Role);
    }

    [Fact]
    public async Task Scopes_MethodologistChoosesDirector_OffersOnlyTheCitysOrganizations()
    {
        var person = await app.TeacherWithoutLoginAsync(StaffData.Gymnasium);
        var city = await app.DistrictIdAsync(StaffData.City);
        var cityOrganizations = await app.WithDbAsync(db => db.Organizations.Where(o => o.DistrictId == city).Select(o => "Organization:" + o.Id).ToListAsync());
        using var methodologist = app.CreateTestClient();
        await methodologist.SignInAsAsync("methodologist");

        var fragment = await methodologist.GetPageAsync(RolesUrl(person) + "?handler=Scopes&Input.Role=Director");

        Assert.Null(fragment.QuerySelector("header"));
        var offered = fragment.QuerySelectorAll("select[name='Input.Scope'] option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal(cityOrganizations.Order(), offered.Order());
    }

    [Fact]
    public async Task CreateLogin_WeakPasswordOrTakenName_ShowsIdentityMessagesInKazakhAndWritesNothing()
    {
        var person = await app.TeacherWithoutLoginAsync(StaffData.School101);
        var users = await app.WithDbAsync(db => db.Users.CountAsync());
        using var director = app.CreateTestClient();
        await director.SignInAsAsync("director");

        var weak = await TestClient.ParseAsync(await CreateLoginAsync(director, person, "weak.t", "qwerty"));
        var taken = await TestClient.ParseAsync(await CreateLoginAsync(director, person, "teacher", "mektep-2026-kz"));

        Assert.Contains("10", TestClient.FieldError(weak, "NewLogin.Password"), StringComparison.Ordinal);
        Assert.Contains("teacher", TestClient.FieldError(taken, "NewLogin.UserName"), StringComparison.Ordinal);
        Assert.Equal(users, await app.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Null(await app.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.UserId).SingleAsync()));
    }

    [Fact]
    public async Task LinkAndUnlink_ExistingLoginWithoutPerson_LinksThenUnlinksKeepingRoles()
    {
        var person = await app.TeacherWithoutLoginAsync(StaffData.School101);
        using var director = app.CreateTestClient();
        await director.SignInAsAsync("director");

        var admin = await director.PostFormAsync(LoginUrl(person) + "?handler=Link", new() { ["Link.UserName"] = "admin", ["version"] = (await app.PersonVersionAsync(person)).ToString() }, formPage: LoginUrl(person));
        Assert.Equal("Бұл логинде сіз бере алмайтын рөлдер бар; оларды бере алатын адамға жүгініңіз.", TestClient.FieldError(await TestClient.ParseAsync(admin), "Link.UserName"));
        var linkedElsewhere = await director.PostFormAsync(LoginUrl(person) + "?handler=Link", new() { ["Link.UserName"] = "deputy", ["version"] = (await app.PersonVersionAsync(person)).ToString() }, formPage: LoginUrl(person));
        Assert.Equal("Бұл логин басқа адамға байланыстырылған.", TestClient.FieldError(await TestClient.ParseAsync(linkedElsewhere), "Link.UserName"));

        var orphan = await CreateOrphanLoginAsync("orphan.t");
        var linked = await director.PostFormAsync(LoginUrl(person) + "?handler=Link", new() { ["Link.UserName"] = "orphan.t", ["version"] = (await app.PersonVersionAsync(person)).ToString() }, formPage: LoginUrl(person));
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        Assert.Equal(orphan, await app.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.UserId).SingleAsync()));

        var unlinked = await director.PostFormAsync(LoginUrl(person) + "?handler=Unlink", new() { ["version"] = (await app.PersonVersionAsync(person)).ToString() }, formPage: LoginUrl(person));
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.UserId).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == orphan)));
    }

    /// <summary>A login that belongs to nobody, as an administrator might have made it, holding a Teacher role at school 101.</summary>
    private Task<string> CreateOrphanLoginAsync(string userName) => app.WithDbAsync(async db =>
    {
        var school = await db.Organizations.Where(o => o.Name == StaffData.School101).Select(o => o.Id).SingleAsync();
        var user = new AppUser { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = userName, SecurityStamp = Guid.NewGuid().ToString() };
        db.Users.Add(user);
        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = AppRole.Teacher, ScopeKind = ScopeKind.Organization, ScopeId = school });
        await db.SaveChangesAsync();
        return user.Id;
    });
}
