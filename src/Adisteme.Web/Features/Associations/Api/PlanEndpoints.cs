using System.ComponentModel;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Associations.Meetings;
using Adisteme.Web.Features.Associations.Plans;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Adisteme.Web.Features.Associations.Api;

/// <summary>The plan's theme, goal, tasks and priority directions, as PUT /api/v1/bodies/{id}/plan/header takes them.</summary>
public sealed class PlanHeaderRequest
{
    public string? Theme { get; set; }
    [Description("The school's methodological theme the body's theme serves.")]
    public string? SchoolTheme { get; set; }
    public string? Goal { get; set; }
    public List<string> Tasks { get; set; } = [];
    public List<string> Directions { get; set; } = [];
}

/// <summary>An item of the plan, as POST /api/v1/bodies/{id}/plan/items takes it.</summary>
public sealed class PlanItemRequest
{
    public string? Content { get; set; }
    public WorkForm Form { get; set; } = WorkForm.Seminar;
    [Description("Inside the school year; the month of the start places the item.")]
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    [Description("Active members of the body; at least one (R16).")]
    public List<int> Responsible { get; set; } = [];
    public string? ExpectedResult { get; set; }
}

/// <summary>A comment on a route decision; required when returning the plan.</summary>
public sealed record RouteCommentRequest(string? Comment);

/// <summary>
/// The annual work plan of a body: read for any school year, written for the current one through the same
/// <see cref="MethodologicalWorkPlan"/> methods and <see cref="PlanStore"/> as the plan page (R15 route, R16 content).
/// Every change after the draft needs If-Match with the plan's ETag.
/// </summary>
internal static class PlanEndpoints
{
    private const string Plan = "/bodies/{id:int}/plan";

