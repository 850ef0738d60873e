using System.Security.Claims;

namespace Adisteme.Web.Infrastructure.Audit;

/// <summary>The user of the current request; outside a request (start-up, seeding) the system.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
    public string? UserName => http.HttpContext?.User.Identity?.IsAuthenticated == true ? http.HttpContext.User.Identity.Name : "system";
}
