using System.Net;
using Adisteme.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.People;

/// <summary>Who sees whom: a director only their school, a district methodologist the district's schools.</summary>
public sealed class StaffScopeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Details_DirectorOfSchool101_GymnasiumTeacher_Returns404()
    {
        var gymnasiumTeacher = await app.TeacherWithoutLoginAsync(StaffData.Gymnasium);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        foreach (var url in new[]
        {
            $"/Organizations/People/Details/{gymnasiumTeacher}", $"/Organizations/People/Edit/{gymnasiumTeacher}",
            $"/Organizations/People/Login/{gymnasiumTeacher}", $"/Organizations/People/Roles/{gymnasiumTeacher}",
            $"/Organizations/People/Employments/Add/{gymnasiumTeacher}",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task EmploymentPages_DirectorOfSchool101_GymnasiumPost_Return404()
    {
        var post = await app.WithDbAsync(db => db.Employments.Where(e => e.Organization!.Name == StaffData.Gymnasium).Select(e => e.Id).FirstAsync());
        var gymnasium = await app.OrganizationIdAsync(StaffData.Gymnasium);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/People/Employments/Edit/{post}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/People/Employments/End/{post}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/People/Create?organizationId={gymnasium}")).StatusCode);
    }

    [Fact]
    public async Task List_DirectorOfSchool101_ShowsOnlySchool101()
    {
        var expected = await app.WithDbAsync(db => db.Employments.CountAsync(e => e.EndedOn == null && e.Organization!.Name == StaffData.School101));
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var doc = await client.GetPageAsync("/Organizations/People");

        var rows = StaffData.Rows(doc);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("№ 101 ЖББМ", r[1]));
    }

    [Fact]
    public async Task List_MethodologistOfTheCity_SeesSchool101AndGymnasiumButNotTheOtherDistrict()
    {
        var gymnasiumTeacher = await app.TeacherWithoutLoginAsync(StaffData.Gymnasium);
        var silantyevTeacher = await app.TeacherWithoutLoginAsync(StaffData.Silantyev);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");

        var doc = await client.GetPageAsync("/Organizations/People");

        var organizations = StaffData.Rows(doc).Select(r => r[1]).Distinct().ToList();
        Assert.Contains("№ 101 ЖББМ", organizations);
        Assert.Contains(StaffData.Gymnasium, organizations);
        Assert.DoesNotContain("Силантьев ЖББМ", organizations);
        await client.GetPageAsync($"/Organizations/People/Details/{gymnasiumTeacher}");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/People/Details/{silantyevTeacher}")).StatusCode);
    }

    [Fact]
    public async Task Edit_TeacherOfSchool101_ColleagueInScope_Returns403()
    {
        var colleague = await app.TeacherWithoutLoginAsync(StaffData.School101);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("teacher");

        await client.GetPageAsync($"/Organizations/People/Details/{colleague}");
        Assert.True(StaffData.IsAccessDenied(await client.GetAsync($"/Organizations/People/Edit/{colleague}")));
        Assert.True(StaffData.IsAccessDenied(await client.GetAsync($"/Organizations/People/Login/{colleague}")));
    }

    [Fact]
    public async Task Login_DeputyOfSchool101_MayManagePeopleButNotLogins()
    {
        var colleague = await app.TeacherWithoutLoginAsync(StaffData.School101);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("deputy");

        await client.GetPageAsync($"/Organizations/People/Edit/{colleague}");
        Assert.True(StaffData.IsAccessDenied(await client.GetAsync($"/Organizations/People/Login/{colleague}")));
        Assert.True(StaffData.IsAccessDenied(await client.GetAsync($"/Organizations/People/Roles/{colleague}")));
    }

    [Fact]
    public async Task Details_PersonWithoutCurrentPostInScope_Returns404EvenWithAnOldPost()
    {
        var person = await app.AddPersonAsync(StaffData.School101, "Бұрынғы", "Қызметкер");
        await app.WithDbAsync(async db =>
        {
            var post = await db.Employments.SingleAsync(e => e.PersonId == person);
            post.EndedOn = new DateOnly(2025, 5, 31);
            return await db.SaveChangesAsync();
        });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/People/Details/{person}")).StatusCode);
    }
}
