using Adisteme.Web.Features.Associations.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Associations.Plans;

/// <summary>Turns the item form into the domain's input; missing dates become field errors (the domain checks the rest).</summary>
public static class ItemInputs
{
    public static PlanItemInput? ToDomain(ItemInput item, ModelStateDictionary modelState, IStringLocalizer s, string prefix)
    {
        if (item.StartsOn is null)
        {
            modelState.AddModelError($"{prefix}.StartsOn", s["Enter the dates."]);
        }
        if (item.EndsOn is null)
        {
            modelState.AddModelError($"{prefix}.EndsOn", s["Enter the dates."]);
        }
        if (item.StartsOn is not { } from || item.EndsOn is not { } to)
        {
            return null;
        }
        return new PlanItemInput(item.Content ?? "", item.Form, from, to, item.Responsible, item.ExpectedResult);
    }
}
