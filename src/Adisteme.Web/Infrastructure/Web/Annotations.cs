using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Infrastructure.Web;

/// <summary>
/// Checks the DataAnnotations of an input model with messages in the user's language, as MVC does for
/// a bound form (message key = ErrorMessage, {0} = the localized Display name). The JSON API binds
/// bodies without MVC, so it calls this to apply the same attributes the pages do.
/// </summary>
public static class Annotations
{
    public static ValidationErrors Check(object input, IStringLocalizer s)
    {
        var errors = new ValidationErrors();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(input);
            var label = s[property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name];
            // Reflection returns new attribute instances on every call, so setting the translated message changes nothing shared.
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>(inherit: true).Where(a => !a.IsValid(value)))
            {
                if (attribute.ErrorMessage is { } key)
                {
                    attribute.ErrorMessage = s[key];
                }
                errors.Add(property.Name, attribute.FormatErrorMessage(label));
            }
        }
        return errors;
    }
}
