using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Organizations.Data;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Localization;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations;

[ValidateNever] // The editor checks these attributes (AnnotationCheck); MVC checking them too would show each message twice.
public sealed class RegionInput : IEditInput<Region, RegionInput>
{
    [Required(ErrorMessage = AnnotationCheck.Required)]
    [StringLength(RegionConfiguration.NameLength, ErrorMessage = AnnotationCheck.TooLong)]
    [Display(Name = "Region name")]
    public string Name { get; set; } = "";

    [EnumDataType(typeof(Country), ErrorMessage = AnnotationCheck.Invalid)]
    [Display(Name = "Country")]
    public Country Country { get; set; } = Country.Kazakhstan;

    [StringLength(RegionConfiguration.AuthorityNameLength, ErrorMessage = AnnotationCheck.TooLong)]
    [Display(Name = "Education authority")]
    public string? EducationAuthorityName { get; set; }

    public Guid Version { get; set; }

    public static RegionInput From(Region r) => new() { Name = r.Name, Country = r.Country, EducationAuthorityName = r.EducationAuthorityName, Version = r.Version };

    public void ApplyTo(Region r)
    {
        r.Name = Name.Trim();
        r.Country = Country;
        r.EducationAuthorityName = EditorText.Clean(EducationAuthorityName);
    }

    public IEnumerable<FieldValue> Describe(IStringLocalizer s) =>
    [
        new(s["Region name"], Name),
        new(s["Country"], s.Enum(Country)),
        new(s["Education authority"], EducationAuthorityName ?? ""),
    ];
}

/// <summary>Creates and changes regions after checking every rule; the caller has checked the permission.</summary>
public sealed class RegionEditor(AppDbContext db, IStringLocalizer<SharedResource> s) : Editor<Region, RegionInput>(db)
{
    public const string NameTaken = "A region with this name already exists.";

    public async Task<ValidationErrors> ValidateAsync(RegionInput input, int? existingId, CancellationToken ct)
    {
        var errors = AnnotationCheck.Validate(input, s);
        if (await EditorText.IsTakenAsync(Db.Regions.Where(r => r.Id != existingId).Select(r => r.Name), input.Name, ct))
        {
            errors.Add(nameof(input.Name), s[NameTaken]);
        }
        return errors;
    }

    /// <summary>Adds and saves a new region; validate first.</summary>
    public Task<Region> CreateAsync(RegionInput input, CancellationToken ct) => AddAsync(new Region { Name = "" }, input, ct);
}
