using System.Globalization;
using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Bench.Generate.Steps;

/// <summary>
/// Names organizations of one district the way they are registered, in the organization's document
/// language: «№ 12 жалпы білім беретін мектеп», «Гимназия № 3», «Ақсуат шағын жинақты мектебі».
/// Names are unique within the district, as the model requires.
/// </summary>
internal sealed class OrganizationNamer(Random random, DistrictFact district, string regionName)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private int _number;

    public EducationOrganization Make(OrganizationKind kind, RegionFact region)
    {
        var methodological = kind is OrganizationKind.MethodologicalCenter or OrganizationKind.MethodologicalOffice;
        var kyrgyzstan = district.Country == Country.Kyrgyzstan;
        var national = kyrgyzstan ? DocumentLanguage.Kyrgyz : DocumentLanguage.Kazakh;
        var russian = !methodological && random.Chance(region.RussianShare);
        var language = russian ? DocumentLanguage.Russian : national;
        var nationalInstruction = kyrgyzstan ? InstructionLanguages.Kyrgyz : InstructionLanguages.Kazakh;
        var instruction = russian
            ? random.Chance(0.3) ? InstructionLanguages.Russian | nationalInstruction : InstructionLanguages.Russian
            : kyrgyzstan && random.Chance(0.05) ? nationalInstruction | InstructionLanguages.Uzbek
            : random.Chance(0.25) ? nationalInstruction | InstructionLanguages.Russian : nationalInstruction;
        if (methodological)
        {
            instruction = nationalInstruction | InstructionLanguages.Russian;
        }

        var (name, shortName) = Name(kind, language);
        var number = random.Next(1, 180).ToString(CultureInfo.InvariantCulture);
        var street = Names.Pick(random, language switch
        {
            DocumentLanguage.Russian => Places.RussianStreets,
            DocumentLanguage.Kyrgyz => Places.KyrgyzStreets,
            _ => Places.KazakhStreets,
        });
        return new EducationOrganization
        {
            Name = name,
            ShortName = shortName,
            Kind = kind,
            EducationLevel = Level(kind),
            InstructionLanguages = instruction,
            DocumentLanguage = language,
            Address = language switch
            {
                DocumentLanguage.Russian => $"{district.Settlement}, ул. {street}, {number}",
                DocumentLanguage.Kyrgyz => $"{district.Settlement}, {street} көчөсү, {number}",
                _ => $"{district.Settlement}, {street} көшесі, {number}",
            },
            Phone = kyrgyzstan
                ? string.Create(CultureInfo.InvariantCulture, $"+996 3{random.Next(10, 100)} {random.Next(100000, 1000000)}")
                : string.Create(CultureInfo.InvariantCulture, $"+7 71{random.Next(10, 100)} {random.Next(100000, 1000000)}"),
            Email = null,
            Version = random.NextGuid(),
        };
    }

    private EducationLevel Level(OrganizationKind kind) => kind switch
    {
        OrganizationKind.SmallSchoolWithCombinedClasses => random.Weighted<EducationLevel>(
            [(EducationLevel.BasicSecondary, 60), (EducationLevel.Primary, 20), (EducationLevel.GeneralSecondary, 20)]),
        OrganizationKind.PreschoolOrganization => EducationLevel.Preschool,
        OrganizationKind.College => EducationLevel.TechnicalAndVocational,
        OrganizationKind.MethodologicalCenter or OrganizationKind.MethodologicalOffice => EducationLevel.NotApplicable,
        _ => EducationLevel.GeneralSecondary,
    };

    private (string Name, string? ShortName) Name(OrganizationKind kind, DocumentLanguage language)
    {
        var ru = language == DocumentLanguage.Russian;
        var ky = language == DocumentLanguage.Kyrgyz;
        switch (kind)
        {
            case OrganizationKind.MethodologicalOffice:
                return Unique(ky ? $"{district.Name} билим берүү бөлүмүнүн методикалык кабинети" : $"{district.Name} білім бөлімінің әдістемелік кабинеті",
                    ky ? "Методкабинет" : "Әдістемелік кабинет");
            case OrganizationKind.MethodologicalCenter:
                return Unique(ky ? $"{regionName} методикалык борбору" : $"{regionName} әдістемелік орталығы", ky ? "Методикалык борбор" : "Әдістемелік орталық");
            case OrganizationKind.SmallSchoolWithCombinedClasses:
                var village = Names.Pick(random, district.Country == Country.Kyrgyzstan ? Places.KyrgyzVillages : Places.KazakhVillages);
                return Unique(ru ? $"Малокомплектная школа села {village}" : ky ? $"{village} аз комплекттүү мектеби" : $"{village} шағын жинақты мектебі",
                    ru ? $"МКШ {village}" : ky ? $"{village} АКМ" : $"{village} ШЖМ");
            case OrganizationKind.PreschoolOrganization:
                var garden = Names.Pick(random, ru ? Places.RussianKindergartens : ky ? Places.KyrgyzKindergartens : Places.KazakhKindergartens);
                var g = Next();
                return Unique(ru ? $"Детский сад № {g} «{garden}»" : ky ? $"№ {g} «{garden}» бала бакчасы" : $"№ {g} «{garden}» балабақшасы",
                    ru ? $"Д/с № {g}" : ky ? $"№ {g} бала бакча" : $"№ {g} балабақша");
            default:
                var n = Next();
                return kind switch
                {
                    OrganizationKind.Gymnasium => Unique(ru ? $"Гимназия № {n}" : $"№ {n} гимназия", ru ? $"Гимназия № {n}" : $"№ {n} гимназия"),
                    OrganizationKind.Lyceum => Unique(ru ? $"Школа-лицей № {n}" : ky ? $"№ {n} лицей" : $"№ {n} мектеп-лицей", ru ? $"ШЛ № {n}" : $"№ {n} лицей"),
                    OrganizationKind.BoardingSchool => Unique(ru ? $"Школа-интернат № {n}" : $"№ {n} мектеп-интернат", ru ? $"ШИ № {n}" : $"№ {n} МИ"),
                    OrganizationKind.College => Unique(ru ? $"Многопрофильный колледж № {n}" : ky ? $"№ {n} көп тармактуу колледж" : $"№ {n} көпсалалы колледж",
                        ru ? $"Колледж № {n}" : $"№ {n} колледж"),
                    _ => Unique(ru ? $"Общеобразовательная школа № {n}" : ky ? $"№ {n} жалпы билим берүүчү мектеп" : $"№ {n} жалпы білім беретін мектеп",
                        ru ? $"ОШ № {n}" : ky ? $"№ {n} ЖББМ" : $"№ {n} ЖББМ"),
                };
        }
    }

    private string Next() => (++_number).ToString(CultureInfo.InvariantCulture);

    /// <summary>A village name can come up twice in one district; the second gets a number, as real registers do.</summary>
    private (string, string?) Unique(string name, string? shortName)
    {
        var candidate = name;
        for (var k = 2; !_used.Add(candidate); k++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{name} ({k})");
        }
        return (candidate, shortName);
    }
}
