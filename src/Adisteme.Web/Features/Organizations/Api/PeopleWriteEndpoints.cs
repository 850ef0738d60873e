using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Adisteme.Web.Features.Organizations.People;
using Adisteme.Web.Features.Organizations.People.Employments;
using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.Api;

/// <summary>A new member of staff with their first post, as POST /api/v1/people takes it.</summary>
public sealed class CreatePersonRequest
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Organization")]
    [Description("The organization of the first post; the caller must be allowed to manage its staff.")]
    public int? OrganizationId { get; set; }

    public PersonInput Person { get; set; } = new();

    public EmploymentInput Employment { get; set; } = new();
}

/// <summary>Another post of a person, as POST /api/v1/people/{id}/employments takes it.</summary>
public sealed class AddEmploymentRequest
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Organization")]
    [Description("The organization of the post; the caller must be allowed to manage its staff.")]
    public int? OrganizationId { get; set; }

    public EmploymentInput Employment { get; set; } = new();
}

/// <summary>
/// Staff writes: the same access checks (<see cref="PeopleAccess"/>), the same rules (the DataAnnotations
/// of the input classes and <see cref="PersonEditor"/> / <see cref="EmploymentEditor"/>) and the same
/// one audited SaveChangesAsync as the people pages. Field errors are keyed as in the body
/// ("person.iin", "employment.gradeTo").
/// </summary>
internal static class PeopleWriteEndpoints
{
    private const string PersonPart = nameof(CreatePersonRequest.Person);
    private const string EmploymentPart = nameof(CreatePersonRequest.Employment);

