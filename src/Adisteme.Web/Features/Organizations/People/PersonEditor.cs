using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>A person's own fields, as a form or an API body sends them.</summary>
public sealed class PersonInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Surname")]
    public string Surname { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "First name")]
    public string Name { get; set; } = "";

    [StringLength(100, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Patronymic")]
    public string? Patronymic { get; set; }

    /// <summary>Optional; spaces and dashes are allowed and dropped.</summary>
    [StringLength(20, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "IIN")]
    public string? Iin { get; set; }

    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(200, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    [StringLength(40, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    /// <summary>The version the record had when the form was rendered or the API client read it; ignored when creating.</summary>
    public Guid Version { get; set; }

    public static PersonInput From(Person p) => new()
    {
        Surname = p.Surname,
        Name = p.Name,
        Patronymic = p.Patronymic,
        Iin = p.Iin,
        Email = p.Email,
        Phone = p.Phone,
        Version = p.Version,
    };
}

/// <summary>
/// The rules for a person's fields beyond what the DataAnnotations on <see cref="PersonInput"/> say:
/// a valid and unique IIN. Pages and the JSON API both call <see cref="ValidateAsync"/>.
/// </summary>
public sealed class PersonEditor(AppDbContext db, IStringLocalizer<SharedResource> s)
{
    /// <summary>Checks the input for the person <c>personId</c> (null when creating).</summary>
    public async Task<ValidationErrors> ValidateAsync(PersonInput input, int? personId, CancellationToken ct = default)
    {
        var errors = PersonRules.Check(input, s);
        if (errors.IsEmpty && PersonRules.NormalizedIin(input.Iin) is { } iin
            && await db.People.AnyAsync(p => p.Iin == iin && p.Id != personId, ct))
        {
            errors.Add(nameof(PersonInput.Iin), s["Another person already has this IIN."]);
        }
        return errors;
    }

    public async Task<string> FullNameAsync(int personId, CancellationToken ct = default)
    {
        var p = await db.People.AsNoTracking().Where(x => x.Id == personId).Select(x => new { x.Surname, x.Name, x.Patronymic }).SingleAsync(ct);
        return PersonName.Full(p.Surname, p.Name, p.Patronymic);
    }

    /// <summary>Adds a new person with their first post to the context; the caller validates first and saves.</summary>
    public Person Add(PersonInput input, int organizationId, EmploymentInput firstPost)
    {
        var person = Create(input);
        person.Employments.Add(EmploymentEditor.Create(organizationId, firstPost));
        db.People.Add(person);
        return person;
    }

    public static Person Create(PersonInput input)
    {
        var person = new Person { Surname = "", Name = "" };
        Apply(input, person);
        return person;
    }

    public static void Apply(PersonInput input, Person person)
    {
        person.Surname = input.Surname.Trim();
        person.Name = input.Name.Trim();
        person.Patronymic = Blank(input.Patronymic);
        person.Iin = PersonRules.NormalizedIin(input.Iin);
        person.Email = Blank(input.Email);
        person.Phone = Blank(input.Phone);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Pure checks on a person's fields; no database.</summary>
public static class PersonRules
{
    public static ValidationErrors Check(PersonInput input, IStringLocalizer s)
    {
        var errors = new ValidationErrors();
        if (!string.IsNullOrWhiteSpace(input.Iin) && !Iin.IsValid(NormalizedIin(input.Iin)))
        {
            errors.Add(nameof(PersonInput.Iin), s["The IIN must be 12 digits with a correct check digit."]);
        }
        return errors;
    }

    /// <summary>A typed IIN without the spaces and dashes people put in it; null when none was typed.</summary>
    /// <remarks>Other characters stay, so "12345678901x" fails the check instead of losing its letter.</remarks>
    public static string? NormalizedIin(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null : new string(typed.Where(c => c is not (' ' or '-')).ToArray());
}
