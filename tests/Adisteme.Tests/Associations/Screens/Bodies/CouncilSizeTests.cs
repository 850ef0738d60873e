using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Bodies;

/// <summary>The app with a council of at most 3 members (Rules:Associations:Council:MaxMembers), so the bound is reached with demo staff.</summary>
public sealed class SmallCouncilAppFactory : AppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Rules:Associations:Council:MinMembers", "2");
        builder.UseSetting("Rules:Associations:Council:MaxMembers", "3");
    }
}

public sealed class CouncilSizeTests(SmallCouncilAppFactory app) : IClassFixture<SmallCouncilAppFactory>
{
    [Fact]
    public async Task AddMember_R32CouncilFull_MessageShown_NothingWritten()
    {
        var (councilId, next) = await app.WithDbAsync(async db =>
        {
            var rules = new AssociationRulesOptions();
            rules.Council.MaxMembers = 3;
            var org = await db.Organizations.SingleAsync(o => o.Name == BodiesWorld.School101);
            var staff = await BodiesWorld.PlainStaffAsync(db, 4);
            var council = MethodologicalBody.CreateCouncil(org, BodyKind.MethodologicalCouncil, "Council R32", false, BodiesWorld.Today);
            foreach (var id in staff.Take(3))
            {
                council.AddMember(await BodiesWorld.ProfileAsync(db, id), MembershipRole.Member, BodiesWorld.Today, rules, CouncilMemberCategory.InnovatorTeacher);
            }
            db.MethodologicalBodies.Add(council);
            await db.SaveChangesAsync();
            return (council.Id, staff[3]);
        });
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("deputy");
        await client.UseLanguageAsync("en");
        var url = $"/Associations/Members/{councilId}";
        var version = (await client.GetPageAsync(url)).QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;

        var response = await client.PostFormAsync(url + "?handler=Add", new()
        {
            ["Input.PersonId"] = $"{next}",
            ["Input.Role"] = "Member",
            ["Input.Category"] = "InnovatorTeacher",
            ["Input.Version"] = version,
        }, formPage: url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("A methodological council may have at most 3 members.", page.QuerySelector("#members-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync(db => db.BodyMemberships.CountAsync(m => m.BodyId == councilId && m.LeftOn == null)));
    }
}
