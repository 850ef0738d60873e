using System.Net;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;
using static Adisteme.Tests.Organizations.HierarchyTestSupport;

namespace Adisteme.Tests.Organizations;

/// <summary>Creating and editing regions, districts and organizations: scope, rules, concurrency and audit.</summary>
public sealed class HierarchyEditingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<int> CountAsync() => app.WithDbAsync(async db => await db.Organizations.CountAsync() + await db.Districts.CountAsync() + await db.Regions.CountAsync());

    private Task<int> AuditCountAsync() => app.WithDbAsync(db => db.AuditEntries.CountAsync());

    [Fact]
    public async Task Create_AdminAddsRegionDistrictAndOrganization_AllStoredAndShown()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("admin");
        Assert.NotNull((await client.GetPageAsync("/Organizations")).QuerySelector("a[href='/Organizations/Regions/Create']"));

        var regionForm = FormValues(await client.GetPageAsync("/Organizations/Regions/Create"))
            .With("Input.Name", "Ақмола облысы").With("Input.EducationAuthorityName", "Ақмола облысының білім басқармасы");
        var response = await client.PostValuesAsync("/Organizations/Regions/Create", regionForm);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var regionId = await app.WithDbAsync(db => db.Regions.Where(r => r.Name == "Ақмола облысы").Select(r => r.Id).SingleAsync());
        Assert.Equal($"/Organizations/Regions/Details/{regionId}", response.Headers.Location!.OriginalString);
        Assert.Contains("Өңір қосылды.", (await client.GetPageAsync(response.Headers.Location.OriginalString)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var districtUrl = $"/Organizations/Districts/Create?regionId={regionId}";
        var districtForm = FormValues(await client.GetPageAsync(districtUrl)).With("Input.Name", "Бурабай ауданы");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostValuesAsync(districtUrl, districtForm)).StatusCode);
        var districtId = await app.WithDbAsync(db => db.Districts.Where(d => d.Name == "Бурабай ауданы").Select(d => d.RegionId == regionId ? d.Id : -1).SingleAsync());
        Assert.True(districtId > 0);

        var organizationUrl = $"/Organizations/Create?districtId={districtId}";
        var organizationForm = FormValues(await client.GetPageAsync(organizationUrl))
            .With("Input.Name", "  Щучинск лицейі  ")
            .With("Input.Kind", "Lyceum")
            .With("Input.InstructionLanguages", "Kazakh", "Russian")
            .With("Input.IsFullyStaffed", "true", "false")
            .With("Input.Phone", "+7 (71636) 4-12-00")
            .With("Input.Email", "lyceum@example.kz");
        response = await client.PostValuesAsync(organizationUrl, organizationForm);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.DistrictId == districtId));
        Assert.Equal("Щучинск лицейі", created.Name);
        Assert.Equal(OrganizationKind.Lyceum, created.Kind);
        Assert.Equal(InstructionLanguages.Kazakh | InstructionLanguages.Russian, created.InstructionLanguages);
        Assert.True(created.IsFullyStaffed);
        Assert.Null(created.ShortName);
        Assert.Equal($"/Organizations/Details/{created.Id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CreateRegion_Centre_IsDeniedAndNothingWritten()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("centre");
        var before = await CountAsync();
        AssertDenied(await client.GetAsync("/Organizations/Regions/Create"));
        // The token comes from a page the user may open; the POST itself must still refuse.
        var response = await client.PostValuesAsync("/Organizations/Regions/Create",
            [new("Input.Name", "Жаңа облыс"), new("Input.Country", "Kazakhstan")], formPage: "/Organizations");
        AssertDenied(response);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task EditOrganization_Teacher_IsDeniedAndNothingWritten()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("teacher");
        var id = await app.OrganizationIdAsync(School101);
        AssertDenied(await client.GetAsync($"/Organizations/Edit/{id}"));
        var response = await client.PostValuesAsync($"/Organizations/Edit/{id}",
            [new("Input.Name", "Мұғалім өзгерткен атау"), new("Input.InstructionLanguages", "Kazakh")], formPage: $"/Organizations/Details/{id}");
        AssertDenied(response);
        Assert.Equal(School101, (await app.OrganizationAsync(id)).Name);
    }

    [Fact]
    public async Task CreateOrganization_MethodologistInOtherDistrict_Returns404()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");
        var altynsarin = await app.DistrictIdAsync(Altynsarin);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Create?districtId={altynsarin}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Organizations/Districts/Edit/{altynsarin}")).StatusCode);
        AssertDenied(await client.GetAsync($"/Organizations/Regions/Edit/{await app.RegionIdAsync()}"));
    }

    [Fact]
    public async Task CreateOrganization_BadInput_ShowsFieldMessagesAndWritesNothing()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");
        var url = $"/Organizations/Create?districtId={await app.DistrictIdAsync(City)}";
        var form = FormValues(await client.GetPageAsync(url))
            .With("Input.Name", " ")
            .With("Input.Kind", "SmallSchoolWithCombinedClasses")
            .With("Input.InstructionLanguages")
            .With("Input.IsFullyStaffed", "true", "false")
            .With("Input.Phone", "call me")
            .With("Input.Email", "school.example.kz");
        var before = await CountAsync();
        var audit = await AuditCountAsync();

        var response = await client.PostValuesAsync(url, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await TestClient.ParseAsync(response);
        Assert.Equal("«Ұйым атауы» өрісін толтыру міндетті.", TestClient.FieldError(doc, "Input.Name"));
        Assert.Equal("Кемінде бір оқыту тілін таңдаңыз.", GroupError(doc, "Input.InstructionLanguages"));
        Assert.Equal("Сыныптары біріккен шағын жинақты мектеп толық жинақталған бола алмайды.", TestClient.FieldError(doc, "Input.IsFullyStaffed"));
        Assert.StartsWith("Телефон нөмірінде кемінде 5 цифр", TestClient.FieldError(doc, "Input.Phone"), StringComparison.Ordinal);
        Assert.StartsWith("Дұрыс электрондық пошта мекенжайын енгізіңіз", TestClient.FieldError(doc, "Input.Email"), StringComparison.Ordinal);
        // The user's input is kept for correction.
        Assert.Equal("call me", doc.QuerySelector("input[name='Input.Phone']")!.GetAttribute("value"));
        Assert.Equal(before, await CountAsync());
        Assert.Equal(audit, await AuditCountAsync());
    }

    [Fact]
    public async Task CreateOrganization_NameOfSiblingInOtherCase_ShowsMessageAtName()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");
        var url = $"/Organizations/Create?districtId={await app.DistrictIdAsync(City)}";
        // School 101 keeps its name in this class; another test renames the gymnasium, so it cannot serve here.
        var form = FormValues(await client.GetPageAsync(url)).With("Input.Name", "№ 101 ЖАЛПЫ БІЛІМ БЕРЕТІН МЕКТЕП ");
        var before = await CountAsync();

        var doc = await TestClient.ParseAsync(await client.PostValuesAsync(url, form));

        Assert.Equal("Бұл ауданда осындай атаулы ұйым бар.", TestClient.FieldError(doc, "Input.Name"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task EditOrganization_CentreMarkedFullyStaffedWithSchoolLevel_ShowsBothRules()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("centre");
        var id = await app.OrganizationIdAsync("Қостанай облысының әдістемелік орталығы");
        var url = $"/Organizations/Edit/{id}";
        var form = FormValues(await client.GetPageAsync(url)).With("Input.IsFullyStaffed", "true", "false").With("Input.EducationLevel", "GeneralSecondary");

        var doc = await TestClient.ParseAsync(await client.PostValuesAsync(url, form));

        Assert.StartsWith("Толық жинақталған тек мектеп, гимназия, лицей немесе мектеп-интернат бола алады", TestClient.FieldError(doc, "Input.IsFullyStaffed"), StringComparison.Ordinal);
        Assert.Equal("Бұл білім деңгейі ұйым түріне сәйкес келмейді.", TestClient.FieldError(doc, "Input.EducationLevel"));
        Assert.False((await app.OrganizationAsync(id)).IsFullyStaffed);
    }

    [Fact]
    public async Task EditOrganization_TwoEditsOfSameVersion_SecondSeesConflictAndDatabaseKeepsFirst()
    {
        var id = await app.OrganizationIdAsync(Gymnasium);
        var url = $"/Organizations/Edit/{id}";
        using var first = app.CreateTestClient();
        using var second = app.CreateTestClient();
        await first.SignInAsAsync("director.gym");
        await second.SignInAsAsync("methodologist");
        var firstForm = FormValues(await first.GetPageAsync(url));
        var secondForm = FormValues(await second.GetPageAsync(url));
        Assert.Equal(firstForm.Single(f => f.Key == "Input.Version"), secondForm.Single(f => f.Key == "Input.Version"));

        var saved = await first.PostValuesAsync(url, firstForm.With("Input.Name", "Гимназия № 5 им. Абая"));
        var lost = await second.PostValuesAsync(url, secondForm.With("Input.Address", "г. Костанай, ул. Тарана, 1"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var doc = await TestClient.ParseAsync(lost);
        Assert.Contains("Сіз өңдеп жатқанда бұл жазбаны басқа біреу өзгертті.", doc.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        // The form now holds the current values and version, and the user's own typing is listed beside them.
        Assert.Equal("Гимназия № 5 им. Абая", doc.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Contains("г. Костанай, ул. Тарана, 1", doc.QuerySelector(".warning table")!.TextContent, StringComparison.Ordinal);
        var stored = await app.OrganizationAsync(id);
        Assert.Equal("Гимназия № 5 им. Абая", stored.Name);
        Assert.Equal("г. Костанай, ул. Байтурсынова, 5", stored.Address);
        Assert.Equal(stored.Version.ToString(), doc.QuerySelector("input[name='Input.Version']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task EditOrganization_Director_SavesAndWritesAuditWithBeforeAndAfter()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        var id = await app.OrganizationIdAsync(School101);
        var oldPhone = (await app.OrganizationAsync(id)).Phone!;
        var url = $"/Organizations/Edit/{id}";
        var form = FormValues(await client.GetPageAsync(url)).With("Input.Phone", "+7 7142 55-01-01");

        var response = await client.PostValuesAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("+7 7142 55-01-01", (await app.OrganizationAsync(id)).Phone);
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(EducationOrganization) && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "Updated")
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("director", entry.UserName);
        Assert.Contains(oldPhone, entry.Before, StringComparison.Ordinal);
        Assert.Contains("+7 7142 55-01-01", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("+7 7142 55-01-01", entry.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditDistrict_Methodologist_SavesOwnDistrictButNotSiblingName()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");
        var url = $"/Organizations/Districts/Edit/{await app.DistrictIdAsync(City)}";
        var form = FormValues(await client.GetPageAsync(url));

        var clash = await TestClient.ParseAsync(await client.PostValuesAsync(url, form.With("Input.Name", Altynsarin)));
        var saved = await client.PostValuesAsync(url, form.With("Input.EducationDepartmentName", "Қостанай қаласы әкімдігінің білім бөлімі"));

        Assert.Equal("Бұл өңірде осындай атаулы аудан бар.", TestClient.FieldError(clash, "Input.Name"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Қостанай қаласы әкімдігінің білім бөлімі",
            await app.WithDbAsync(db => db.Districts.Where(d => d.Name == City).Select(d => d.EducationDepartmentName).SingleAsync()));
    }
}
