using Adisteme.Web.Features.Associations.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Associations.Plans;

public static class Refusals
{
    /// <summary>
    /// Puts a refusal's errors next to the fields: under <paramref name="prefix"/> ("Header" → "Header.Theme"),
    /// at the page's own properties for "", or all at the top of the form for null.
    /// </summary>
    public static void AddRefusal(this ModelStateDictionary modelState, DomainException refused, IStringLocalizer s, string? prefix)
    {
        foreach (var (field, messages) in refused.ToValidationErrors(s).ToDictionary())
        {
            var key = prefix is null || field.Length == 0 ? "" : prefix.Length == 0 ? field : $"{prefix}.{field}";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
