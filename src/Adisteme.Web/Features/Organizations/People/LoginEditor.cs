using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>A new login for a person: its name and first password.</summary>
public sealed class NewLoginInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(256, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Login")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "The {0} field is required.")]
    [DataType(DataType.Password)]
    [Display(Name = "Initial password")]
    public string Password { get; set; } = "";
}

/// <summary>An existing login to link to a person.</summary>
public sealed class LinkLoginInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [StringLength(256, ErrorMessage = "The {0} field must be at most {1} characters long.")]
    [Display(Name = "Login")]
    public string UserName { get; set; } = "";
}

/// <summary>
/// Gives a person a login: creates one (Identity's user-name and password rules, messages in the user's
/// language) or links an existing one that belongs to nobody. The person's version guards both.
/// </summary>
public sealed class LoginEditor(UserManager<AppUser> users, AppDbContext db, RoleGrantEditor grants, IStringLocalizer<SharedResource> s)
{
    public async Task<ValidationErrors> ValidateNewAsync(Person person, NewLoginInput input, CancellationToken ct = default)
    {
        var errors = PersonHasNoLogin(person);
        var user = NewUser(person, input);
        foreach (var validator in users.UserValidators)
        {
            AddIdentityErrors(errors, await validator.ValidateAsync(users, user), nameof(NewLoginInput.UserName));
        }
        foreach (var validator in users.PasswordValidators)
        {
            AddIdentityErrors(errors, await validator.ValidateAsync(users, user, input.Password), nameof(NewLoginInput.Password));
        }
        return errors;
    }

    /// <summary>
    /// Creates the login and links it in one transaction; nothing is written when the result has errors
    /// (including a concurrent change of the person, reported as <see cref="Concurrency.Message"/>).
    /// </summary>
    public async Task<ValidationErrors> CreateAsync(Person person, NewLoginInput input, Guid personVersion, CancellationToken ct = default)
    {
        var errors = await ValidateNewAsync(person, input, ct);
        if (!errors.IsEmpty)
        {
            return errors;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = NewUser(person, input);
        var created = await users.CreateAsync(user, input.Password);
        AddIdentityErrors(errors, created, "");
        if (errors.IsEmpty)
        {
            await LinkAndSaveAsync(person, user.Id, personVersion, errors, ct);
        }
        if (errors.IsEmpty)
        {
            await transaction.CommitAsync(ct);
        }
        return errors;
    }

    /// <summary>
    /// The login must exist, belong to no person, and hold only roles the signed-in user could grant:
    /// linking must not let anyone take over a login with more power than their own.
    /// </summary>
    public async Task<(ValidationErrors Errors, AppUser? User)> ValidateLinkAsync(Person person, LinkLoginInput input, CancellationToken ct = default)
    {
        var errors = PersonHasNoLogin(person);
        var user = string.IsNullOrWhiteSpace(input.UserName) ? null : await users.FindByNameAsync(input.UserName.Trim());
        if (user is null)
        {
            errors.Add(nameof(LinkLoginInput.UserName), s["There is no login with this name."]);
            return (errors, null);
        }
        if (await db.People.AnyAsync(p => p.UserId == user.Id, ct))
        {
            errors.Add(nameof(LinkLoginInput.UserName), s["This login is already linked to another person."]);
        }
        if (!(await grants.ViewsAsync(user.Id, ct)).All(g => g.Grantable))
        {
            errors.Add(nameof(LinkLoginInput.UserName), s["This login holds roles you may not grant; ask someone who may."]);
        }
        return (errors, user);
    }

    public async Task<ValidationErrors> LinkAsync(Person person, LinkLoginInput input, Guid personVersion, CancellationToken ct = default)
    {
        var (errors, user) = await ValidateLinkAsync(person, input, ct);
        if (errors.IsEmpty)
        {
            await LinkAndSaveAsync(person, user!.Id, personVersion, errors, ct);
        }
        return errors;
    }

    /// <summary>The login stays (with its roles); it is only no longer this person's.</summary>
    public async Task<ValidationErrors> UnlinkAsync(Person person, Guid personVersion, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        await LinkAndSaveAsync(person, null, personVersion, errors, ct);
        return errors;
    }

    private ValidationErrors PersonHasNoLogin(Person person)
    {
        var errors = new ValidationErrors();
        if (person.UserId is not null)
        {
            errors.Add("", s["This person already has a login."]);
        }
        return errors;
    }

    private async Task LinkAndSaveAsync(Person person, string? userId, Guid personVersion, ValidationErrors errors, CancellationToken ct)
    {
        db.ExpectVersion(person, personVersion);
        person.UserId = userId;
        if (!await db.TrySaveAsync(ct))
        {
            errors.Add("", s[Concurrency.Message]);
        }
    }

    private static AppUser NewUser(Person person, NewLoginInput input) => new()
    {
        UserName = input.UserName.Trim(),
        DisplayName = person.FullName,
        Email = person.Email,
    };

    private static void AddIdentityErrors(ValidationErrors errors, IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
        {
            errors.Add(field, error.Description);
        }
    }
}
