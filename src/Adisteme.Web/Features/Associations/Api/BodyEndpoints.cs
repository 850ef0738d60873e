using System.ComponentModel;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Api;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Api;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Associations.Api;

/// <summary>A new member or the secretary, as POST /api/v1/bodies/{id}/memberships takes it.</summary>
public sealed class AddMemberRequest
{
    [Description("A member of staff of the body's organization (or, for a district body, of the district).")]
    public int PersonId { get; set; }

    [Description("Member or Secretary; the head joins only by an order (R10).")]
    public MembershipRole Role { get; set; } = MembershipRole.Member;

    [Description("Required for a methodological council (R33).")]
    public CouncilMemberCategory? Category { get; set; }

    [Description("The body's version (its ETag), unless sent as If-Match.")]
    public Guid Version { get; set; }
}

/// <summary>A member's new role, as PUT /api/v1/bodies/{id}/memberships/{personId} takes it.</summary>
public sealed class ChangeRoleRequest
{
    public MembershipRole Role { get; set; } = MembershipRole.Member;

    [Description("The body's version (its ETag), unless sent as If-Match.")]
    public Guid Version { get; set; }
}

/// <summary>Bodies (associations, commissions, councils) and their memberships: reads filtered like the pages, membership writes by the body's managers.</summary>
internal static class BodyEndpoints
{
    public static void MapReads(RouteGroupBuilder api)
    {
        var bodies = api.MapGroup("/bodies").WithTags("Associations");
        bodies.MapGet("", ListAsync).AsPagedList().WithName("ListBodies")
            .WithSummary("List the methodological associations, commissions and councils the caller can see")
            .WithDescription("Bodies in the caller's scope and those the caller is a member of, by name, with the current head.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        bodies.MapGet("/{id:int}", GetAsync).WithName("GetBody")
            .WithSummary("Get a body: members, current head with the term of the order, curator and status")
            .ProducesProblem(StatusCodes.Status404NotFound);
        bodies.MapGet("/{id:int}/memberships", MembershipsAsync).WithName("ListMemberships")
            .WithSummary("List a body's memberships, current and ended")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapWrites(RouteGroupBuilder writes)
    {
        var memberships = writes.MapGroup("/bodies/{id:int}/memberships").WithTags("Associations").RequireOperation(Operation.ManageBodies);
        memberships.MapPost("", AddAsync).WithName("AddMember")
            .WithSummary("Add a member or the secretary to a body")
            .WithDescription("As on the members page: staff of the body's organization (or district) only, one secretary, the head only by order (R10), " +
                "a council member with a category (R33) and within the council's maximum (R32). A refused rule answers 422 with its id in \"rule\"." + ExpectedVersion.Help)
            .VersionedWrite().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        memberships.MapPut("/{personId:int}", ChangeRoleAsync).WithName("ChangeMemberRole")
            .WithSummary("Make a member the secretary, or the secretary an ordinary member")
            .WithDescription("The head's role changes only by order (R10, 422)." + ExpectedVersion.Help)
            .VersionedWrite().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        memberships.MapPost("/{personId:int}/end", EndAsync).WithName("EndMembership")
            .WithSummary("End a membership today")
            .WithDescription("The head leaves only by order (R10); an active council keeps its minimum (R32). Refusals answer 422." + ExpectedVersion.Help)
            .VersionedWrite().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<Paged<BodySummary>>, ProblemHttpResult>> ListAsync([AsParameters] PageRequest paging,
        [Description("Only the bodies of this organization.")] int? organizationId,
        [Description("Only the bodies of this district, its organizations' included.")] int? districtId,
        [Description("Only bodies of this kind.")] BodyKind? kind,
        [Description("Only bodies in this status (closed ones included only when asked for).")] BodyStatus? status,
        AppDbContext db, BodyAccess bodies, CurrentAccess access, TimeProvider time, CancellationToken ct)
    {
        if ((organizationId is { } org && !await access.OrganizationsAsync(ct).ShowsAsync(org, ct))
            || (districtId is { } district && !await access.DistrictsAsync(ct).ShowsAsync(district, ct)))
        {
            return ApiProblems.NotFound();
        }
        var query = (await bodies.VisibleBodiesAsync(ct)).AsNoTracking();
        query = organizationId is { } o ? query.Where(b => b.OrganizationId == o) : query;
        query = districtId is { } d ? query.Where(b => b.DistrictId == d) : query;
        query = kind is { } k ? query.Where(b => b.Kind == k) : query;
        query = status is { } st ? query.Where(b => b.Status == st) : query.Where(b => b.Status != BodyStatus.Closed);
        var today = LocalTime.Today(time);
        // One query for the page: owner and head names are subqueries, never a query per row.
        return TypedResults.Ok(await query.OrderBy(b => b.Name).ThenBy(b => b.Id).ToPagedAsync(b => new BodySummary(
            b.Id, b.Name, b.Kind, b.Scope, b.Status, b.DistrictId, b.OrganizationId,
            b.OrganizationId == null
                ? db.Districts.Where(x => x.Id == b.DistrictId).Select(x => x.Name).First()
                : db.Organizations.Where(x => x.Id == b.OrganizationId).Select(x => x.ShortName ?? x.Name).First(),
            b.MemberCount,
            b.Appointments.Where(a => a.EndedOn == null && a.TermStart <= today && a.TermEnd >= today)
                .Select(a => db.People.Where(p => p.Id == a.PersonId).Select(p => p.Surname + " " + p.Name).First()).FirstOrDefault(),
            b.Version), paging, ct));
    }

    private static async Task<Results<Ok<BodyResponse>, ProblemHttpResult>> GetAsync(
        int id, AppDbContext db, BodyAccess bodies, TimeProvider time, HttpResponse response, CancellationToken ct) =>
        await bodies.FindAsync(id, ct) is null ? ApiProblems.NotFound() : response.OkWithETag(await LoadAsync(db, id, time, ct));

    private static async Task<Results<Ok<MembershipResponse[]>, ProblemHttpResult>> MembershipsAsync(
        int id, AppDbContext db, BodyAccess bodies, CancellationToken ct)
    {
        if (await bodies.FindAsync(id, ct) is null)
        {
            return ApiProblems.NotFound();
        }
        var rows = await db.BodyMemberships.AsNoTracking().Where(m => m.BodyId == id)
            .OrderBy(m => m.LeftOn != null).ThenBy(m => m.JoinedOn).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.PersonId,
                Person = db.People.Where(p => p.Id == m.PersonId).Select(p => new { p.Surname, p.Name, p.Patronymic }).First(),
                m.Role, m.Category, m.OrganizationId, m.JoinedOn, m.LeftOn, m.EndReason,
            })
            .ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => new MembershipResponse(r.PersonId, PersonName.Full(r.Person.Surname, r.Person.Name, r.Person.Patronymic),
            r.Role, r.Category, r.OrganizationId, r.JoinedOn, r.LeftOn, r.EndReason)).ToArray());
    }

    private static async Task<Results<Ok<BodyResponse>, ProblemHttpResult>> AddAsync(int id, AddMemberRequest input,
        AppDbContext db, ApiWrites writes, BodyAccess bodies, IOptions<AssociationRulesOptions> options, TimeProvider time,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        return await ChangeAsync(id, input.Version, async body =>
        {
            var profile = await BodyData.ProfileAsync(db, input.PersonId, body.DistrictId, body.OrganizationId, ct)
                ?? throw new DomainException(RuleCatalog.Input.Error(body.Scope == BodyScope.School
                    ? RuleMessages.NotStaffOfOrganization : RuleMessages.NotStaffOfDistrict).For(nameof(input.PersonId)));
            body.AddMember(profile, input.Role, LocalTime.Today(time), options.Value, input.Category);
        }, db, writes, bodies, time, request, response, ct);
    }

    private static Task<Results<Ok<BodyResponse>, ProblemHttpResult>> ChangeRoleAsync(int id, int personId, ChangeRoleRequest input,
        AppDbContext db, ApiWrites writes, BodyAccess bodies, TimeProvider time, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        ChangeAsync(id, input.Version, body =>
        {
            body.ChangeRole(personId, input.Role);
            return Task.CompletedTask;
        }, db, writes, bodies, time, request, response, ct);

    private static Task<Results<Ok<BodyResponse>, ProblemHttpResult>> EndAsync(int id, int personId,
        AppDbContext db, ApiWrites writes, BodyAccess bodies, IOptions<AssociationRulesOptions> options, TimeProvider time,
        HttpRequest request, HttpResponse response, CancellationToken ct) =>
        ChangeAsync(id, Guid.Empty, body =>
        {
            body.EndMembership(personId, LocalTime.Today(time), MembershipEndReason.Left, options.Value);
            return Task.CompletedTask;
        }, db, writes, bodies, time, request, response, ct);

    /// <summary>A membership change by the body's managers, guarded by the body's version (If-Match or "version").</summary>
    private static async Task<Results<Ok<BodyResponse>, ProblemHttpResult>> ChangeAsync(int id, Guid bodyVersion, Func<MethodologicalBody, Task> change,
        AppDbContext db, ApiWrites writes, BodyAccess bodies, TimeProvider time, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var (_, denied) = await writes.CheckAsync(id, place => bodies.CanManageAsync(place, ct), ct);
        if (denied is not null)
        {
            return denied;
        }
        if (ExpectedVersion.Of(request, bodyVersion) is not { } expected)
        {
            return writes.VersionRequired();
        }
        var body = await BodyData.LoadAsync(db, id, ct);
        return await writes.ApplyAsync(body, expected, () => change(body), () => LoadAsync(db, id, time, ct), response, ct);
    }

    /// <summary>The body as GET /bodies/{id} answers it: a handful of queries whatever the number of members.</summary>
    internal static async Task<BodyResponse> LoadAsync(AppDbContext db, int id, TimeProvider time, CancellationToken ct)
    {
        var today = LocalTime.Today(time);
        var body = await db.MethodologicalBodies.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new
            {
                b.Id, b.Name, b.Kind, b.Scope, b.Audience, b.Status, b.DistrictId, b.OrganizationId, b.CreatedOn, b.ActivatedOn, b.ClosedOn,
                b.MemberCount, b.CuratorPersonId, b.Version,
                Owner = b.OrganizationId == null
                    ? db.Districts.Where(x => x.Id == b.DistrictId).Select(x => x.Name).First()
                    : db.Organizations.Where(x => x.Id == b.OrganizationId).Select(x => x.Name).First(),
            })
            .SingleAsync(ct);
        var members = await DetailsModel.MembersAsync(db, id, ct);
        var head = (await DetailsModel.HistoryAsync(db, id, ct)).FirstOrDefault(h => h.EndedOn == null && h.TermStart <= today && h.TermEnd >= today);
        var curator = body.CuratorPersonId is { } c ? (await BodyData.NamesAsync(db, [c], ct)).GetValueOrDefault(c) : null;
        return new BodyResponse(body.Id, body.Name, body.Kind, body.Scope, body.Audience, body.Status, body.DistrictId, body.OrganizationId, body.Owner,
            body.CreatedOn, body.ActivatedOn, body.ClosedOn, body.MemberCount,
            head is null ? null : new HeadResponse(head.Id, head.Name, head.OrderNumber, head.OrderDate, head.TermStart, head.TermEnd),
            curator is null ? null : new PersonRef(body.CuratorPersonId!.Value, curator),
            [.. members.Select(m => new MemberResponse(m.PersonId, m.Name, m.Role, m.Category, m.Organization, m.JoinedOn))],
            body.Version);
    }
}
