using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Data.Seed;

/// <summary>
/// A small, realistic installation for a first run: Kostanay region, two districts, four schools
/// (one fully staffed, one small school with combined classes), a methodological centre, about
/// sixty staff and one login per role. Deterministic, so screenshots and tests can rely on it.
/// </summary>
public static class DemoData
{
    public const string Password = "demo-pass-2026";

    public sealed record DemoLogin(string UserName, AppRole Role, string Scope);

    private static readonly string[] s_kazakhMaleNames = ["Арман", "Ерлан", "Нұрлан", "Данияр", "Асхат", "Бауыржан", "Серік", "Жандос", "Марат", "Ерболат"];
    private static readonly string[] s_kazakhFemaleNames = ["Айгүл", "Гүлнар", "Әсем", "Динара", "Жанар", "Мөлдір", "Сәуле", "Гүлмира", "Ақмарал", "Салтанат", "Айжан", "Бақыт"];
    private static readonly string[] s_kazakhSurnameRoots = ["Серік", "Нұрлан", "Жұмаб", "Омар", "Қасым", "Әбдір", "Бекмұхамб", "Сұлтанб", "Төлеу", "Ахмет", "Мұқан", "Есенб"];
    private static readonly string[] s_kazakhFatherNames = ["Серік", "Болат", "Қайрат", "Мұрат", "Ержан", "Талғат", "Нұржан", "Берік"];
    private static readonly string[] s_russianMaleNames = ["Андрей", "Сергей", "Дмитрий", "Алексей", "Владимир", "Игорь"];
    private static readonly string[] s_russianFemaleNames = ["Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Марина", "Людмила"];
    private static readonly string[] s_russianSurnames = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Морозов", "Волков", "Лебедев"];
    private static readonly string[] s_russianFatherNames = ["Иван", "Петр", "Сергей", "Николай", "Александр", "Виктор"];

    public static async Task<IReadOnlyList<DemoLogin>> SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var time = services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var random = new Random(2026);

        var region = new Region { Name = "Қостанай облысы", Country = Country.Kazakhstan, EducationAuthorityName = "Қостанай облысы әкімдігі білім басқармасы" };
        var city = new District { Name = "Қостанай қаласы", EducationDepartmentName = "Қостанай қаласының білім бөлімі" };
        var altynsarin = new District { Name = "Алтынсарин ауданы", EducationDepartmentName = "Алтынсарин ауданының білім бөлімі" };
        region.Districts.AddRange([city, altynsarin]);
        db.Regions.Add(region);

        var school101 = Org("№ 101 жалпы білім беретін мектеп", "№ 101 ЖББМ", OrganizationKind.School, EducationLevel.GeneralSecondary,
            InstructionLanguages.Kazakh | InstructionLanguages.Russian, DocumentLanguage.Kazakh, fullyStaffed: true, "Қостанай қ., Абай даңғылы, 101");
        var gymnasium = Org("Гимназия № 5", "Гимназия № 5", OrganizationKind.Gymnasium, EducationLevel.GeneralSecondary,
            InstructionLanguages.Russian, DocumentLanguage.Russian, fullyStaffed: false, "г. Костанай, ул. Байтурсынова, 5");
        var centre = Org("Қостанай облысының әдістемелік орталығы", "Әдістемелік орталық", OrganizationKind.MethodologicalCenter, EducationLevel.NotApplicable,
            InstructionLanguages.Kazakh | InstructionLanguages.Russian, DocumentLanguage.Kazakh, fullyStaffed: false, "Қостанай қ., Гоголь к-сі, 12");
        city.Organizations.AddRange([school101, gymnasium, centre]);
        var silantyev = Org("Силантьев жалпы білім беретін мектебі", "Силантьев ЖББМ", OrganizationKind.School, EducationLevel.GeneralSecondary,
            InstructionLanguages.Kazakh | InstructionLanguages.Russian, DocumentLanguage.Kazakh, fullyStaffed: false, "Алтынсарин ауданы, Силантьев а.");
        var shokay = Org("Шоқай шағын жинақты мектебі", "Шоқай ШЖМ", OrganizationKind.SmallSchoolWithCombinedClasses, EducationLevel.BasicSecondary,
            InstructionLanguages.Kazakh, DocumentLanguage.Kazakh, fullyStaffed: false, "Алтынсарин ауданы, Шоқай а.");
        altynsarin.Organizations.AddRange([silantyev, shokay]);
        await db.SaveChangesAsync(ct);

