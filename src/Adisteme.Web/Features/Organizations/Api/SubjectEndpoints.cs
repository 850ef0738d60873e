using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Organizations.Api;

/// <summary>The subject catalogue: reference data, the same for every signed-in caller.</summary>
internal static class SubjectEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/subjects", ListSubjectsAsync).AsPagedList().WithTags("Subjects").WithName("ListSubjects")
            .WithSummary("List the subject catalogue with names in Kazakh, Russian, Kyrgyz and English");

    private static async Task<Ok<Paged<SubjectResponse>>> ListSubjectsAsync([AsParameters] PageRequest paging, AppDbContext db, CancellationToken ct)
    {
        var language = Cultures.CurrentLanguage;
        var subjects = db.Subjects.AsNoTracking().OrderBy(x => x.Code);
        return TypedResults.Ok(await subjects.ToPagedAsync(x => new SubjectResponse(
            x.Id, x.Code, x.NameIn(language), new LocalizedNames(x.NameKk, x.NameRu, x.NameKy, x.NameEn),
            x.SubjectArea == null ? null : x.SubjectArea.Code,
            x.SubjectArea == null ? null : new LocalizedNames(x.SubjectArea.NameKk, x.SubjectArea.NameRu, x.SubjectArea.NameKy, x.SubjectArea.NameEn)),
            paging, ct));
    }
}
