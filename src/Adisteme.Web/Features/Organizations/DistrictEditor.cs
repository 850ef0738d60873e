using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Organizations.Data;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations;

[ValidateNever] // The editor checks these attributes (AnnotationCheck); MVC checking them too would show each message twice.
public sealed class DistrictInput : IEditInput<District, DistrictInput>
{
    [Required(ErrorMessage = AnnotationCheck.Required)]
    [StringLength(DistrictConfiguration.NameLength, ErrorMessage = AnnotationCheck.TooLong)]
    [Display(Name = "District name")]
    public string Name { get; set; } = "";

    [StringLength(DistrictConfiguration.DepartmentNameLength, ErrorMessage = AnnotationCheck.TooLong)]
    [Display(Name = "Education department")]
    public string? EducationDepartmentName { get; set; }

    public Guid Version { get; set; }

    public static DistrictInput From(District d) => new() { Name = d.Name, EducationDepartmentName = d.EducationDepartmentName, Version = d.Version };

    public void ApplyTo(District d)
    {
        d.Name = Name.Trim();
        d.EducationDepartmentName = EditorText.Clean(EducationDepartmentName);
    }

    public IEnumerable<FieldValue> Describe(IStringLocalizer s) =>
    [
        new(s["District name"], Name),
        new(s["Education department"], EducationDepartmentName ?? ""),
    ];
}

/// <summary>Creates and changes districts after checking every rule; the caller has checked the permission.</summary>
public sealed class DistrictEditor(AppDbContext db, IStringLocalizer<SharedResource> s) : Editor<District, DistrictInput>(db)
{
    public const string NameTaken = "A district with this name already exists in this region.";

    public async Task<ValidationErrors> ValidateAsync(DistrictInput input, int regionId, int? existingId, CancellationToken ct)
    {
        var errors = AnnotationCheck.Validate(input, s);
        var siblings = Db.Districts.Where(d => d.RegionId == regionId && d.Id != existingId).Select(d => d.Name);
        if (await EditorText.IsTakenAsync(siblings, input.Name, ct))
        {
            errors.Add(nameof(input.Name), s[NameTaken]);
        }
        return errors;
    }

    /// <summary>Adds and saves a new district in region <paramref name="regionId"/>; validate first.</summary>
    public Task<District> CreateAsync(DistrictInput input, int regionId, CancellationToken ct) =>
        AddAsync(new District { Name = "", RegionId = regionId }, input, ct);
}