    public static void MapReads(RouteGroupBuilder api) =>
        api.MapGet(Plan, GetAsync).WithTags("Association plans").WithName("GetPlan")
            .WithSummary("Get a body's work plan of a school year")
            .WithDescription("Theme, goal, tasks and directions of the version being written or decided (else the approved one), items by month with " +
                "the responsible members and whether each is done, the route with its decisions, and every version. The ETag is the version to send as If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static void MapWrites(RouteGroupBuilder writes)
    {
        var plan = writes.MapGroup(Plan).WithTags("Association plans");
        plan.MapPost("", CreateAsync).WithName("CreatePlan")
            .WithSummary("Start the draft plan of the current school year")
            .WithDescription("By the body's head or secretary or its managers; one plan per body and year (422 otherwise).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        Versioned(plan.MapPut("/header", HeaderAsync).WithName("UpdatePlanHeader")
            .WithSummary("Change the plan's theme, goal, tasks and priority directions"), "By the head, the secretary or the body's managers, while the plan is a draft or returned.");
        Versioned(plan.MapPost("/items", AddItemAsync).WithName("AddPlanItem").WithSummary("Add an item to the plan"),
            "Dates inside the school year and at least one responsible member (R16).");
        Versioned(plan.MapDelete("/items/{key:guid}", RemoveItemAsync).WithName("RemovePlanItem").WithSummary("Remove an item from the plan"),
            "The key is the item's \"key\" in the plan.");
        Versioned(plan.MapPost("/submit", SubmitAsync).WithName("SubmitPlan").WithSummary("Submit the plan for agreement"),
            "The plan needs theme, goal, tasks and items in every required month (R16); warnings come back in \"warnings\".");
        Versioned(plan.MapPost("/agree", AgreeAsync).WithName("AgreePlan").WithSummary("Agree the submitted plan"),
            "The deputy director (for a district body the district methodologist), with an optional comment (R15).");
        Versioned(plan.MapPost("/approve", ApproveAsync).WithName("ApprovePlan").WithSummary("Approve the agreed plan"),
            "The director (for a district body the district methodologist), after the agreement (R15).");
        Versioned(plan.MapPost("/return", ReturnAsync).WithName("ReturnPlan").WithSummary("Return the plan to the head with a comment"),
            "By whoever's step it is; the comment is required.");
    }

    private static void Versioned(RouteHandlerBuilder builder, string description) =>
        builder.WithDescription(description + WriteHelp).VersionedWrite().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>What every plan and minutes change says in the OpenAPI document.</summary>
    internal const string WriteHelp = " Send the ETag you read in If-Match: without it 428, a stale one 412 with the record as it is now in \"current\". " +
        "A refused rule answers 422 with its id in \"rule\" and the messages in the caller's language. Nothing is written on any error.";

    private static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> GetAsync(int id,
        [Description("The first calendar year of the school year (2026 for 2026–2027); the current one when left out.")] int? year,
        AppDbContext db, BodyAccess bodies, PlanStore store, HttpResponse response, CancellationToken ct)
    {
        if (await bodies.FindAsync(id, ct) is not { } place)
        {
            return ApiProblems.NotFound();
        }
        return await LoadAsync(db, store, id, place.Scope.DistrictId!.Value, year ?? SchoolCalendar.StartYearOf(store.Today), [], ct) is { } plan
            ? response.OkWithETag(plan)
            : ApiProblems.NotFound();
    }

    private static async Task<Results<Created<PlanResponse>, ProblemHttpResult>> CreateAsync(int id,
        AppDbContext db, ApiWrites writes, BodyAccess bodies, PlanStore store, TimeProvider time, HttpResponse response, CancellationToken ct)
    {
        var (place, denied) = await writes.CheckAsync(id, p => bodies.CanEditWorkAsync(p, ct), ct);
        if (denied is not null)
        {
            return denied;
        }
        var (me, notStaff) = await writes.MeAsync(ct);
        if (notStaff is not null)
        {
            return notStaff;
        }
        var c = await store.LoadAsync(id, tracked: true, ct);
        try
        {
            var years = await db.WorkPlans.Where(p => p.BodyId == id).Select(p => p.SchoolYearId).ToListAsync(ct);
            db.WorkPlans.Add(MethodologicalWorkPlan.Create(c.Body, c.Year, years, me, time));
        }
        catch (DomainException refused)
        {
            return writes.Refused(refused);
        }
        await db.SaveChangesAsync(ct);
        var created = (await LoadAsync(db, store, id, place!.Scope.DistrictId!.Value, c.Year.StartYear, [], ct))!;
        response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/bodies/{id}/plan?year={c.Year.StartYear}", created);
    }

    private static Task<Results<Ok<PlanResponse>, ProblemHttpResult>> HeaderAsync(int id, PlanHeaderRequest input, PlanService plans, CancellationToken ct) =>
        plans.EditAsync(id, (c, _) =>
        {
            c.Plan!.SetHeader(new PlanHeader(input.Theme ?? "", input.SchoolTheme ?? "", input.Goal ?? "", Lines(input.Tasks), Lines(input.Directions)));
            return Task.FromResult<IReadOnlyList<RuleFinding>>([]);
        }, ct);

    private static Task<Results<Ok<PlanResponse>, ProblemHttpResult>> AddItemAsync(int id, PlanItemRequest input, PlanService plans, CancellationToken ct) =>
        plans.EditAsync(id, (c, _) =>
        {
            c.Plan!.AddItem(c.Body, c.Year, new PlanItemInput(input.Content ?? "", input.Form, input.StartsOn, input.EndsOn, input.Responsible, input.ExpectedResult));
            return Task.FromResult<IReadOnlyList<RuleFinding>>([]);
        }, ct);

    private static Task<Results<Ok<PlanResponse>, ProblemHttpResult>> RemoveItemAsync(int id, Guid key, PlanService plans, CancellationToken ct) =>
        plans.EditAsync(id, (c, _) =>
        {
            c.Plan!.RemoveItem(key);
            return Task.FromResult<IReadOnlyList<RuleFinding>>([]);
        }, ct);

    private static Task<Results<Ok<PlanResponse>, ProblemHttpResult>> SubmitAsync(int id, AppDbContext db, PlanService plans,
        IOptions<AssociationRulesOptions> options, TimeProvider time, CancellationToken ct) =>
        plans.EditAsync(id, async (c, me) => c.Plan!.Submit(me, c.Body, await PlanFactsLoader.LoadAsync(db, c, ct), options.Value, time), ct);

    private static Task<Results<Ok<PlanResponse>, ProblemHttpResult>> AgreeAsync(int id, RouteCommentRequest? input, PlanService plans,
        TimeProvider time, CancellationToken ct) =>
        plans.DecideAsync(id, (c, actor) =>
        {
            c.Plan!.Agree(actor, time, input?.Comment);
            return Task.FromResult<IReadOnlyList<RuleFinding>>([]);
        }, ct);

    private static Task<Results<Ok<PlanResponse>, ProblemHttpResult>> ApproveAsync(int id, RouteCommentRequest? input, AppDbContext db, PlanService plans,
        IOptions<AssociationRulesOptions> options, TimeProvider time, CancellationToken ct) =>
        plans.DecideAsync(id, async (c, actor) =>
            c.Plan!.Approve(actor, c.Body, c.Year, await PlanFactsLoader.LoadAsync(db, c, ct), options.Value, time, input?.Comment), ct);

    private static Task<Results<Ok<PlanResponse>, ProblemHttpResult>> ReturnAsync(int id, RouteCommentRequest? input, PlanService plans,
        TimeProvider time, CancellationToken ct) =>
        plans.DecideAsync(id, (c, actor) =>
        {
            c.Plan!.Return(actor, input?.Comment ?? "", time);
            return Task.FromResult<IReadOnlyList<RuleFinding>>([]);
        }, ct);

    private static List<string> Lines(IEnumerable<string>? lines) => [.. (lines ?? []).Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>The plan of a body and school year as GET answers it; null when there is none.</summary>
    internal static async Task<PlanResponse?> LoadAsync(AppDbContext db, PlanStore store, int bodyId, int districtId, int startYear,
        IReadOnlyList<string> warnings, CancellationToken ct)
    {
        var country = await MeetingData.CountryAsync(db, districtId, ct);
        var year = await db.SchoolYears.AsNoTracking().SingleOrDefaultAsync(y => y.Country == country && y.StartYear == startYear, ct);
        if (year is null || await store.PlanOfYearAsync(bodyId, year.Id, tracked: false, ct) is not { } plan)
        {
            return null;
        }
        var shown = plan.Working ?? plan.Current ?? plan.Latest;
        var route = shown.Route;
        var names = await BodyData.NamesAsync(db, shown.Items.SelectMany(i => i.ResponsiblePersonIds)
            .Concat(route.Decisions.Select(d => d.PersonId))
            .Concat(route.Steps.SelectMany(s => new[] { s.AssigneePersonId, s.DecidedByPersonId }).OfType<int>()), ct);
        PersonRef Person(int personId) => new(personId, names.GetValueOrDefault(personId, ""));
        PersonRef? Maybe(int? personId) => personId is { } p ? Person(p) : null;
        return new PlanResponse(plan.Id, bodyId, startYear, year.Title, shown.Number, shown.Kind, shown.Status,
            shown.Theme, shown.SchoolTheme, shown.Goal,
            [.. shown.Tasks.OrderBy(t => t.Position).Select(t => t.Text)], [.. shown.PriorityDirections.OrderBy(t => t.Position).Select(t => t.Text)],
            [.. shown.Items.OrderBy(i => i.StartsOn).ThenBy(i => i.Position).GroupBy(i => i.Month)
                .Select(g => new PlanMonthResponse(g.Key, [.. g.Select(i => new PlanItemResponse(i.ItemKey, i.Position, i.Content, i.Form, i.StartsOn, i.EndsOn,
                    i.ExpectedResult, [.. i.ResponsiblePersonIds.Select(Person)], i.Completion, i.Completion == ItemCompletion.Done, i.CompletionNote, i.NotDoneReason))]))],
            new RouteResponse(route.State, route.Round,
                [.. route.Steps.OrderBy(s => s.Position).Select(s => new RouteStepResponse(s.Stage, s.Kind, s.Role?.ToString(), Maybe(s.AssigneePersonId),
                    Maybe(s.DecidedByPersonId), s.DecidedAtUtc))],
                [.. route.Decisions.OrderBy(d => d.Sequence).Select(d => new RouteDecisionResponse(d.Sequence, d.Round, d.Action, Person(d.PersonId), d.AtUtc, d.Comment))]),
            [.. plan.Versions.OrderBy(v => v.Number).Select(v => new PlanVersionSummary(v.Number, v.Kind, v.Status, v.AmendmentReason, v.CreatedAtUtc))],
            warnings, plan.Latest.Version);
    }
}

/// <summary>
/// The plan page's two kinds of change, for the API: edits by the head, the secretary or the managers, and route decisions by
/// the deputy or the director. Both load the plan of the current school year whole and are guarded by If-Match.
/// </summary>
public sealed class PlanService(AppDbContext db, BodyAccess bodies, PlanStore store, ApiWrites writes, IHttpContextAccessor http)
{
    public async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> EditAsync(int bodyId,
        Func<PlanContext, int, Task<IReadOnlyList<RuleFinding>>> change, CancellationToken ct)
    {
        var (place, denied) = await writes.CheckAsync(bodyId, p => bodies.CanEditWorkAsync(p, ct), ct);
        if (denied is not null)
        {
            return denied;
        }
        var (me, notStaff) = await writes.MeAsync(ct);
        return notStaff ?? await ApplyAsync(place!, c => change(c, me), ct);
    }

    public async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> DecideAsync(int bodyId,
        Func<PlanContext, RouteActor, Task<IReadOnlyList<RuleFinding>>> decide, CancellationToken ct)
    {
        var (place, denied) = await writes.CheckAsync(bodyId, async p => await bodies.CanAgreePlanAsync(p, ct) || await bodies.CanApprovePlanAsync(p, ct), ct);
        if (denied is not null)
        {
            return denied;
        }
        if (await store.ActorAsync(place!, ct) is not { } actor)
        {
            return (await writes.MeAsync(ct)).Problem!;
        }
        return await ApplyAsync(place!, c => decide(c, actor), ct);
    }

    private async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> ApplyAsync(BodyPlace place, Func<PlanContext, Task<IReadOnlyList<RuleFinding>>> change,
        CancellationToken ct)
    {
        var context = http.HttpContext!;
        if (ApiWrites.IfMatch(context.Request) is not { } expected)
        {
            return writes.VersionRequired();
        }
        var c = await store.LoadAsync(place.BodyId, tracked: true, ct);
        if (c.Plan is null)
        {
            return ApiProblems.NotFound();
        }
        IReadOnlyList<string> warnings = [];
        return await writes.ApplyAsync(c.Plan.Latest, expected, async () =>
            {
                warnings = [.. (await change(c)).Select(f => f.Localize(writes.S))];
            },
            async () => (await PlanEndpoints.LoadAsync(db, store, place.BodyId, place.Scope.DistrictId!.Value, c.Year.StartYear, warnings, ct))!,
            context.Response, ct);
    }
}
