using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Localization;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>A post in one organization, as a form or an API body sends it. The organization is given separately.</summary>
public sealed class EmploymentInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Position")]
    public Position? Position { get; set; }

    [Display(Name = "Subjects")]
    public List<int> SubjectIds { get; set; } = [];

    [Range(EmploymentRules.LowestGrade, EmploymentRules.HighestGrade, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Grades from")]
    public int? GradeFrom { get; set; }

    [Range(EmploymentRules.LowestGrade, EmploymentRules.HighestGrade, ErrorMessage = "The {0} field must be between {1} and {2}.")]
    [Display(Name = "Grades to")]
    public int? GradeTo { get; set; }

    [Display(Name = "Qualification category")]
    public QualificationCategory Category { get; set; }

    [Display(Name = "Category awarded on")]
    public DateOnly? CategoryAwardedOn { get; set; }

    [Display(Name = "Category valid until")]
    public DateOnly? CategoryExpiresOn { get; set; }

    [Display(Name = "Teaching experience since")]
    public DateOnly? ExperienceStartedOn { get; set; }

    [Display(Name = "Education")]
    public EducationDegree? Education { get; set; }

    [StringLength(500, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Education details")]
    public string? EducationDetails { get; set; }

    /// <summary>The version the record had when the form was rendered or the API client read it; ignored when adding.</summary>
    public Guid Version { get; set; }

    public static EmploymentInput From(Employment e) => new()
    {
        Position = e.Position,
        SubjectIds = e.Subjects.Select(x => x.SubjectId).ToList(),
        GradeFrom = e.GradeFrom,
        GradeTo = e.GradeTo,
        Category = e.Category,
        CategoryAwardedOn = e.CategoryAwardedOn,
        CategoryExpiresOn = e.CategoryExpiresOn,
        ExperienceStartedOn = e.ExperienceStartedOn,
        Education = e.Education,
        EducationDetails = e.EducationDetails,
        Version = e.Version,
    };
}

/// <summary>Ending a post: the last working day.</summary>
public sealed class EndEmploymentInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Last working day")]
    public DateOnly? EndedOn { get; set; }

    /// <summary>The version the post had when the form was rendered or the API client read it.</summary>
    public Guid Version { get; set; }
}

/// <summary>
/// The rules for a post beyond the DataAnnotations on <see cref="EmploymentInput"/>: dates in order and
/// not in the future, grades in order, known subjects, one current post per organization.
/// </summary>
public sealed class EmploymentEditor(AppDbContext db, TimeProvider time, IStringLocalizer<SharedResource> s)
{
    /// <summary>
    /// "Today" for "not in the future": the date in the easternmost zone served (Bishkek, UTC+6), so
    /// a date that is already today anywhere in Kazakhstan or Kyrgyzstan is accepted.
    /// </summary>
    public DateOnly Today => LocalTime.Today(time, Country.Kyrgyzstan);

    /// <summary>
    /// Checks a post in <c>organizationId</c> for <c>personId</c> (null: a person not yet saved);
    /// <c>employmentId</c> is the post being edited, null when adding one.
    /// </summary>
    public async Task<ValidationErrors> ValidateAsync(EmploymentInput input, int organizationId, int? personId, int? employmentId, CancellationToken ct = default)
    {
        var errors = EmploymentRules.Check(input, Today, s);
        var subjectIds = input.SubjectIds.Distinct().ToList();
        if (subjectIds.Count > 0 && await db.Subjects.CountAsync(x => subjectIds.Contains(x.Id), ct) != subjectIds.Count)
        {
            errors.Add(nameof(EmploymentInput.SubjectIds), s["Choose subjects from the list."]);
        }
        if (personId is not null && employmentId is null
            && await db.Employments.AnyAsync(e => e.PersonId == personId && e.OrganizationId == organizationId && e.EndedOn == null, ct))
        {
            errors.Add("", s["This person already holds a current post in this organization; edit that post instead."]);
        }
        return errors;
    }

    public ValidationErrors ValidateEnd(EndEmploymentInput input) => EmploymentRules.CheckEnd(input, Today, s);

    /// <summary>Adds another post of a saved person to the context; the caller validates first and saves.</summary>
    public Employment Add(int personId, int organizationId, EmploymentInput input)
    {
        var employment = Create(organizationId, input);
        employment.PersonId = personId;
        db.Employments.Add(employment);
        return employment;
    }

    public static Employment Create(int organizationId, EmploymentInput input)
    {
        var employment = new Employment { OrganizationId = organizationId };
        Apply(input, employment);
        return employment;
    }

    public static void Apply(EmploymentInput input, Employment e)
    {
        e.Position = input.Position ?? Position.Other;
        e.GradeFrom = input.GradeFrom;
        e.GradeTo = input.GradeTo;
        e.Category = input.Category;
        e.CategoryAwardedOn = input.CategoryAwardedOn;
        e.CategoryExpiresOn = input.CategoryExpiresOn;
        e.ExperienceStartedOn = input.ExperienceStartedOn;
        e.Education = input.Education;
        e.EducationDetails = string.IsNullOrWhiteSpace(input.EducationDetails) ? null : input.EducationDetails.Trim();
        var wanted = input.SubjectIds.ToHashSet();
        e.Subjects.RemoveAll(x => !wanted.Contains(x.SubjectId));
        foreach (var id in wanted.Where(id => !e.Subjects.Exists(x => x.SubjectId == id)).Order())
        {
            e.Subjects.Add(new EmploymentSubject { SubjectId = id });
        }
    }
}

/// <summary>Pure checks on a post; no database. <c>today</c> comes from the caller's <see cref="TimeProvider"/>.</summary>
public static class EmploymentRules
{
    public const int LowestGrade = 0;
    public const int HighestGrade = 12;

    /// <summary>No teacher working today started before this; earlier dates are typing mistakes.</summary>
    public static readonly DateOnly EarliestDate = new(1950, 1, 1);

    /// <summary>
    /// Categories held without attestation: "no category", and «педагог», which a teacher receives on
    /// appointment (rules.md K2) and which has no expiry, so its dates are optional.
    /// </summary>
    public static bool NeedsDates(QualificationCategory category) =>
        category is not (QualificationCategory.None or QualificationCategory.Pedagogue);

    public static ValidationErrors Check(EmploymentInput input, DateOnly today, IStringLocalizer s)
    {
        var errors = new ValidationErrors();
        if (input.Position is { } position && !Enum.IsDefined(position))
        {
            errors.Add(nameof(EmploymentInput.Position), s["Choose a value from the list."]);
        }
        if (input.Education is { } education && !Enum.IsDefined(education))
        {
            errors.Add(nameof(EmploymentInput.Education), s["Choose a value from the list."]);
        }
        CheckGrades(input, errors, s);
        CheckCategory(input, today, errors, s);
        CheckDate(input.ExperienceStartedOn, nameof(EmploymentInput.ExperienceStartedOn), today, errors, s);
        return errors;
    }

    public static ValidationErrors CheckEnd(EndEmploymentInput input, DateOnly today, IStringLocalizer s)
    {
        var errors = new ValidationErrors();
        CheckDate(input.EndedOn, nameof(EndEmploymentInput.EndedOn), today, errors, s);
        return errors;
    }

    private static void CheckGrades(EmploymentInput input, ValidationErrors errors, IStringLocalizer s)
    {
        switch (input.GradeFrom, input.GradeTo)
        {
            case (null, not null):
                errors.Add(nameof(EmploymentInput.GradeFrom), s["Give both grades, or neither when the post teaches no class."]);
                break;
            case (not null, null):
                errors.Add(nameof(EmploymentInput.GradeTo), s["Give both grades, or neither when the post teaches no class."]);
                break;
            case ({ } from, { } to) when from > to:
                errors.Add(nameof(EmploymentInput.GradeTo), s["The last grade cannot be lower than the first."]);
                break;
        }
    }

    private static void CheckCategory(EmploymentInput input, DateOnly today, ValidationErrors errors, IStringLocalizer s)
    {
        const string awardedField = nameof(EmploymentInput.CategoryAwardedOn);
        const string expiresField = nameof(EmploymentInput.CategoryExpiresOn);
        if (!Enum.IsDefined(input.Category))
        {
            errors.Add(nameof(EmploymentInput.Category), s["Choose a value from the list."]);
            return;
        }
        if (input.Category == QualificationCategory.None)
        {
            foreach (var (date, field) in new[] { (input.CategoryAwardedOn, awardedField), (input.CategoryExpiresOn, expiresField) })
            {
                if (date is not null)
                {
                    errors.Add(field, s["Without a qualification category there are no category dates; leave this empty."]);
                }
            }
            return;
        }
        if (NeedsDates(input.Category))
        {
            if (input.CategoryAwardedOn is null)
            {
                errors.Add(awardedField, s["Give the date of the order that awarded this category."]);
            }
            if (input.CategoryExpiresOn is null)
            {
                errors.Add(expiresField, s["Give the date until which this category is valid."]);
            }
        }
        CheckDate(input.CategoryAwardedOn, awardedField, today, errors, s);
        if (input.CategoryAwardedOn is { } awarded && input.CategoryExpiresOn is { } expires && expires <= awarded)
        {
            errors.Add(expiresField, s["The category must be valid until a date after the award date."]);
        }
    }

    /// <summary>A past date: not after today, not before <see cref="EarliestDate"/>.</summary>
    private static void CheckDate(DateOnly? date, string field, DateOnly today, ValidationErrors errors, IStringLocalizer s)
    {
        if (date > today)
        {
            errors.Add(field, s["The date cannot be in the future."]);
        }
        else if (date < EarliestDate)
        {
            errors.Add(field, s["The date cannot be earlier than 1950."]);
        }
    }
}
