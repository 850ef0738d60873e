using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features;

/// <summary>One page for every error status; nothing about the failure's internals is shown.</summary>
public sealed class ErrorModel(IStringLocalizer<SharedResource> s) : PageModel
{
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    public void OnGet(int? code) => Describe(code ?? 500);
    public void OnPost(int? code) => Describe(code ?? 500);

    private void Describe(int code)
    {
        (Title, Text) = code switch
        {
            404 => (s["Page not found"], s["The page does not exist or you have no access to it."]),
            403 => (s["Access denied"], s["You do not have permission to do this."]),
            400 => (s["Bad request"], s["The request could not be understood. Reload the page and try again."]),
            _ => (s["Something went wrong"], s["The error has been recorded. Try again later."]),
        };
    }
}
