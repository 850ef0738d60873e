using System.Globalization;
using Adisteme.Bench.Generate.Bulk;
using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Bench.Generate.Steps;

/// <summary>
/// People with their posts: every organization gets its staff size (director, deputies, teachers
/// with subjects and grades, support staff), qualification categories with award and expiry dates,
/// experience and education. A few hold a second post or a past one in another school of the
/// district. Written region by region, so memory stays small at national scale.
/// </summary>
public sealed class StaffStep : IGeneratorStep
{
    public string Name => "staff";

    private static readonly (string Code, double Weight)[] s_kazakhSubjects =
    [
        ("kazakh-language", 14), ("kazakh-literature", 4), ("russian-language", 9), ("russian-literature", 3), ("english", 10),
        ("mathematics", 12), ("algebra", 3), ("geometry", 2), ("informatics", 5), ("physics", 5), ("chemistry", 4), ("biology", 5),
        ("geography", 4), ("history-kazakhstan", 5), ("world-history", 3), ("law", 1), ("art-work", 4), ("music", 3),
        ("physical-education", 8), ("natural-science", 2),
    ];

    private static readonly (string Code, double Weight)[] s_kyrgyzSubjects =
    [
        ("kyrgyz-language", 16), ("russian-language", 10), ("russian-literature", 3), ("english", 10), ("mathematics", 12),
        ("algebra", 3), ("geometry", 2), ("informatics", 5), ("physics", 5), ("chemistry", 4), ("biology", 5), ("geography", 4),
        ("world-history", 8), ("law", 1), ("art-work", 4), ("music", 3), ("physical-education", 8), ("natural-science", 2),
    ];

    /// <summary>Subjects commonly taught together by one teacher.</summary>
    private static readonly Dictionary<string, string> s_pairs = new(StringComparer.Ordinal)
    {
        ["kazakh-language"] = "kazakh-literature", ["russian-language"] = "russian-literature", ["mathematics"] = "algebra",
        ["algebra"] = "geometry", ["physics"] = "informatics", ["chemistry"] = "biology", ["biology"] = "chemistry",
        ["geography"] = "natural-science", ["history-kazakhstan"] = "world-history", ["world-history"] = "law",
    };

    private static readonly (QualificationCategory, double)[] s_kazakhCategories =
    [
        (QualificationCategory.None, 8), (QualificationCategory.Pedagogue, 25), (QualificationCategory.PedagogueModerator, 25),
        (QualificationCategory.PedagogueExpert, 20), (QualificationCategory.PedagogueResearcher, 12), (QualificationCategory.PedagogueMaster, 3),
        (QualificationCategory.LegacyFirst, 4), (QualificationCategory.LegacyHighest, 3),
    ];

    private static readonly (QualificationCategory, double)[] s_kyrgyzCategories =
    [
        (QualificationCategory.None, 20), (QualificationCategory.LegacySecond, 30), (QualificationCategory.LegacyFirst, 30), (QualificationCategory.LegacyHighest, 20),
    ];

    private static readonly (EducationDegree, double)[] s_degrees =
    [
        (EducationDegree.Higher, 72), (EducationDegree.Master, 12), (EducationDegree.TechnicalAndVocational, 12), (EducationDegree.SecondarySpecial, 3), (EducationDegree.Doctorate, 1),
    ];

    private static readonly string[] s_kazakhUniversities =
    [
        "Ахмет Байтұрсынұлы атындағы Қостанай өңірлік университеті", "Абай атындағы Қазақ ұлттық педагогикалық университеті",
        "Е.А. Бөкетов атындағы Қарағанды университеті", "Л.Н. Гумилев атындағы Еуразия ұлттық университеті",
        "Ы. Алтынсарин атындағы Арқалық педагогикалық институты", "Өзбекәлі Жәнібеков атындағы Оңтүстік Қазақстан педагогикалық университеті",
        "Павлодар педагогикалық университеті", "Қ. Жұбанов атындағы Ақтөбе өңірлік университеті",
    ];

