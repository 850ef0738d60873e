using System.ComponentModel.DataAnnotations;

namespace Adisteme.Web.Infrastructure.Web;

/// <summary>
/// A phone number as people write it: digits with spaces, brackets and dashes, a leading "+"
/// allowed, and at least five digits ("+7 (7142) 50-01-37"). Empty values pass; use [Required] for those.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class PhoneNumberAttribute : ValidationAttribute
{
    public const int MinDigits = 5;

    public PhoneNumberAttribute() => ErrorMessage = AnnotationCheck.Phone;

    public override bool IsValid(object? value) => value is null || (value is string text && IsPhone(text));

    public static bool IsPhone(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }
        var body = trimmed[0] == '+' ? trimmed[1..] : trimmed;
        return body.All(c => char.IsAsciiDigit(c) || c is ' ' or '(' or ')' or '-')
            && body.Count(char.IsAsciiDigit) >= MinDigits;
    }
}
