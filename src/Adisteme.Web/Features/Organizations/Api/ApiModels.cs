using System.Linq.Expressions;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Api;

namespace Adisteme.Web.Features.Organizations.Api;

// Response records of /api/v1. Each editable record carries its Version (the concurrency token a
// later PUT sends back). Projections are expressions so EF reads exactly these columns in one query.

public sealed record RegionResponse(int Id, string Name, Country Country, string? EducationAuthorityName, Guid Version) : IVersionedResponse
{
    internal static readonly Expression<Func<Region, RegionResponse>> Projection =
        r => new RegionResponse(r.Id, r.Name, r.Country, r.EducationAuthorityName, r.Version);
}

public sealed record DistrictResponse(int Id, int RegionId, string RegionName, string Name, string? EducationDepartmentName, Guid Version) : IVersionedResponse
{
    internal static readonly Expression<Func<District, DistrictResponse>> Projection =
        d => new DistrictResponse(d.Id, d.RegionId, d.Region!.Name, d.Name, d.EducationDepartmentName, d.Version);
}

public sealed record OrganizationResponse(
    int Id, int RegionId, int DistrictId, string DistrictName, string Name, string? ShortName,
    OrganizationKind Kind, EducationLevel EducationLevel, InstructionLanguages[] InstructionLanguages, DocumentLanguage DocumentLanguage,
    bool IsFullyStaffed, string? Address, string? Phone, string? Email, Guid Version) : IVersionedResponse
{
    internal static readonly Expression<Func<EducationOrganization, OrganizationResponse>> Projection =
        o => new OrganizationResponse(o.Id, o.District!.RegionId, o.DistrictId, o.District.Name, o.Name, o.ShortName,
            o.Kind, o.EducationLevel, Split(o.InstructionLanguages), o.DocumentLanguage,
            o.IsFullyStaffed, o.Address, o.Phone, o.Email, o.Version);

    /// <summary>A flags value as a list of names: ["Kazakh", "Russian"] reads better than "Kazakh, Russian".</summary>
    private static InstructionLanguages[] Split(InstructionLanguages value) =>
        Enum.GetValues<InstructionLanguages>().Where(v => v != Domain.InstructionLanguages.None && value.HasFlag(v)).ToArray();
}

/// <summary>A person in a list, with the current posts in organizations the caller can see.</summary>
public sealed record PersonSummary(int Id, string Surname, string Name, string? Patronymic, string FullName, PostSummary[] Posts, Guid Version);

public sealed record PostSummary(int OrganizationId, string OrganizationName, Position Position);

/// <summary>
/// One person with their employments in organizations the caller can see (ended ones too).
/// The IIN is shown only to callers who may manage the person's staff records; otherwise null.
/// </summary>
public sealed record PersonResponse(
    int Id, string Surname, string Name, string? Patronymic, string FullName, string? Iin, string? Email, string? Phone,
    bool HasLogin, EmploymentResponse[] Employments, Guid Version) : IVersionedResponse;

public sealed record EmploymentResponse(
    int Id, int OrganizationId, string OrganizationName, Position Position, string[] Subjects, int? GradeFrom, int? GradeTo,
    QualificationCategory Category, DateOnly? CategoryAwardedOn, DateOnly? CategoryExpiresOn, DateOnly? ExperienceStartedOn,
    EducationDegree? Education, string? EducationDetails, DateOnly? EndedOn, Guid Version) : IVersionedResponse
{
    internal static readonly Expression<Func<Employment, EmploymentResponse>> Projection =
        e => new EmploymentResponse(e.Id, e.OrganizationId, e.Organization!.Name, e.Position,
            e.Subjects.Select(x => x.Subject!.Code).OrderBy(c => c).ToArray(), e.GradeFrom, e.GradeTo,
            e.Category, e.CategoryAwardedOn, e.CategoryExpiresOn, e.ExperienceStartedOn, e.Education, e.EducationDetails, e.EndedOn, e.Version);
}

/// <summary>A subject with its name in the caller's language and in all four.</summary>
public sealed record SubjectResponse(int Id, string Code, string Name, LocalizedNames Names, string? AreaCode, LocalizedNames? AreaNames);

public sealed record LocalizedNames(string Kk, string Ru, string Ky, string En);