    private static readonly string[] s_kyrgyzUniversities =
    [
        "И. Арабаев атындагы Кыргыз мамлекеттик университети", "Ош мамлекеттик университети", "Ж. Баласагын атындагы Кыргыз улуттук университети",
        "К. Тыныстанов атындагы Ысык-Көл мамлекеттик университети", "Жалал-Абад мамлекеттик университети",
    ];

    public async Task RunAsync(GenerationContext context, CancellationToken ct)
    {
        var world = context.World;
        var iins = new HashSet<string>(StringComparer.Ordinal);
        var personId = 0;
        var employmentId = 0;
        var byDistrict = world.Organizations.ToLookup(o => o.DistrictId);
        foreach (var region in world.Regions)
        {
            var random = context.RandomFor(Name, region.Id);
            var people = new List<Person>();
            var employments = new List<Employment>();
            var subjects = new List<EmploymentSubject>();
            foreach (var org in world.Organizations.Where(o => o.RegionId == region.Id))
            {
                var neighbours = byDistrict[org.DistrictId].Where(o => o.Id != org.Id && o.Kind is not (OrganizationKind.MethodologicalCenter or OrganizationKind.MethodologicalOffice)).ToList();
                var positions = Positions(org, random);
                foreach (var position in positions)
                {
                    var (person, age) = MakePerson(random, region, org, position, iins);
                    person.WithId(++personId);
                    people.Add(person);
                    var main = MakeEmployment(random, org, position, age, ended: null).WithId(++employmentId);
                    main.PersonId = person.Id;
                    employments.Add(main);
                    var subjectIds = Subjects(random, world, org, position);
                    subjects.AddRange(subjectIds.Select(s => new EmploymentSubject { EmploymentId = main.Id, SubjectId = s }));
                    world.Staff.Add(new StaffFact(person.Id, main.Id, org.Id, position, subjectIds.Count > 0 ? subjectIds[0] : null));

                    if (neighbours.Count > 0 && position is Position.Teacher && random.Chance(0.02))
                    {
                        // A second post: the same subject a few hours a week in a neighbouring school.
                        var other = Names.Pick(random, neighbours);
                        var second = MakeEmployment(random, other, position, age, ended: null).WithId(++employmentId);
                        second.PersonId = person.Id;
                        employments.Add(second);
                        subjects.AddRange(subjectIds.Take(1).Select(s => new EmploymentSubject { EmploymentId = second.Id, SubjectId = s }));
                    }
                    if (neighbours.Count > 0 && random.Chance(0.04))
                    {
                        var ended = GenerationContext.Today.AddDays(-random.Next(200, 3000));
                        var past = MakeEmployment(random, Names.Pick(random, neighbours), Position.Teacher, age, ended).WithId(++employmentId);
                        past.PersonId = person.Id;
                        employments.Add(past);
                    }
                }
            }
            await context.Bulk.WriteAsync(people, ct);
            await context.Bulk.WriteAsync(employments, ct);
            await context.Bulk.WriteAsync(subjects, ct);
            context.Progress(Name, $"region {region.Id}/{world.Regions.Count} {region.Name}: {people.Count:N0} people, {employments.Count:N0} posts, {subjects.Count:N0} subject links (total {personId:N0} people)");
        }
    }

