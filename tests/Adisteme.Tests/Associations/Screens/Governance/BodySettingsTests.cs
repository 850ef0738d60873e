using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Associations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Associations.Screens.Governance;

/// <summary>/Associations/Settings/{id}: the regulation (R42, R8), activation (R8, R9, R32), the curator (R12), rename and close.</summary>
public sealed class BodySettingsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Url(int id) => $"/Associations/Settings/{id}";

    private async Task<TestClient> SignedInAsync(string login)
    {
        var client = app.CreateTestClient();
        await client.SignInAsAsync(login);
        await client.UseLanguageAsync("en");
        return client;
    }

    private static async Task<HttpResponseMessage> PostAsync(TestClient client, int id, string handler, Dictionary<string, string>? fields = null)
    {
        var form = new Dictionary<string, string>(fields ?? []) { ["Input.Version"] = await GovernanceWorld.VersionAsync(client, Url(id)) };
        return await client.PostFormAsync($"{Url(id)}?handler={handler}", form, formPage: Url(id));
    }

    [Fact]
    public async Task Activate_R8R9R32Missing_EachRefusalShownInItsSection_NothingWritten()
    {
        var councilId = await app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.SingleAsync(o => o.Name == "Шоқай шағын жинақты мектебі");
            var council = MethodologicalBody.CreateCouncil(org, BodyKind.MethodologicalCouncil, "Council to activate", false, GovernanceWorld.Today);
            db.MethodologicalBodies.Add(council);
            await db.SaveChangesAsync();
            return council.Id;
        });
        using var client = await SignedInAsync("admin");

        var response = await PostAsync(client, councilId, "Activate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(RuleMessages.RegulationNotApproved, page.QuerySelector("#regulation-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(RuleMessages.HeadRequired, page.QuerySelector("#head-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A methodological council needs at least", page.QuerySelector("#members-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(BodyStatus.Forming, await app.WithDbAsync(db => db.MethodologicalBodies.Where(b => b.Id == councilId).Select(b => b.Status).SingleAsync()));
    }

    [Fact]
    public async Task Regulation_R42AdoptedThenApprovedWithFile_DirectorIsApprover_ThenR8R9ActivationSucceeds()
    {
        var (bodyId, director) = await app.WithDbAsync(async db =>
        {
            var org = await GovernanceWorld.OrganizationAsync(db, "№ 101 ЖББМ");
            var staff = await GovernanceWorld.PlainStaffAsync(db, org, 2);
            var body = await GovernanceWorld.AssociationAsync(db, org, "Regulation body", staff);
            var year = await GovernanceWorld.YearAsync(db);
            var organization = await db.Organizations.SingleAsync(o => o.Id == org);
            body.AppointHead(StaffProfile.From(staff[0], organization), new OrderRef("7", GovernanceWorld.Today), OrderIssuer.Director,
                GovernanceWorld.Today, year.EndsOn, year, GovernanceWorld.Rules);
            await db.SaveChangesAsync();
            return (body.Id, await GovernanceWorld.PersonOfAsync(db, "director"));
        });
        using var client = await SignedInAsync("deputy");

        // R42: no approval before the adoption date.
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, bodyId, "Adopt", new()
        {
            ["Input.AdoptionRecord"] = "№ 1 хаттама",
            ["Input.AdoptedOn"] = "2026-11-18",
        })).StatusCode);
        var early = await PostAsync(client, bodyId, "Approve", new() { ["Input.ApprovedOn"] = "2026-11-17" });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Equal(RuleMessages.ApprovalBeforeAdoption, TestClient.FieldError(await TestClient.ParseAsync(early), "Input.ApprovedOn"));

        var approve = await client.PostMultipartAsync($"{Url(bodyId)}?handler=Approve", new()
        {
            ["Input.ApprovedOn"] = "2026-11-19",
            ["Input.Version"] = await GovernanceWorld.VersionAsync(client, Url(bodyId)),
        }, "RegulationFile", "regulation.pdf", GovernanceWorld.Pdf, formPage: Url(bodyId));
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, bodyId, "Activate")).StatusCode);
        var body = await app.WithDbAsync(db => db.MethodologicalBodies.AsNoTracking().SingleAsync(b => b.Id == bodyId));
        Assert.Equal("№ 1 хаттама", body.RegulationAdoptionRecord);
        Assert.Equal(new DateOnly(2026, 11, 18), body.RegulationAdoptedOn);
        Assert.Equal(new DateOnly(2026, 11, 19), body.RegulationApprovedOn);
        Assert.Equal(director, body.RegulationApprovedByPersonId);
        Assert.NotNull(body.RegulationFileKey);
        var link = (await client.GetPageAsync(Url(bodyId))).QuerySelector($"a[href='/Associations/File/regulation/{bodyId}']");
        Assert.NotNull(link);
        using (var download = await client.GetAsync(link.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(GovernanceWorld.Pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
        Assert.Equal(BodyStatus.Active, body.Status);
        var key = bodyId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType.Contains("MethodologicalBody") && a.EntityId == key)));
    }

    [Fact]
    public async Task Approve_UploadNotADocument_RefusedAtTheFile_NothingWritten()
    {
        var bodyId = await app.WithDbAsync(async db =>
        {
            var org = await GovernanceWorld.OrganizationAsync(db, "№ 101 ЖББМ");
            return (await GovernanceWorld.AssociationAsync(db, org, "Upload body", await GovernanceWorld.PlainStaffAsync(db, org, 1))).Id;
        });
        using var client = await SignedInAsync("director");

        var response = await client.PostMultipartAsync($"{Url(bodyId)}?handler=Approve", new()
        {
            ["Input.ApprovedOn"] = "2026-11-19",
            ["Input.Version"] = await GovernanceWorld.VersionAsync(client, Url(bodyId)),
        }, "RegulationFile", "regulation.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], formPage: Url(bodyId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("Upload a PDF, Word or Excel file.", page.QuerySelector("#regulation")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.MethodologicalBodies.Where(b => b.Id == bodyId).Select(b => b.RegulationApprovedOn).SingleAsync()));
    }

    [Fact]
    public async Task Curator_R12TeacherRefusedAtField_DeputyOfTheSchoolAssigned()
    {
        var (bodyId, teacher, deputy) = await app.WithDbAsync(async db =>
        {
            var org = await GovernanceWorld.OrganizationAsync(db, "№ 101 ЖББМ");
            var staff = await GovernanceWorld.PlainStaffAsync(db, org, 1);
            var body = await GovernanceWorld.AssociationAsync(db, org, "Curator body", staff);
            return (body.Id, staff[0].PersonId, await GovernanceWorld.PersonOfAsync(db, "deputy"));
        });
        using var client = await SignedInAsync("director");

        var refused = await PostAsync(client, bodyId, "Curator", new() { ["Input.CuratorPersonId"] = $"{teacher}" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(RuleMessages.CuratorMustBeDeputy, TestClient.FieldError(await TestClient.ParseAsync(refused), "Input.CuratorPersonId"));
        var page = await client.GetPageAsync(Url(bodyId));
        Assert.NotNull(page.QuerySelector($"select[name='Input.CuratorPersonId'] option[value='{deputy}']"));
        Assert.Null(page.QuerySelector($"select[name='Input.CuratorPersonId'] option[value='{teacher}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, bodyId, "Curator", new() { ["Input.CuratorPersonId"] = $"{deputy}" })).StatusCode);
        Assert.Equal(deputy, await app.WithDbAsync(db => db.MethodologicalBodies.Where(b => b.Id == bodyId).Select(b => b.CuratorPersonId).SingleAsync()));
    }

    [Fact]
    public async Task RenameAndClose_Saved_ClosingEndsMemberships_StaleFormRefused()
    {
        var bodyId = await app.WithDbAsync(async db =>
        {
            var org = await GovernanceWorld.OrganizationAsync(db, "№ 101 ЖББМ");
            return (await GovernanceWorld.AssociationAsync(db, org, "Old name", await GovernanceWorld.PlainStaffAsync(db, org, 2))).Id;
        });
        using var client = await SignedInAsync("deputy");
        var empty = await PostAsync(client, bodyId, "Rename", new() { ["Input.Name"] = " " });
        Assert.Equal(RuleMessages.NameRequired, TestClient.FieldError(await TestClient.ParseAsync(empty), "Input.Name"));
        var stale = await GovernanceWorld.VersionAsync(client, Url(bodyId));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, bodyId, "Rename", new() { ["Input.Name"] = "New name" })).StatusCode);
        var conflict = await client.PostFormAsync($"{Url(bodyId)}?handler=Close", new() { ["Input.Version"] = stale }, formPage: Url(bodyId));
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Equal(BodyStatus.Forming, await app.WithDbAsync(db => db.MethodologicalBodies.Where(b => b.Id == bodyId).Select(b => b.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, bodyId, "Close")).StatusCode);

        var (name, status, active) = await app.WithDbAsync(async db =>
        {
            var b = await db.MethodologicalBodies.Include(x => x.Memberships).AsNoTracking().SingleAsync(x => x.Id == bodyId);
            return (b.Name, b.Status, b.Memberships.Count(m => m.LeftOn == null));
        });
        Assert.Equal("New name", name);
        Assert.Equal(BodyStatus.Closed, status);
        Assert.Equal(0, active);
    }

    [Fact]
    public async Task Access_HeadForbidden_OtherSchoolHidden_DistrictBodyManagedByMethodologist()
    {
        var (schoolBody, districtBody) = await app.WithDbAsync(async db =>
        {
            var org = await GovernanceWorld.OrganizationAsync(db, "№ 101 ЖББМ");
            var school = await GovernanceWorld.AssociationAsync(db, org, "Access body", await GovernanceWorld.PlainStaffAsync(db, org, 1));
            var city = await db.Districts.SingleAsync(d => d.Name == "Қостанай қаласы");
            var district = MethodologicalBody.CreateForDistrict(city, BodyScope.District, "District body", MoAudience.SchoolLibrarians, [], GovernanceWorld.Today);
            db.MethodologicalBodies.Add(district);
            await db.SaveChangesAsync();
            return (school.Id, district.Id);
        });

        using (var head = await SignedInAsync("head"))
        {
            GovernanceWorld.AssertDenied(await head.GetAsync(Url(schoolBody)));
            GovernanceWorld.AssertDenied(await head.PostFormAsync($"{Url(schoolBody)}?handler=Rename", new() { ["Input.Name"] = "Hijacked" },
                formPage: $"/Associations/Details/{schoolBody}"));
        }
        using (var gym = await SignedInAsync("director.gym"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await gym.GetAsync(Url(schoolBody))).StatusCode);
        }
        using (var director = await SignedInAsync("director"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(Url(districtBody))).StatusCode);
        }
        using var methodologist = await SignedInAsync("methodologist");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(methodologist, districtBody, "Rename", new() { ["Input.Name"] = "District body renamed" })).StatusCode);
        Assert.Equal("Access body", await app.WithDbAsync(db => db.MethodologicalBodies.Where(b => b.Id == schoolBody).Select(b => b.Name).SingleAsync()));
        Assert.Equal("District body renamed", await app.WithDbAsync(db => db.MethodologicalBodies.Where(b => b.Id == districtBody).Select(b => b.Name).SingleAsync()));
    }
}