    public static void Map(RouteGroupBuilder writes)
    {
        var people = writes.MapGroup("/people").WithTags("People").RequireOperation(Operation.ManagePeople);
        people.MapPost("", CreatePersonAsync).WithName("CreatePerson")
            .WithSummary("Add a member of staff with their first post")
            .WithDescription("The caller must be allowed to manage the staff of the organization (404 when it is outside the caller's scope, 403 when the role does not allow it).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        people.MapPut("/{id:int}", UpdatePersonAsync).WithName("UpdatePerson")
            .WithSummary("Change a person's own fields")
            .WithDescription("Name, IIN and contacts; posts are changed through /employments." + ExpectedVersion.Help)
            .VersionedWrite();
        people.MapPost("/{id:int}/employments", AddEmploymentAsync).WithName("AddEmployment").WithTags("Employments")
            .WithSummary("Add another post of a person")
            .WithDescription("A person holds at most one current post per organization. The answer's Location is the person, who lists the new post.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var employments = writes.MapGroup("/employments").WithTags("Employments").RequireOperation(Operation.ManagePeople);
        employments.MapPut("/{id:int}", UpdateEmploymentAsync).WithName("UpdateEmployment")
            .WithSummary("Change a post")
            .WithDescription("Position, subjects, grades, qualification category and education; not the organization (end the post and add another)." + ExpectedVersion.Help)
            .VersionedWrite();
        employments.MapPost("/{id:int}/end", EndEmploymentAsync).WithName("EndEmployment")
            .WithSummary("End a post on its last working day")
            .WithDescription("The post stays in the person's history. A post that has already ended answers 409." + ExpectedVersion.Help)
            .VersionedWrite();
    }

    private static async Task<Results<Created<PersonResponse>, ValidationProblem, ProblemHttpResult>> CreatePersonAsync(
        CreatePersonRequest request, AppDbContext db, CurrentAccess access, PeopleAccess people, PersonEditor persons, EmploymentEditor employments,
        IStringLocalizer<SharedResource> s, HttpResponse response, CancellationToken ct)
    {
        if (request.OrganizationId is { } place && (await people.OrganizationVerdictAsync(place, Operation.ManagePeople, ct)).ToProblem() is { } denied)
        {
            return denied;
        }
        // "person": null in the body is read as an empty part, so its required fields are reported.
        var personInput = request.Person ?? new PersonInput();
        var employmentInput = request.Employment ?? new EmploymentInput();
        var errors = AnnotationCheck.Validate(request, s)
            .Add(PersonPart, AnnotationCheck.Validate(personInput, s).Add("", await persons.ValidateAsync(personInput, null, ct)))
            .Add(EmploymentPart, AnnotationCheck.Validate(employmentInput, s));
        if (request.OrganizationId is { } organizationId)
        {
            errors.Add(EmploymentPart, await employments.ValidateAsync(employmentInput, organizationId, null, null, ct));
        }
        if (!errors.IsEmpty)
        {
            return errors.ToValidationProblem();
        }
        var person = persons.Add(personInput, request.OrganizationId!.Value, employmentInput);
        await db.SaveChangesAsync(ct);
        var created = (await PeopleEndpoints.FindPersonAsync(person.Id, access, ct))!;
        response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/people/{person.Id}", created);
    }

    private static async Task<Results<Ok<PersonResponse>, ValidationProblem, ProblemHttpResult>> UpdatePersonAsync(
        int id, PersonInput input, AppDbContext db, CurrentAccess access, PeopleAccess people, PersonEditor persons,
        IStringLocalizer<SharedResource> s, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        if ((await people.PersonVerdictAsync(id, Operation.ManagePeople, ct)).ToProblem() is { } denied)
        {
            return denied;
        }
        if (ExpectedVersion.Of(request, input.Version) is not { } expected)
        {
            return ExpectedVersion.Required(s);
        }
        var errors = AnnotationCheck.Validate(input, s).Add("", await persons.ValidateAsync(input, id, ct));
        if (!errors.IsEmpty)
        {
            return errors.ToValidationProblem();
        }
        var person = await db.People.SingleAsync(p => p.Id == id, ct);
        var saved = await expected.TrySaveAsync(db, person, p => PersonEditor.Apply(input, p), ct);
        var current = (await PeopleEndpoints.FindPersonAsync(id, access, ct))!;
        return saved ? response.OkWithETag(current) : expected.Conflict(current, response, s);
    }

    private static async Task<Results<Created<EmploymentResponse>, ValidationProblem, ProblemHttpResult>> AddEmploymentAsync(
        int id, AddEmploymentRequest request, AppDbContext db, PeopleAccess people, EmploymentEditor employments,
        IStringLocalizer<SharedResource> s, HttpResponse response, CancellationToken ct)
    {
        // As on the page: the person must be in the caller's scope, the post's organization must allow managing staff.
        if ((await people.PersonVerdictAsync(id, Operation.ViewPeople, ct)).ToProblem() is { } hidden)
        {
            return hidden;
        }
        if (request.OrganizationId is { } place && (await people.OrganizationVerdictAsync(place, Operation.ManagePeople, ct)).ToProblem() is { } denied)
        {
            return denied;
        }
        var input = request.Employment ?? new EmploymentInput();
        var errors = AnnotationCheck.Validate(request, s).Add(EmploymentPart, AnnotationCheck.Validate(input, s));
        if (request.OrganizationId is { } organizationId)
        {
            errors.Add(EmploymentPart, await employments.ValidateAsync(input, organizationId, id, null, ct));
        }
        if (!errors.IsEmpty)
        {
            return errors.ToValidationProblem();
        }
        var employment = employments.Add(id, request.OrganizationId!.Value, input);
        await db.SaveChangesAsync(ct);
        var created = await FindEmploymentAsync(db, employment.Id, ct);
        response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/people/{id}", created);
    }

    private static async Task<Results<Ok<EmploymentResponse>, ValidationProblem, ProblemHttpResult>> UpdateEmploymentAsync(
        int id, EmploymentInput input, AppDbContext db, PeopleAccess people, EmploymentEditor employments,
        IStringLocalizer<SharedResource> s, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var (post, verdict) = await PostHeader.FindAsync(db, people, id, ct);
        if (verdict.ToProblem() is { } denied)
        {
            return denied;
        }
        if (ExpectedVersion.Of(request, input.Version) is not { } expected)
        {
            return ExpectedVersion.Required(s);
        }
        var errors = AnnotationCheck.Validate(input, s).Add("", await employments.ValidateAsync(input, post!.OrganizationId, post.PersonId, id, ct));
        if (!errors.IsEmpty)
        {
            return errors.ToValidationProblem();
        }
        var employment = await db.Employments.Include(e => e.Subjects).SingleAsync(e => e.Id == id, ct);
        var saved = await expected.TrySaveAsync(db, employment, e => EmploymentEditor.Apply(input, e), ct);
        var current = await FindEmploymentAsync(db, id, ct);
        return saved ? response.OkWithETag(current) : expected.Conflict(current, response, s);
    }

    private static async Task<Results<Ok<EmploymentResponse>, ValidationProblem, ProblemHttpResult>> EndEmploymentAsync(
        int id, EndEmploymentInput input, AppDbContext db, PeopleAccess people, EmploymentEditor employments,
        IStringLocalizer<SharedResource> s, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var (post, verdict) = await PostHeader.FindAsync(db, people, id, ct);
        if (verdict.ToProblem() is { } denied)
        {
            return denied;
        }
        if (post!.EndedOn is not null)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, s["This post has already ended."]);
        }
        if (ExpectedVersion.Of(request, input.Version) is not { } expected)
        {
            return ExpectedVersion.Required(s);
        }
        var errors = AnnotationCheck.Validate(input, s).Add("", employments.ValidateEnd(input));
        if (!errors.IsEmpty)
        {
            return errors.ToValidationProblem();
        }
        var employment = await db.Employments.SingleAsync(e => e.Id == id, ct);
        var saved = await expected.TrySaveAsync(db, employment, e => e.EndedOn = input.EndedOn, ct);
        var current = await FindEmploymentAsync(db, id, ct);
        return saved ? response.OkWithETag(current) : expected.Conflict(current, response, s);
    }

    /// <summary>A post the caller has just been allowed to write (it may have left their scope by ending).</summary>
    private static Task<EmploymentResponse> FindEmploymentAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Employments.AsNoTracking().Where(e => e.Id == id).Select(EmploymentResponse.Projection).SingleAsync(ct);
}