    /// <summary>The posts of one organization, head first, as its staff list is laid out.</summary>
    private static List<Position> Positions(OrganizationFact org, Random random)
    {
        var size = org.StaffSize;
        var list = new List<Position> { Position.Director };
        void AddIf(bool condition, Position position)
        {
            if (condition)
            {
                list.Add(position);
            }
        }
        double primaryShare;
        switch (org.Kind)
        {
            case OrganizationKind.MethodologicalCenter or OrganizationKind.MethodologicalOffice:
                while (list.Count < size)
                {
                    list.Add(Position.Methodologist);
                }
                return list;
            case OrganizationKind.PreschoolOrganization:
                list.Add(Position.Methodologist);
                AddIf(size >= 20, Position.Psychologist);
                while (list.Count < size)
                {
                    list.Add(Position.PreschoolEducator);
                }
                return list.Take(size).ToList();
            case OrganizationKind.College:
                list.Add(Position.DeputyDirectorMethodological);
                list.Add(Position.DeputyDirectorTeachingUpbringing);
                AddIf(size >= 30, Position.Psychologist);
                while (list.Count < size)
                {
                    list.Add(random.Chance(0.2) ? Position.MasterOfIndustrialTraining : Position.Teacher);
                }
                return list.Take(size).ToList();
            case OrganizationKind.SmallSchoolWithCombinedClasses:
                list.Add(Position.DeputyDirectorMethodological);
                AddIf(size >= 12, Position.SchoolLibrarian);
                primaryShare = org.Level == EducationLevel.Primary ? 1 : 0.4;
                break;
            default:
                list.Add(Position.DeputyDirectorMethodological);
                list.Add(Position.DeputyDirectorTeachingUpbringing);
                AddIf(size >= 30, Position.DeputyDirectorUpbringing);
                AddIf(size >= 60, Position.DeputyDirectorIct);
                AddIf(size >= 15, Position.SchoolLibrarian);
                AddIf(size >= 25, Position.SocialPedagogue);
                AddIf(size >= 20, Position.Psychologist);
                primaryShare = 0.25;
                break;
        }
        while (list.Count < size)
        {
            list.Add(random.Chance(primaryShare) ? Position.PrimaryTeacher : Position.Teacher);
        }
        return list.Take(size).ToList();
    }

    /// <summary>A person and their age (the model keeps no birth date; the IIN carries one, and age bounds experience).</summary>
    private static (Person Person, int Age) MakePerson(Random random, RegionFact region, OrganizationFact org, Position position, HashSet<string> iins)
    {
        var russianShare = org.Language == DocumentLanguage.Russian ? 0.65 : region.RussianShare * 0.5;
        var origin = random.Chance(russianShare) ? NameOrigin.Russian : region.Country == Country.Kyrgyzstan ? NameOrigin.Kyrgyz : NameOrigin.Kazakh;
        var femaleShare = position switch
        {
            Position.Director => 0.55,
            Position.MasterOfIndustrialTraining => 0.3,
            Position.PrimaryTeacher or Position.PreschoolEducator => 0.97,
            _ => 0.8,
        };
        var female = random.Chance(femaleShare);
        var person = Names.Person(random, origin, female);
        var minAge = position is Position.Director or Position.DeputyDirectorMethodological ? 32 : 22;
        var birth = GenerationContext.Today.AddYears(-random.Next(minAge, 64)).AddDays(-random.Next(0, 365));
        if (region.Country == Country.Kazakhstan)
        {
            person.Iin = NewIin(random, birth, female, iins);
        }
        if (random.Chance(0.7))
        {
            person.Phone = region.Country == Country.Kyrgyzstan
                ? string.Create(CultureInfo.InvariantCulture, $"+996 {random.Next(500, 800)} {random.Next(100000, 1000000)}")
                : string.Create(CultureInfo.InvariantCulture, $"+7 7{random.Next(0, 80):D2} {random.Next(1000000, 10000000)}");
        }
        person.Version = random.NextGuid();
        return (person, GenerationContext.Today.Year - birth.Year);
    }

