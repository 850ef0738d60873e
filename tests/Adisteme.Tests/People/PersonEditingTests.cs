using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Adisteme.Tests.Infrastructure;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Tests.People;

/// <summary>Creating a person with a first post, editing them and their posts: rules, messages, audit, concurrency.</summary>
public sealed class PersonEditingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string CreateUrl = "/Organizations/People/Create";

    private async Task<Dictionary<string, string>> NewPersonFormAsync(string surname, string? iin = null)
    {
        var school = await app.OrganizationIdAsync(StaffData.School101);
        var physics = await app.WithDbAsync(db => db.Subjects.Where(s => s.Code == "physics").Select(s => s.Id).SingleAsync());
        return new()
        {
            ["Input.OrganizationId"] = school.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Person.Surname"] = surname,
            ["Input.Person.Name"] = "Ақерке",
            ["Input.Person.Patronymic"] = "Болатқызы",
            ["Input.Person.Iin"] = iin ?? "",
            ["Input.Person.Email"] = "akerke@example.kz",
            ["Input.Employment.Position"] = "Teacher",
            ["Input.Employment.SubjectIds"] = physics.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Employment.GradeFrom"] = "7",
            ["Input.Employment.GradeTo"] = "11",
            ["Input.Employment.Category"] = "PedagogueExpert",
            ["Input.Employment.CategoryAwardedOn"] = "2023-05-20",
            ["Input.Employment.CategoryExpiresOn"] = "2028-05-20",
            ["Input.Employment.ExperienceStartedOn"] = "2012-09-01",
            ["Input.Employment.Education"] = "Master",
            ["Input.Employment.EducationDetails"] = "Қостанай өңірлік университеті, физика, 2012",
        };
    }

    [Fact]
    public async Task Create_DirectorWithValidForm_WritesPersonPostSubjectsAndAudit()
    {
        var iin = StaffData.ValidIin("900101", 5);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var response = await client.PostFormAsync(CreateUrl, await NewPersonFormAsync("Сейітқалиева", iin + " "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await app.WithDbAsync(db => db.People.Include(p => p.Employments).ThenInclude(e => e.Subjects).ThenInclude(x => x.Subject)
            .SingleAsync(p => p.Surname == "Сейітқалиева"));
        Assert.Equal($"/Organizations/People/Details/{person.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(iin, person.Iin);
        var post = Assert.Single(person.Employments);
        Assert.Equal((Position.Teacher, 7, 11, QualificationCategory.PedagogueExpert), (post.Position, post.GradeFrom!.Value, post.GradeTo!.Value, post.Category));
        Assert.Equal(new DateOnly(2028, 5, 20), post.CategoryExpiresOn);
        Assert.Equal("physics", Assert.Single(post.Subjects).Subject!.Code);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "director").Select(a => new { a.EntityType, a.EntityId, a.Action }).ToListAsync());
        Assert.Contains(audit, a => a.EntityType == nameof(Person) && a.EntityId == person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == "Created");
        Assert.Contains(audit, a => a.EntityType == nameof(Employment) && a.Action == "Created");
        Assert.Contains(audit, a => a.EntityType == nameof(EmploymentSubject) && a.Action == "Created");

        var details = await client.GetPageAsync(response.Headers.Location.OriginalString);
        var text = details.QuerySelector("main")!.TextContent;
        Assert.Contains("Сейітқалиева Ақерке Болатқызы", text, StringComparison.Ordinal);
        Assert.Contains("Педагог-сарапшы", text, StringComparison.Ordinal);
        Assert.Contains("20.05.2028", text, StringComparison.Ordinal);
        Assert.Contains("Логині әлі жоқ.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_BadIinAndBadDates_ShowsMessagesNextToFieldsAndWritesNothing()
    {
        var before = await app.WithDbAsync(db => Task.FromResult((db.People.Count(), db.Employments.Count(), db.AuditEntries.Count())));
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        var form = await NewPersonFormAsync("Қатебаева", "880412400012");
        form["Input.Employment.CategoryExpiresOn"] = "2022-01-01";
        form["Input.Employment.ExperienceStartedOn"] = "2027-09-01";
        form["Input.Employment.GradeFrom"] = "9";
        form["Input.Employment.GradeTo"] = "5";

        var response = await client.PostFormAsync(CreateUrl, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await TestClient.ParseAsync(response);
        Assert.Equal("ЖСН 12 саннан тұруы және оның бақылау саны дұрыс болуы керек.", TestClient.FieldError(doc, "Input.Person.Iin"));
        Assert.Equal("Санаттың жарамдылық мерзімі ол берілген күннен кейін аяқталуы керек.", TestClient.FieldError(doc, "Input.Employment.CategoryExpiresOn"));
        Assert.Equal("Күн болашақта болмауы керек.", TestClient.FieldError(doc, "Input.Employment.ExperienceStartedOn"));
        Assert.Equal("Соңғы сынып бастапқы сыныптан төмен болмауы керек.", TestClient.FieldError(doc, "Input.Employment.GradeTo"));
        Assert.Equal("Қатебаева", doc.QuerySelector<IHtmlInputElement>("input[name='Input.Person.Surname']")!.Value);
        var after = await app.WithDbAsync(db => Task.FromResult((db.People.Count(), db.Employments.Count(), db.AuditEntries.Count())));
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Create_CategoryWithoutDatesAndNoneWithDates_ExplainsTheRule()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        var form = await NewPersonFormAsync("Датасызова");
        form["Input.Employment.CategoryAwardedOn"] = "";
        form["Input.Employment.CategoryExpiresOn"] = "";

        var doc = await TestClient.ParseAsync(await client.PostFormAsync(CreateUrl, form));

        Assert.Equal("Санат берілген бұйрықтың күнін көрсетіңіз.", TestClient.FieldError(doc, "Input.Employment.CategoryAwardedOn"));
        Assert.Equal("Санаттың қай күнге дейін жарамды екенін көрсетіңіз.", TestClient.FieldError(doc, "Input.Employment.CategoryExpiresOn"));

        form["Input.Employment.Category"] = "None";
        form["Input.Employment.CategoryAwardedOn"] = "2024-01-10";
        doc = await TestClient.ParseAsync(await client.PostFormAsync(CreateUrl, form));

        Assert.Equal("Біліктілік санаты болмаса, санат күндері де болмайды; бұл өрісті бос қалдырыңыз.", TestClient.FieldError(doc, "Input.Employment.CategoryAwardedOn"));
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.Surname == "Датасызова")));
    }

    [Fact]
    public async Task Create_IinOfAnotherPerson_IsRefused()
    {
        var iin = StaffData.ValidIin("750923", 300);
        await app.AddPersonAsync(StaffData.Gymnasium, "Иванова", "Ольга", iin: iin);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");

        var doc = await TestClient.ParseAsync(await client.PostFormAsync(CreateUrl, await NewPersonFormAsync("Қайталанова", iin)));

        Assert.Equal("Бұл ЖСН басқа адамға тіркелген.", TestClient.FieldError(doc, "Input.Person.Iin"));
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.Surname == "Қайталанова")));
    }

    [Fact]
    public async Task Create_MissingSurname_ShowsLocalizedRequiredMessage()
    {
        using var client = app.CreateTestClient();
        await client.SignInAsAsync(StaffData.RussianSpeaker);
        await client.UseLanguageAsync("ru-RU");
        var form = await NewPersonFormAsync("");

        var doc = await TestClient.ParseAsync(await client.PostFormAsync(CreateUrl, form));

        Assert.Equal("Поле «Фамилия» обязательно.", TestClient.FieldError(doc, "Input.Person.Surname"));
    }

    [Fact]
    public async Task Edit_TwoEditorsOfOnePerson_SecondSeesConflictAndCurrentValues()
    {
        var person = await app.AddPersonAsync(StaffData.School101, "Нұрғалиев", "Бекзат");
        var version = await app.PersonVersionAsync(person);
        var url = $"/Organizations/People/Edit/{person}";
        using var first = app.CreateTestClient();
        using var second = app.CreateTestClient();
        await first.SignInAsAsync("director");
        await second.SignInAsAsync("deputy");
        Dictionary<string, string> Form(string name) => new()
        {
            ["Input.Surname"] = "Нұрғалиев",
            ["Input.Name"] = name,
            ["Input.Version"] = version.ToString(),
        };

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(url, Form("Бекзат-бірінші"))).StatusCode);
        var response = await second.PostFormAsync(url, Form("Бекзат-екінші"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await TestClient.ParseAsync(response);
        Assert.Contains("Сіз өңдеп жатқанда", doc.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Бекзат-бірінші", doc.QuerySelector<IHtmlInputElement>("input[name='Input.Name']")!.Value);
        Assert.Equal((await app.PersonVersionAsync(person)).ToString(), doc.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value);
        Assert.Equal("Бекзат-бірінші", await app.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task EmploymentEdit_StaleVersion_WritesNothingAndShowsTheStoredPost()
    {
        var person = await app.AddPersonAsync(StaffData.School101, "Ескіұлы", "Тимур");
        var post = await app.WithDbAsync(db => db.Employments.Where(e => e.PersonId == person).Select(e => new { e.Id, e.Version }).SingleAsync());
        var url = $"/Organizations/People/Employments/Edit/{post.Id}";
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("director");
        Dictionary<string, string> Form(string position) => new()
        {
            ["Input.Position"] = position,
            ["Input.Category"] = "Pedagogue",
            ["Input.Version"] = post.Version.ToString(),
        };

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, Form("Psychologist"))).StatusCode);
        var response = await client.PostFormAsync(url, Form("SocialPedagogue"));

        var doc = await TestClient.ParseAsync(response);
        Assert.NotNull(doc.QuerySelector(".validation-summary-errors li"));
        Assert.Equal("Psychologist", doc.QuerySelector<IHtmlSelectElement>("select[name='Input.Position']")!.Value);
        Assert.Equal(Position.Psychologist, await app.WithDbAsync(db => db.Employments.Where(e => e.Id == post.Id).Select(e => e.Position).SingleAsync()));
    }

    [Fact]
    public async Task EmploymentAddAndEnd_SecondPostThenEndIt_KeepsHistory()
    {
        var person = await app.AddPersonAsync(StaffData.School101, "Екіжұмысов", "Олжас");
        var school = await app.OrganizationIdAsync(StaffData.School101);
        using var client = app.CreateTestClient();
        await client.SignInAsAsync("methodologist");
        var gymnasium = await app.OrganizationIdAsync(StaffData.Gymnasium);

        var duplicate = await client.PostFormAsync($"/Organizations/People/Employments/Add/{person}", new()
        {
            ["Input.OrganizationId"] = school.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Employment.Position"] = "Teacher",
        });
        Assert.Contains("осы ұйымда лауазым атқарып жүр", (await TestClient.ParseAsync(duplicate)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);

        var added = await client.PostFormAsync($"/Organizations/People/Employments/Add/{person}", new()
        {
            ["Input.OrganizationId"] = gymnasium.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Employment.Position"] = "Psychologist",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var post = await app.WithDbAsync(db => db.Employments.Where(e => e.PersonId == person && e.OrganizationId == gymnasium).Select(e => new { e.Id, e.Version }).SingleAsync());

        var future = await client.PostFormAsync($"/Organizations/People/Employments/End/{post.Id}", new() { ["Input.EndedOn"] = "2027-01-01", ["Input.Version"] = post.Version.ToString() });
        Assert.Equal("Күн болашақта болмауы керек.", TestClient.FieldError(await TestClient.ParseAsync(future), "Input.EndedOn"));
        var ended = await client.PostFormAsync($"/Organizations/People/Employments/End/{post.Id}", new() { ["Input.EndedOn"] = "2026-11-15", ["Input.Version"] = post.Version.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 15), await app.WithDbAsync(db => db.Employments.Where(e => e.Id == post.Id).Select(e => e.EndedOn).SingleAsync()));
        var details = await client.GetPageAsync($"/Organizations/People/Details/{person}");
        Assert.Contains("15.11.2026 босатылды", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
