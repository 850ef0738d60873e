using Adisteme.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations;

public static class FormOptions
{
    /// <summary>The values of an enum as options of a select, in the user's language.</summary>
    public static IEnumerable<SelectListItem> Of<TEnum>(IStringLocalizer s, params TEnum[] except) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(v => !except.Contains(v)).Select(v => new SelectListItem(s.Enum(v), v.ToString()));
}