    /// <summary>A valid, unique IIN: YYMMDD, century-and-sex digit, a serial, and the check digit.</summary>
    public static string NewIin(Random random, DateOnly birth, bool female, HashSet<string> used)
    {
        var centurySex = (birth.Year >= 2000 ? 5 : 3) + (female ? 1 : 0);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{birth.Year % 100:D2}{birth.Month:D2}{birth.Day:D2}{centurySex}");
        var serial = random.Next(10000);
        for (var attempt = 0; attempt < 10000; attempt++, serial = (serial + 1) % 10000)
        {
            var body = prefix + serial.ToString("D4", CultureInfo.InvariantCulture);
            for (var check = 0; check < 10; check++)
            {
                var candidate = body + (char)('0' + check);
                if (Iin.IsValid(candidate))
                {
                    if (used.Add(candidate))
                    {
                        return candidate;
                    }
                    break;
                }
            }
        }
        throw new InvalidOperationException("No free IIN for " + prefix);
    }

    private static Employment MakeEmployment(Random random, OrganizationFact org, Position position, int age, DateOnly? ended)
    {
        var kyrgyzstan = org.Country == Country.Kyrgyzstan;
        var category = position is Position.SchoolLibrarian or Position.MasterOfIndustrialTraining && random.Chance(0.5)
            ? QualificationCategory.None
            : random.Weighted(kyrgyzstan ? s_kyrgyzCategories : s_kazakhCategories);
        var holdsDates = category is not (QualificationCategory.None or QualificationCategory.Pedagogue);
        // Awarded within the last five years: a category is held for five (rules.md K2), so some expire soon.
        var awarded = GenerationContext.Today.AddDays(-random.Next(30, 5 * 365));
        var years = Math.Max(0, Math.Min(age - 22, random.Next(0, 40)));
        var (gradeFrom, gradeTo) = position switch
        {
            Position.PrimaryTeacher => (1, 4),
            Position.PreschoolEducator => (0, 0),
            Position.Teacher or Position.DeputyDirectorMethodological or Position.DeputyDirectorTeachingUpbringing
                when org.Kind is not (OrganizationKind.College or OrganizationKind.PreschoolOrganization or OrganizationKind.MethodologicalCenter or OrganizationKind.MethodologicalOffice)
                => (5, org.Level == EducationLevel.BasicSecondary ? 9 : 11),
            _ => ((int?)null, (int?)null),
        };
        var degree = random.Weighted(s_degrees);
        return new Employment
        {
            OrganizationId = org.Id,
            Position = position,
            GradeFrom = gradeFrom,
            GradeTo = gradeTo,
            Category = category,
            CategoryAwardedOn = holdsDates ? awarded : null,
            CategoryExpiresOn = holdsDates ? awarded.AddYears(5) : null,
            ExperienceStartedOn = GenerationContext.Today.AddYears(-years).AddDays(-random.Next(0, 300)),
            Education = degree,
            EducationDetails = degree is EducationDegree.Higher or EducationDegree.Master or EducationDegree.Doctorate
                ? Names.Pick(random, kyrgyzstan ? s_kyrgyzUniversities : s_kazakhUniversities)
                : null,
            EndedOn = ended,
            Version = random.NextGuid(),
        };
    }

    private static List<int> Subjects(Random random, World world, OrganizationFact org, Position position)
    {
        var teaches = position switch
        {
            Position.Teacher => true,
            Position.DeputyDirectorMethodological or Position.DeputyDirectorTeachingUpbringing => random.Chance(0.7),
            _ => false,
        };
        if (position == Position.PrimaryTeacher)
        {
            return [world.Subjects["primary-grades"]];
        }
        if (!teaches || org.Kind is OrganizationKind.MethodologicalCenter or OrganizationKind.MethodologicalOffice or OrganizationKind.PreschoolOrganization)
        {
            return [];
        }
        var code = random.Weighted(org.Country == Country.Kyrgyzstan ? s_kyrgyzSubjects : s_kazakhSubjects);
        var list = new List<int> { world.Subjects[code] };
        if (s_pairs.TryGetValue(code, out var pair) && random.Chance(0.3))
        {
            list.Add(world.Subjects[pair]);
        }
        return list;
    }
}
