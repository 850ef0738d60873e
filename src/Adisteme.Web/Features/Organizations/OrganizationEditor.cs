using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Organizations.Data;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Localization;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations;

/// <summary>The fields of an organization as a form or an API client sends them.</summary>
[ValidateNever] // The editor checks these attributes (AnnotationCheck); MVC checking them too would show each message twice.
public sealed class OrganizationInput : IEditInput<EducationOrganization, OrganizationInput>
{
    [Required(ErrorMessage = AnnotationCheck.Required)]
    [StringLength(EducationOrganizationConfiguration.NameLength, ErrorMessage = AnnotationCheck.TooLong)]
    [Display(Name = "Organization name")]
    public string Name { get; set; } = "";

    [StringLength(EducationOrganizationConfiguration.ShortNameLength, ErrorMessage = AnnotationCheck.TooLong)]
    [Display(Name = "Short name")]
    public string? ShortName { get; set; }

    [EnumDataType(typeof(OrganizationKind), ErrorMessage = AnnotationCheck.Invalid)]
    [Display(Name = "Kind of organization")]
    public OrganizationKind Kind { get; set; } = OrganizationKind.School;

    [EnumDataType(typeof(EducationLevel), ErrorMessage = AnnotationCheck.Invalid)]
    [Display(Name = "Education level")]
    public EducationLevel EducationLevel { get; set; } = EducationLevel.GeneralSecondary;

    /// <summary>One entry per language (checkboxes in the form); stored as one flags value.</summary>
    [Display(Name = "Languages of instruction")]
    public List<InstructionLanguages> InstructionLanguages { get; set; } = [];

    [EnumDataType(typeof(DocumentLanguage), ErrorMessage = AnnotationCheck.Invalid)]
    [Display(Name = "Language of documents")]
    public DocumentLanguage DocumentLanguage { get; set; } = DocumentLanguage.Kazakh;

    [Display(Name = "Fully staffed school")]
    public bool IsFullyStaffed { get; set; }

    [StringLength(EducationOrganizationConfiguration.AddressLength, ErrorMessage = AnnotationCheck.TooLong)]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [StringLength(EducationOrganizationConfiguration.PhoneLength, ErrorMessage = AnnotationCheck.TooLong)]
    [PhoneNumber]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [StringLength(EducationOrganizationConfiguration.EmailLength, ErrorMessage = AnnotationCheck.TooLong)]
    [EmailAddress(ErrorMessage = AnnotationCheck.Email)]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    /// <summary>The version the form was rendered with (edits only).</summary>
    public Guid Version { get; set; }

    public static OrganizationInput From(EducationOrganization o) => new()
    {
        Name = o.Name,
        ShortName = o.ShortName,
        Kind = o.Kind,
        EducationLevel = o.EducationLevel,
        InstructionLanguages = OrganizationRules.Split(o.InstructionLanguages),
        DocumentLanguage = o.DocumentLanguage,
        IsFullyStaffed = o.IsFullyStaffed,
        Address = o.Address,
        Phone = o.Phone,
        Email = o.Email,
        Version = o.Version,
    };

    public void ApplyTo(EducationOrganization o)
    {
        o.Name = Name.Trim();
        o.ShortName = EditorText.Clean(ShortName);
        o.Kind = Kind;
        o.EducationLevel = EducationLevel;
        o.InstructionLanguages = OrganizationRules.Combine(InstructionLanguages);
        o.DocumentLanguage = DocumentLanguage;
        o.IsFullyStaffed = IsFullyStaffed;
        o.Address = EditorText.Clean(Address);
        o.Phone = EditorText.Clean(Phone);
        o.Email = EditorText.Clean(Email);
    }

    public IEnumerable<FieldValue> Describe(IStringLocalizer s) =>
    [
        new(s["Organization name"], Name),
        new(s["Short name"], ShortName ?? ""),
        new(s["Kind of organization"], s.Enum(Kind)),
        new(s["Education level"], s.Enum(EducationLevel)),
        new(s["Languages of instruction"], s.Flags(OrganizationRules.Combine(InstructionLanguages))),
        new(s["Language of documents"], s.Enum(DocumentLanguage)),
        new(s["Fully staffed school"], IsFullyStaffed ? s["Yes"] : s["No"]),
        new(s["Address"], Address ?? ""),
        new(s["Phone"], Phone ?? ""),
        new(s["Email"], Email ?? ""),
    ];
}

/// <summary>
/// Creates and changes organizations after checking every rule, for the pages and the JSON API alike.
/// The caller has already checked the permission on the district or organization.
/// </summary>
public sealed class OrganizationEditor(AppDbContext db, IStringLocalizer<SharedResource> s) : Editor<EducationOrganization, OrganizationInput>(db)
{
    public const string NameTaken = "An organization with this name already exists in this district.";
    public const string NoLanguage = "Choose at least one language of instruction.";
    public const string SmallSchoolFullyStaffed = "A small school with combined classes cannot be fully staffed.";
    public const string NotASchoolFullyStaffed = "Only a school, gymnasium, lyceum or boarding school can be fully staffed: such a school holds the methodological hour twice a week with the staff in two halves.";
    public const string LevelDoesNotFit = "This education level does not fit the kind of organization.";

    /// <summary>All field errors for <paramref name="input"/> in district <paramref name="districtId"/>; empty when it may be saved.</summary>
    public async Task<ValidationErrors> ValidateAsync(OrganizationInput input, int districtId, int? existingId, CancellationToken ct)
    {
        var errors = Check(input, s);
        var siblings = Db.Organizations.Where(o => o.DistrictId == districtId && o.Id != existingId).Select(o => o.Name);
        if (await EditorText.IsTakenAsync(siblings, input.Name, ct))
        {
            errors.Add(nameof(input.Name), s[NameTaken]);
        }
        return errors;
    }

    /// <summary>The rules that need no database: field formats and the combinations of kind, level and flags.</summary>
    public static ValidationErrors Check(OrganizationInput input, IStringLocalizer s)
    {
        var errors = AnnotationCheck.Validate(input, s);
        if (input.InstructionLanguages.Any(l => !OrganizationRules.IsSingleLanguage(l)))
        {
            errors.Add(nameof(input.InstructionLanguages), s[AnnotationCheck.Invalid, s["Languages of instruction"]]);
        }
        else if (input.InstructionLanguages.Count == 0)
        {
            errors.Add(nameof(input.InstructionLanguages), s[NoLanguage]);
        }
        if (input.IsFullyStaffed && input.Kind == OrganizationKind.SmallSchoolWithCombinedClasses)
        {
            errors.Add(nameof(input.IsFullyStaffed), s[SmallSchoolFullyStaffed]);
        }
        else if (input.IsFullyStaffed && !OrganizationRules.MayBeFullyStaffed(input.Kind))
        {
            errors.Add(nameof(input.IsFullyStaffed), s[NotASchoolFullyStaffed]);
        }
        if (Enum.IsDefined(input.Kind) && Enum.IsDefined(input.EducationLevel) && !OrganizationRules.LevelsFor(input.Kind).Contains(input.EducationLevel))
        {
            errors.Add(nameof(input.EducationLevel), s[LevelDoesNotFit]);
        }
        return errors;
    }

    /// <summary>Adds and saves a new organization in district <paramref name="districtId"/>; validate first.</summary>
    public Task<EducationOrganization> CreateAsync(OrganizationInput input, int districtId, CancellationToken ct) =>
        AddAsync(new EducationOrganization { Name = "", DistrictId = districtId }, input, ct);
}
