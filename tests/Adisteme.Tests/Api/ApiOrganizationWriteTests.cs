using System.Globalization;
using System.Net;
using Adisteme.Tests.People;
using Adisteme.Tests.Performance;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.Api;

/// <summary>
/// Adding and changing organizations through the JSON API: the organization editor's rules, the
/// district's or organization's scope (404 outside, 403 without the permission), versions and audit.
/// </summary>
public sealed class ApiOrganizationWriteTests(QueryCountingAppFactory app) : IClassFixture<QueryCountingAppFactory>
{
    private static object Organization(string name, string kind = "Lyceum", string[]? languages = null, bool fullyStaffed = false, Guid? version = null) => new
    {
        name, kind, educationLevel = "GeneralSecondary", instructionLanguages = languages ?? ["Kazakh", "Russian"], documentLanguage = "Kazakh",
        isFullyStaffed = fullyStaffed, address = "Қостанай қ., Тәуелсіздік к-сі, 7", phone = "+7 7142 50-50-50", email = "lyceum7@example.kz",
        version = version ?? Guid.Empty,
    };

    private Task<int> OrganizationCountAsync() => app.WithDbAsync(db => db.Organizations.CountAsync());

    private Task<int> AuditCountAsync() => app.WithDbAsync(db => db.AuditEntries.CountAsync());

    private Task<(string Name, Guid Version)> StoredAsync(int id) => app.WithDbAsync(async db =>
    {
        var row = await db.Organizations.Where(o => o.Id == id).Select(o => new { o.Name, o.Version }).SingleAsync();
        return (row.Name, row.Version);
    });

    [Fact]
    public async Task Create_MethodologistInOwnDistrict_Returns201AndWritesOrganizationAndAudit()
    {
        var city = await app.DistrictIdAsync(StaffData.City);
        using var client = await ApiClient.SignedInAsync(app, "methodologist");

        var response = await client.PostJsonAsync($"/api/v1/districts/{city}/organizations", Organization("№ 7 мектеп-лицей", fullyStaffed: true));

        var created = await ApiClient.JsonAsync(response, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/organizations/{id}", response.Headers.Location!.OriginalString);
        var stored = await app.WithDbAsync(db => db.Organizations.SingleAsync(o => o.Id == id));
        Assert.Equal((city, OrganizationKind.Lyceum, InstructionLanguages.Kazakh | InstructionLanguages.Russian, true),
            (stored.DistrictId, stored.Kind, stored.InstructionLanguages, stored.IsFullyStaffed));
        Assert.Equal($"\"{stored.Version:N}\"", response.Headers.ETag?.Tag);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(EducationOrganization)
            && a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.Action == "Created" && a.UserName == "methodologist")));
    }

    [Fact]
    public async Task Create_OutsideScopeOrWithoutPermission_Returns404Or403AndWritesNothing()
    {
        var rural = await app.DistrictIdAsync("Алтынсарин ауданы");
        var city = await app.DistrictIdAsync(StaffData.City);
        var before = (await OrganizationCountAsync(), await AuditCountAsync());
        using var methodologist = await ApiClient.SignedInAsync(app, "methodologist");
        using var director = await ApiClient.SignedInAsync(app, "director");

        await ApiClient.ProblemAsync(await methodologist.PostJsonAsync($"/api/v1/districts/{rural}/organizations", Organization("Жаңа мектеп")), HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await director.PostJsonAsync($"/api/v1/districts/{city}/organizations", Organization("Жаңа мектеп")), HttpStatusCode.Forbidden);

        Assert.Equal(before, (await OrganizationCountAsync(), await AuditCountAsync()));
    }

    [Fact]
    public async Task Create_BrokenRulesInRussian_Returns400WithTheEditorsMessages()
    {
        var city = await app.DistrictIdAsync(StaffData.City);
        using var client = await ApiClient.SignedInAsync(app, "methodologist", "ru-RU");
        var count = await OrganizationCountAsync();

        var empty = await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/v1/districts/{city}/organizations", Organization(" ", languages: [])),
            HttpStatusCode.BadRequest);
        var taken = await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/v1/districts/{city}/organizations", Organization("гимназия № 5")),
            HttpStatusCode.BadRequest);
        var small = await ApiClient.ProblemAsync(await client.PostJsonAsync($"/api/v1/districts/{city}/organizations",
            Organization("Жаңа шағын мектеп", kind: "SmallSchoolWithCombinedClasses", fullyStaffed: true)), HttpStatusCode.BadRequest);

        Assert.Equal("Поле «Название организации» обязательно.", empty.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal("Выберите хотя бы один язык обучения.", empty.GetProperty("errors").GetProperty("instructionLanguages")[0].GetString());
        Assert.Equal("В этом районе уже есть организация с таким названием.", taken.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.True(small.GetProperty("errors").TryGetProperty("isFullyStaffed", out _));
        Assert.Equal(count, await OrganizationCountAsync());
    }

    [Fact]
    public async Task Update_DirectorOfOwnSchool_SavesWithIfMatchAndRefusesStaleVersions()
    {
        var school = await app.OrganizationIdAsync(StaffData.School101);
        using var client = await ApiClient.SignedInAsync(app, "director");
        var read = await client.GetAsync($"/api/v1/organizations/{school}");
        var etag = read.Headers.ETag!.Tag;
        var (name, stale) = await StoredAsync(school);

        var saved = await ApiClient.JsonAsync(await client.PutJsonAsync($"/api/v1/organizations/{school}", Organization(name, kind: "School"), etag), HttpStatusCode.OK);
        Assert.Equal("lyceum7@example.kz", saved.GetProperty("email").GetString());
        var (_, now) = await StoredAsync(school);
        Assert.NotEqual(stale, now);
        var audit = await AuditCountAsync();

        var viaHeader = await ApiClient.ProblemAsync(await client.PutJsonAsync($"/api/v1/organizations/{school}", Organization("Өзгерген атау", kind: "School"), etag),
            HttpStatusCode.PreconditionFailed);
        await ApiClient.ProblemAsync(await client.PutJsonAsync($"/api/v1/organizations/{school}", Organization("Өзгерген атау", kind: "School", version: stale)),
            HttpStatusCode.Conflict);
        await ApiClient.ProblemAsync(await client.PutJsonAsync($"/api/v1/organizations/{school}", Organization("Өзгерген атау", kind: "School")),
            (HttpStatusCode)428);

        Assert.Equal(now, viaHeader.GetProperty("current").GetProperty("version").GetGuid());
        Assert.Equal((name, now), await StoredAsync(school));
        Assert.Equal(audit, await AuditCountAsync());
    }

    [Fact]
    public async Task Update_OtherSchoolOrTeacher_Returns404Or403AndWritesNothing()
    {
        var gymnasium = await app.OrganizationIdAsync(StaffData.Gymnasium);
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var gym = await StoredAsync(gymnasium);
        var own = await StoredAsync(school);
        using var director = await ApiClient.SignedInAsync(app, "director");
        using var teacher = await ApiClient.SignedInAsync(app, "teacher");

        await ApiClient.ProblemAsync(await director.PutJsonAsync($"/api/v1/organizations/{gymnasium}", Organization("Гимназия № 5", kind: "Gymnasium", version: gym.Version)),
            HttpStatusCode.NotFound);
        await ApiClient.ProblemAsync(await teacher.PutJsonAsync($"/api/v1/organizations/{school}", Organization(own.Name, kind: "School", version: own.Version)),
            HttpStatusCode.Forbidden);

        Assert.Equal(gym, await StoredAsync(gymnasium));
        Assert.Equal(own, await StoredAsync(school));
    }
}
