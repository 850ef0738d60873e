using System.Net;
using System.Text.Json;
using Adisteme.Tests.Associations.Screens.Bodies;
using Adisteme.Tests.Associations.Screens.Plans;
using Adisteme.Tests.Performance;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using static Adisteme.Tests.Api.Associations.AssociationsApiWorld;

namespace Adisteme.Tests.Api.Associations;

/// <summary>
/// Bodies and memberships through the API: the pages' scope (members and school 101's administration read,
/// other schools get 404), membership writes by the managers only, refused rules as 422 naming the rule
/// with nothing written, and an audit row for each write.
/// </summary>
public sealed class BodyApiTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    private static int[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];

    [Fact]
    public async Task GetBody_Member_SeesMembersHeadAndTerm()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: body read");
        using var teacher = await ApiClient.SignedInAsync(app, "teacher");

        var (body, etag) = await teacher.ReadAsync($"/api/v1/bodies/{b.BodyId}");

        Assert.Equal("API: body read", body.GetProperty("name").GetString());
        Assert.Equal("Active", body.GetProperty("status").GetString());
        var head = body.GetProperty("head");
        Assert.Equal("45", head.GetProperty("orderNumber").GetString());
        Assert.Equal("2026-11-20", head.GetProperty("termStart").GetString());
        var members = body.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("personId").GetInt32()).ToArray();
        Assert.Equal(new[] { b.HeadId, b.SecretaryId, b.TeacherId }.Order(), members.Order());
        Assert.Equal($"\"{body.GetProperty("version").GetGuid():N}\"", etag);
        var memberships = await teacher.GetJsonAsync($"/api/v1/bodies/{b.BodyId}/memberships");
        Assert.Equal(3, memberships.GetArrayLength());
    }

    [Fact]
    public async Task Bodies_OtherSchool_DirectorAndTeacherGet404AndDoNotListIt()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: hidden from the gymnasium");
        var gymnasium = await app.WithDbAsync(db => db.Organizations.Where(o => o.Kind == OrganizationKind.Gymnasium)
            .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        await app.CreateUserAsync("api.gym.teacher", AppRole.Teacher, ScopeKind.Organization, gymnasium);

        foreach (var login in new[] { "director.gym", "api.gym.teacher" })
        {
            using var client = await ApiClient.SignedInAsync(app, login);
            foreach (var url in new[] { $"/api/v1/bodies/{b.BodyId}", $"/api/v1/bodies/{b.BodyId}/memberships", $"/api/v1/bodies/{b.BodyId}/plan",
                         $"/api/v1/bodies/{b.BodyId}/meetings" })
            {
                await ApiClient.ProblemAsync(await client.GetAsync(url), HttpStatusCode.NotFound);
            }
            Assert.DoesNotContain(b.BodyId, Ids(await client.GetJsonAsync("/api/v1/bodies?pageSize=200")));
            // Writes answer 404 too, before any version or rule is looked at.
            await ApiClient.ProblemAsync(await client.WriteAsync(HttpMethod.Post, $"/api/v1/bodies/{b.BodyId}/plan", null), HttpStatusCode.NotFound);
        }
        using var director = await ApiClient.SignedInAsync(app, "director");
        Assert.Contains(b.BodyId, Ids(await director.GetJsonAsync("/api/v1/bodies?pageSize=200")));
    }

    [Fact]
    public async Task ListBodies_Filters_ByOrganizationKindAndStatus()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: filtered");
        var school = await app.WithDbAsync(db => db.MethodologicalBodies.Where(x => x.Id == b.BodyId).Select(x => x.OrganizationId!.Value).SingleAsync());
        using var client = await ApiClient.SignedInAsync(app, "methodologist");

        Assert.Contains(b.BodyId, Ids(await client.GetJsonAsync($"/api/v1/bodies?organizationId={school}&kind=MethodologicalAssociation&status=Active&pageSize=200")));
        Assert.DoesNotContain(b.BodyId, Ids(await client.GetJsonAsync($"/api/v1/bodies?organizationId={school}&kind=MethodologicalCouncil&pageSize=200")));
        Assert.DoesNotContain(b.BodyId, Ids(await client.GetJsonAsync("/api/v1/bodies?status=Forming&pageSize=200")));
        var row = (await client.GetJsonAsync($"/api/v1/bodies?organizationId={school}&pageSize=200")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetInt32() == b.BodyId);
        Assert.Equal("№ 101 ЖББМ", row.GetProperty("ownerName").GetString());
        Assert.False(string.IsNullOrEmpty(row.GetProperty("headName").GetString()));
        var rural = await app.WithDbAsync(db => db.Organizations.Where(o => o.District!.Name != "Қостанай қаласы").Select(o => o.Id).FirstAsync());
        await ApiClient.ProblemAsync(await client.GetAsync($"/api/v1/bodies?organizationId={rural}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AddMember_Deputy_Returns200WithNewETagAndWritesMembershipAndAudit()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: add member");
        var newcomer = await app.WithDbAsync(async db => (await BodiesWorld.PlainStaffAsync(db, 20)).First(id => id != b.SecretaryId));
        using var deputy = await ApiClient.SignedInAsync(app, "deputy");
        var (_, etag) = await deputy.ReadAsync($"/api/v1/bodies/{b.BodyId}");

        var response = await deputy.WriteAsync(HttpMethod.Post, $"/api/v1/bodies/{b.BodyId}/memberships", etag, new { personId = newcomer, role = "Member" });

        var body = await ApiClient.JsonAsync(response, HttpStatusCode.OK);
        Assert.NotEqual(etag, response.ETag());
        Assert.Contains(body.GetProperty("members").EnumerateArray(), m => m.GetProperty("personId").GetInt32() == newcomer);
        Assert.True(await app.WithDbAsync(db => db.BodyMemberships.AnyAsync(m => m.BodyId == b.BodyId && m.PersonId == newcomer && m.LeftOn == null)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Membership" && a.Action == "Created" && a.UserName == "deputy"
            && a.After!.Contains($"\"PersonId\":{newcomer}"))));

        // The same version again is stale now: 412 with the body as it is, nothing written.
        var stale = await deputy.WriteAsync(HttpMethod.Post, $"/api/v1/bodies/{b.BodyId}/memberships/{newcomer}/end", etag);
        var problem = await ApiClient.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(b.BodyId, problem.GetProperty("current").GetProperty("id").GetInt32());
        var ended = await deputy.WriteAsync(HttpMethod.Post, $"/api/v1/bodies/{b.BodyId}/memberships/{newcomer}/end", response.ETag());
        await ApiClient.JsonAsync(ended, HttpStatusCode.OK);
        Assert.True(await app.WithDbAsync(db => db.BodyMemberships.AnyAsync(m => m.BodyId == b.BodyId && m.PersonId == newcomer && m.LeftOn != null)));
    }

    [Fact]
    public async Task MembershipWrites_MemberOrHead_Get403_WithoutVersion428()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: members only read");
        var url = $"/api/v1/bodies/{b.BodyId}/memberships";
        foreach (var login in new[] { "teacher", "head" })
        {
            using var client = await ApiClient.SignedInAsync(app, login);
            var (_, etag) = await client.ReadAsync($"/api/v1/bodies/{b.BodyId}");
            await ApiClient.ProblemAsync(await client.WriteAsync(HttpMethod.Post, url, etag, new { personId = b.TeacherId }), HttpStatusCode.Forbidden);
        }
        using var deputy = await ApiClient.SignedInAsync(app, "deputy");
        await ApiClient.ProblemAsync(await deputy.WriteAsync(HttpMethod.Put, $"{url}/{b.TeacherId}", null, new { role = "Member" }), HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task EndMembership_R10Head_Returns422InCallersLanguage_NothingWritten()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: R10");
        using var deputy = await ApiClient.SignedInAsync(app, "deputy", "ru-RU");
        var (_, etag) = await deputy.ReadAsync($"/api/v1/bodies/{b.BodyId}");
        var audit = await AuditCountAsync(app);

        var problem = await RefusedAsync(await deputy.WriteAsync(HttpMethod.Post, $"/api/v1/bodies/{b.BodyId}/memberships/{b.HeadId}/end", etag), "R10");

        var expected = Text(app, "ru-RU", RuleMessages.HeadLeavesOnlyByOrder);
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
        Assert.Equal(Text(app, "ru-RU", "Refused by a rule"), problem.GetProperty("title").GetString());
        Assert.NotEqual(Text(app, "en", RuleMessages.HeadLeavesOnlyByOrder), expected);
        Assert.Equal(audit, await AuditCountAsync(app));
        Assert.True(await app.WithDbAsync(db => db.BodyMemberships.AnyAsync(m => m.BodyId == b.BodyId && m.PersonId == b.HeadId && m.LeftOn == null)));
    }

    [Fact]
    public async Task AddMember_R32CouncilFull_Returns422WithFieldError_NothingWritten()
    {
        var (councilId, last) = await app.WithDbAsync(async db =>
        {
            var rules = new AssociationRulesOptions();
            var org = await db.Organizations.SingleAsync(o => o.Name == BodiesWorld.School101);
            var staff = await db.Employments.Where(e => e.OrganizationId == org.Id && e.EndedOn == null).Select(e => e.PersonId).Distinct().OrderBy(id => id).ToListAsync();
            Assert.True(staff.Count > rules.Council.MaxMembers, $"school 101 has {staff.Count} staff");
            var council = MethodologicalBody.CreateCouncil(org, BodyKind.MethodologicalCouncil, "API: council R32", false, BodiesWorld.Today);
            foreach (var id in staff.Take(rules.Council.MaxMembers))
            {
                council.AddMember(await BodiesWorld.ProfileAsync(db, id), MembershipRole.Member, BodiesWorld.Today, rules, CouncilMemberCategory.InnovatorTeacher);
            }
            db.MethodologicalBodies.Add(council);
            await db.SaveChangesAsync();
            return (council.Id, staff[rules.Council.MaxMembers]);
        });
        using var deputy = await ApiClient.SignedInAsync(app, "deputy", "en");
        var (_, etag) = await deputy.ReadAsync($"/api/v1/bodies/{councilId}");
        var audit = await AuditCountAsync(app);

        var problem = await RefusedAsync(await deputy.WriteAsync(HttpMethod.Post, $"/api/v1/bodies/{councilId}/memberships", etag,
            new { personId = last, role = "Member", category = "InnovatorTeacher" }), "R32");

        Assert.Equal("A methodological council may have at most 19 members.", problem.GetProperty("detail").GetString());
        Assert.Equal("A methodological council may have at most 19 members.", problem.GetProperty("errors").GetProperty("members")[0].GetString());
        Assert.Equal(audit, await AuditCountAsync(app));
        Assert.Equal(19, await app.WithDbAsync(db => db.BodyMemberships.CountAsync(m => m.BodyId == councilId)));
    }

    [Fact]
    public async Task ListBodies_QueryCount_DoesNotGrowWithRows()
    {
        using var admin = await ApiClient.SignedInAsync(app, "admin");
        await PlanScreens.CreateBodyAsync(app, "API: count 0");
        const string url = "/api/v1/bodies?pageSize=200";
        await app.CountQueriesAsync(admin.Http, url);
        var before = await app.CountQueriesAsync(admin.Http, url);
        var rowsBefore = (await admin.GetJsonAsync(url)).GetProperty("items").GetArrayLength();
        for (var i = 1; i <= 4; i++)
        {
            await PlanScreens.CreateBodyAsync(app, $"API: count {i}");
        }

        var after = await app.CountQueriesAsync(admin.Http, url);

        Assert.True((await admin.GetJsonAsync(url)).GetProperty("items").GetArrayLength() >= rowsBefore + 4);
        Assert.Equal(before, after);
        Assert.InRange(after, 1, 6);
    }

    [Fact]
    public async Task ChangeRole_SecretaryToMemberThenMemberToSecretary_OneSecretaryAtATime()
    {
        var b = await PlanScreens.CreateBodyAsync(app, "API: roles");
        using var deputy = await ApiClient.SignedInAsync(app, "deputy");
        var url = $"/api/v1/bodies/{b.BodyId}/memberships";
        var (_, etag) = await deputy.ReadAsync($"/api/v1/bodies/{b.BodyId}");

        await RefusedAsync(await deputy.WriteAsync(HttpMethod.Put, $"{url}/{b.TeacherId}", etag, new { role = "Secretary" }), "Input");
        var demoted = await deputy.WriteAsync(HttpMethod.Put, $"{url}/{b.SecretaryId}", etag, new { role = "Member" });
        await ApiClient.JsonAsync(demoted, HttpStatusCode.OK);
        var promoted = await deputy.WriteAsync(HttpMethod.Put, $"{url}/{b.TeacherId}", null, new { role = "Secretary", version = Guid.ParseExact(demoted.ETag().Trim('"'), "N") });
        await ApiClient.JsonAsync(promoted, HttpStatusCode.OK);

        var roles = await app.WithDbAsync(db => db.BodyMemberships.Where(m => m.BodyId == b.BodyId && m.LeftOn == null).ToDictionaryAsync(m => m.PersonId, m => m.Role));
        Assert.Equal(MembershipRole.Secretary, roles[b.TeacherId]);
        Assert.Equal(MembershipRole.Member, roles[b.SecretaryId]);
    }
}
