using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adisteme.Web.Features.Bench;

/// <summary>
/// The benchmarks' yardstick (bench/README.md): the cheapest page the stack can serve, no database,
/// no layout, a constant body. Every real page's throughput is reported as a share of this one.
/// It exists only where configuration sets Bench:Enabled=true; everywhere else it is a 404.
/// </summary>
[AllowAnonymous]
public sealed class BareModel(IConfiguration configuration) : PageModel
{
    public IActionResult OnGet() => configuration.GetValue("Bench:Enabled", false) ? Page() : NotFound();
}
