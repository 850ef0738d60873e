using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Data.Seed;

/// <summary>Subjects, subject areas and school years that every installation needs; idempotent.</summary>
public static class ReferenceData
{
    private static readonly (string Code, string Kk, string Ru, string Ky, string En)[] s_areas =
    [
        ("languages", "Тілдер және әдебиет", "Языки и литература", "Тилдер жана адабият", "Languages and literature"),
        ("math", "Математика және информатика", "Математика и информатика", "Математика жана информатика", "Mathematics and computer science"),
        ("science", "Жаратылыстану", "Естествознание", "Табигый илимдер", "Natural sciences"),
        ("social", "Адам және қоғам", "Человек и общество", "Адам жана коом", "People and society"),
        ("arts", "Технология және өнер", "Технология и искусство", "Технология жана искусство", "Technology and arts"),
        ("health", "Дене шынықтыру", "Физическая культура", "Дене тарбия", "Physical education"),
        ("primary", "Бастауыш білім", "Начальное образование", "Башталгыч билим", "Primary education"),
    ];

    private static readonly (string Code, string Area, string Kk, string Ru, string Ky, string En)[] s_subjects =
    [
        ("kazakh-language", "languages", "Қазақ тілі", "Казахский язык", "Казак тили", "Kazakh language"),
        ("kazakh-literature", "languages", "Қазақ әдебиеті", "Казахская литература", "Казак адабияты", "Kazakh literature"),
        ("russian-language", "languages", "Орыс тілі", "Русский язык", "Орус тили", "Russian language"),
        ("russian-literature", "languages", "Орыс әдебиеті", "Русская литература", "Орус адабияты", "Russian literature"),
        ("kyrgyz-language", "languages", "Қырғыз тілі", "Кыргызский язык", "Кыргыз тили", "Kyrgyz language"),
        ("english", "languages", "Ағылшын тілі", "Английский язык", "Англис тили", "English"),
        ("mathematics", "math", "Математика", "Математика", "Математика", "Mathematics"),
        ("algebra", "math", "Алгебра", "Алгебра", "Алгебра", "Algebra"),
        ("geometry", "math", "Геометрия", "Геометрия", "Геометрия", "Geometry"),
        ("informatics", "math", "Информатика", "Информатика", "Информатика", "Computer science"),
        ("physics", "science", "Физика", "Физика", "Физика", "Physics"),
        ("chemistry", "science", "Химия", "Химия", "Химия", "Chemistry"),
        ("biology", "science", "Биология", "Биология", "Биология", "Biology"),
        ("geography", "science", "География", "География", "География", "Geography"),
        ("natural-science", "science", "Жаратылыстану", "Естествознание", "Табият таануу", "Natural science"),
        ("history-kazakhstan", "social", "Қазақстан тарихы", "История Казахстана", "Казакстандын тарыхы", "History of Kazakhstan"),
        ("world-history", "social", "Дүниежүзі тарихы", "Всемирная история", "Дүйнөлүк тарых", "World history"),
        ("law", "social", "Құқық негіздері", "Основы права", "Укук негиздери", "Fundamentals of law"),
        ("art-work", "arts", "Көркем еңбек", "Художественный труд", "Көркөм эмгек", "Art and crafts"),
        ("music", "arts", "Музыка", "Музыка", "Музыка", "Music"),
        ("physical-education", "health", "Дене шынықтыру", "Физическая культура", "Дене тарбия", "Physical education"),
        ("primary-grades", "primary", "Бастауыш сынып", "Начальные классы", "Башталгыч класстар", "Primary grades"),
    ];

    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct = default)
    {
        var areas = await db.SubjectAreas.ToDictionaryAsync(a => a.Code, ct);
        foreach (var (code, kk, ru, ky, en) in s_areas.Where(a => !areas.ContainsKey(a.Code)))
        {
            var area = new SubjectArea { Code = code, NameKk = kk, NameRu = ru, NameKy = ky, NameEn = en };
            db.SubjectAreas.Add(area);
            areas[code] = area;
        }
        await db.SaveChangesAsync(ct);
        var existing = await db.Subjects.Select(s => s.Code).ToListAsync(ct);
        foreach (var (code, area, kk, ru, ky, en) in s_subjects.Where(s => !existing.Contains(s.Code)))
        {
            db.Subjects.Add(new Subject { Code = code, NameKk = kk, NameRu = ru, NameKy = ky, NameEn = en, SubjectAreaId = areas[area].Id });
        }

        var years = await db.SchoolYears.Select(y => new { y.Country, y.StartYear }).ToListAsync(ct);
        foreach (var country in Enum.GetValues<Country>())
        {
            for (var start = 2024; start <= 2026; start++)
            {
                if (!years.Any(y => y.Country == country && y.StartYear == start))
                {
                    db.SchoolYears.Add(SchoolCalendar.DefaultYear(country, start));
                }
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
