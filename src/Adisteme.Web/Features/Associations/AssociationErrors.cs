using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Associations;

/// <summary>Turns refused transitions into localized field errors for a form (ModelState) or the JSON API (problem details).</summary>
public static class AssociationErrors
{
    /// <summary>The errors among <paramref name="findings"/>, each under its field ("" for the whole form) in the request's language.</summary>
    public static ValidationErrors ToValidationErrors(this IEnumerable<RuleFinding> findings, IStringLocalizer s)
    {
        var errors = new ValidationErrors();
        foreach (var finding in findings.Where(f => f.IsError))
        {
            errors.Add(finding.Field ?? "", finding.Localize(s));
        }
        return errors;
    }

    public static ValidationErrors ToValidationErrors(this DomainException refused, IStringLocalizer s) => refused.Errors.ToValidationErrors(s);
}
