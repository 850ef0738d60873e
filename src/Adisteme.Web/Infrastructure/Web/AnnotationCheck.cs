using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Infrastructure.Web;

/// <summary>
/// Checks the DataAnnotations of an input model with messages in the user's language, the way
/// MVC does for a bound form. Editors call it so that a page and the JSON API get the same,
/// complete set of field errors from one call; input classes are marked <c>[ValidateNever]</c>
/// so the attributes are not checked twice.
/// </summary>
public static class AnnotationCheck
{
    // Message keys for input models' attributes; each is in the four resource files.
    public const string Required = "The {0} field is required.";
    public const string TooLong = "{0}: at most {1} characters.";
    public const string Email = "Enter a valid email address, for example school@example.kz.";
    public const string Phone = "A phone number has at least 5 digits and may contain only digits, spaces, brackets, dashes and a leading +.";
    public const string Invalid = "The supplied value is invalid for {0}.";

    public static ValidationErrors Validate(object input, IStringLocalizer s)
    {
        var errors = new ValidationErrors();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(input);
            var label = s[property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name];
            // Reflection makes new attribute instances on every call, so swapping in the translated
            // message changes nothing shared.
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>(inherit: true))
            {
                if (attribute.IsValid(value))
                {
                    continue;
                }
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