        var subjects = await db.Subjects.ToDictionaryAsync(s => s.Code, ct);
        var staffPlan = new (EducationOrganization Org, int Teachers, bool Russian)[]
        {
            (school101, 20, false), (gymnasium, 14, true), (silantyev, 11, false), (shokay, 6, false), (centre, 3, false),
        };
        var people = new Dictionary<EducationOrganization, List<Person>>();
        foreach (var (org, count, russian) in staffPlan)
        {
            var list = new List<Person>();
            for (var i = 0; i < count; i++)
            {
                var person = MakePerson(random, russian || random.Next(5) == 0);
                var employment = MakeEmployment(random, org, i, today, subjects);
                person.Employments.Add(employment);
                db.People.Add(person);
                list.Add(person);
            }
            people[org] = list;
        }
        await db.SaveChangesAsync(ct);

        var logins = new List<DemoLogin>();
        async Task Login(string userName, Person? person, AppRole role, ScopeKind kind, int? scopeId, string scopeName)
        {
            var user = new AppUser { UserName = userName, DisplayName = person?.FullName ?? userName, EmailConfirmed = true, Email = $"{userName}@demo.adisteme.kz" };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = role, ScopeKind = kind, ScopeId = scopeId, GrantedAtUtc = time.GetUtcNow().UtcDateTime });
            if (person is not null)
            {
                person.UserId = user.Id;
            }
            logins.Add(new DemoLogin(userName, role, scopeName));
        }

        var staff101 = people[school101];
        await Login("admin", null, AppRole.Administrator, ScopeKind.Global, null, "—");
        await Login("centre", people[centre][0], AppRole.CentreStaff, ScopeKind.Region, region.Id, region.Name);
        await Login("methodologist", people[centre][1], AppRole.DistrictMethodologist, ScopeKind.District, city.Id, city.Name);
        await Login("director", staff101[0], AppRole.Director, ScopeKind.Organization, school101.Id, school101.Name);
        await Login("deputy", staff101[1], AppRole.DeputyDirector, ScopeKind.Organization, school101.Id, school101.Name);
        await Login("head", staff101[3], AppRole.AssociationHead, ScopeKind.Organization, school101.Id, school101.Name);
        await Login("teacher", staff101[4], AppRole.Teacher, ScopeKind.Organization, school101.Id, school101.Name);
        await Login("commission", people[centre][2], AppRole.CommissionMember, ScopeKind.Organization, centre.Id, centre.Name);
        await Login("director.gym", people[gymnasium][0], AppRole.Director, ScopeKind.Organization, gymnasium.Id, gymnasium.Name);
        await db.SaveChangesAsync(ct);
        await AssociationsDemoData.SeedAsync(db, today, ct);
        return logins;
    }

    /// <summary>Prints the address and the demo logins once the server listens.</summary>
    public static void Print(IReadOnlyList<DemoLogin> logins, ILogger logger, WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string> { "", "Adisteme demo is ready at " + string.Join(", ", addresses), $"Demo logins (password for all: {Password}):" };
            lines.AddRange(logins.Select(l => $"  {l.UserName,-14} {l.Role,-22} {l.Scope}"));
            lines.Add("");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
            logger.LogInformation("Demo data created with {Count} logins", logins.Count);
        });
    }

    private static EducationOrganization Org(string name, string shortName, OrganizationKind kind, EducationLevel level,
        InstructionLanguages languages, DocumentLanguage documentLanguage, bool fullyStaffed, string address) => new()
    {
        Name = name,
        ShortName = shortName,
        Kind = kind,
        EducationLevel = level,
        InstructionLanguages = languages,
        DocumentLanguage = documentLanguage,
        IsFullyStaffed = fullyStaffed,
        Address = address,
        Phone = "+7 7142 " + (500000 + name.Length * 137).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Person MakePerson(Random random, bool russian)
    {
        var female = random.Next(4) != 0;
        if (russian)
        {
            var surname = Pick(random, s_russianSurnames) + (female ? "а" : "");
            var name = female ? Pick(random, s_russianFemaleNames) : Pick(random, s_russianMaleNames);
            var father = Pick(random, s_russianFatherNames);
            var patronymic = father switch
            {
                "Николай" => female ? "Николаевна" : "Николаевич",
                "Сергей" => female ? "Сергеевна" : "Сергеевич",
                _ => father + (female ? "овна" : "ович"),
            };
            return new Person { Surname = surname, Name = name, Patronymic = patronymic };
        }
        var root = Pick(random, s_kazakhSurnameRoots);
        var kazakhSurname = root + (root.EndsWith('б') ? (female ? "аева" : "аев") : (female ? "ова" : "ов"));
        var kazakhName = female ? Pick(random, s_kazakhFemaleNames) : Pick(random, s_kazakhMaleNames);
        var kazakhPatronymic = Pick(random, s_kazakhFatherNames) + (female ? "қызы" : "ұлы");
        return new Person { Surname = kazakhSurname, Name = kazakhName, Patronymic = kazakhPatronymic };
    }

    private static readonly string[] s_teachingSubjects =
    [
        "kazakh-language", "russian-language", "english", "mathematics", "physics", "chemistry", "biology",
        "geography", "history-kazakhstan", "informatics", "physical-education", "primary-grades", "mathematics", "kazakh-literature",
    ];

    private static Employment MakeEmployment(Random random, EducationOrganization org, int index, DateOnly today, Dictionary<string, Subject> subjects)
    {
        var position = org.Kind == OrganizationKind.MethodologicalCenter ? Position.Methodologist : index switch
        {
            0 => Position.Director,
            1 => Position.DeputyDirectorMethodological,
            2 when org.Kind != OrganizationKind.SmallSchoolWithCombinedClasses => Position.DeputyDirectorTeachingUpbringing,
            _ => Position.Teacher,
        };
        var category = (QualificationCategory)random.Next(1, 6);
        var awarded = today.AddDays(-random.Next(30, 5 * 365));
        var employment = new Employment
        {
            OrganizationId = org.Id,
            Position = position,
            Category = category,
            CategoryAwardedOn = category == QualificationCategory.Pedagogue ? null : awarded,
            // A category is held for five years (rules.md K2); a few expire soon so the home page has something to say.
            CategoryExpiresOn = category == QualificationCategory.Pedagogue ? null : awarded.AddYears(5),
            ExperienceStartedOn = today.AddYears(-random.Next(1, 35)).AddDays(-random.Next(0, 300)),
            Education = random.Next(6) == 0 ? EducationDegree.Master : EducationDegree.Higher,
            EducationDetails = "Ы. Алтынсарин атындағы Арқалық педагогикалық институты",
        };
        if (position is Position.Teacher or Position.DeputyDirectorMethodological or Position.DeputyDirectorTeachingUpbringing)
        {
            var code = org.Kind == OrganizationKind.SmallSchoolWithCombinedClasses && index % 2 == 0
                ? "primary-grades"
                : s_teachingSubjects[index % s_teachingSubjects.Length];
            employment.Subjects.Add(new EmploymentSubject { SubjectId = subjects[code].Id });
            (employment.GradeFrom, employment.GradeTo) = code == "primary-grades" ? (1, 4) : (5, org.EducationLevel == EducationLevel.BasicSecondary ? 9 : 11);
        }
        return employment;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
