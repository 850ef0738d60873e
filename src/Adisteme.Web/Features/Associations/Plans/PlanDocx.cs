using System.Globalization;
using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Documents;
using Adisteme.Web.Infrastructure.Localization;

namespace Adisteme.Web.Features.Associations.Plans;

/// <summary>The plan version as the document writer takes it, worded in the organization's document language.</summary>
public static class PlanDocx
{
    public static WorkPlanDocument Build(PlanContext context, WorkPlanVersion version, string organizationName, DocumentText text)
    {
        string Name(int? id) => id is { } i && context.People.TryGetValue(i, out var p) ? p.Name : "";
        DateOnly? On(DateTime? utc) => utc is { } u ? DateOnly.FromDateTime(LocalTime.ToLocal(u)) : null;
        var approved = version.Route.Done(StepKind.Approve);
        var agreed = version.Route.Done(StepKind.Agree);
        string Day(DateOnly d) => d.ToString("dd.MM.yyyy", text.Culture);
        return new WorkPlanDocument
        {
            OrganizationName = organizationName,
            BodyName = context.Body.Name,
            SchoolYear = context.Year.Title,
            ApprovedBy = new Signatory(Name(approved?.DecidedByPersonId), On(approved?.DecidedAtUtc)),
            AgreedBy = agreed is null ? null : new Signatory(Name(agreed.DecidedByPersonId), On(agreed.DecidedAtUtc)),
            Theme = version.Theme,
            Goal = version.Goal,
            Tasks = [.. version.Tasks.OrderBy(t => t.Position).Select(t => t.Text)],
            PriorityDirections = [.. version.PriorityDirections.OrderBy(t => t.Position).Select(t => t.Text)],
            Months = [.. version.Items.OrderBy(i => i.StartsOn).ThenBy(i => i.Position)
                .GroupBy(i => new { i.StartsOn.Year, i.Month })
                .Select(g => new WorkPlanMonth(g.Key.Month, [.. g.Select(i => new WorkPlanItem(
                    i.Content,
                    text[string.Create(CultureInfo.InvariantCulture, $"{nameof(WorkForm)}.{i.Form}")],
                    i.StartsOn == i.EndsOn ? Day(i.StartsOn) : $"{Day(i.StartsOn)}–{Day(i.EndsOn)}",
                    string.Join(", ", i.ResponsiblePersonIds.Select(id => Name(id))),
                    i.ExpectedResult ?? "",
                    i.Completion == ItemCompletion.Planned ? null : text[string.Create(CultureInfo.InvariantCulture, $"{nameof(ItemCompletion)}.{i.Completion}")]))]))],
        };
    }
}
