using System.Globalization;
using Adisteme.Bench.Generate.Bulk;
using Adisteme.Web.Data.Seed;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace Adisteme.Bench.Generate.Steps;

/// <summary>
/// A few logins per role with their grants, linked to the generated people who hold those posts:
/// admin; centre.1–3 (regions); methodologist.1–3 (districts); director, deputy, head and teacher
/// .1–3 (the first schools); commission.1–3. All share the demo password.
/// </summary>
public sealed class LoginsStep : IGeneratorStep
{
    public const int PerRole = 3;

    public string Name => "logins";

    public async Task RunAsync(GenerationContext context, CancellationToken ct)
    {
        var world = context.World;
        var random = context.RandomFor(Name);
        var grantedAt = GenerationContext.Today.ToDateTime(new TimeOnly(4, 0), DateTimeKind.Utc);
        // One hash for all: hashing 210,000 rounds per login would cost seconds and prove nothing.
        var hasher = new PasswordHasher<AppUser>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = context.Options.PasswordIterations }));
        var hash = hasher.HashPassword(new AppUser(), DemoData.Password);

        var users = new List<AppUser>();
        var grants = new List<RoleGrant>();
        var links = new List<(int PersonId, string UserId)>();
        void Add(string userName, AppRole role, ScopeKind kind, int? scopeId, int? personId)
        {
            var id = random.NextGuid().ToString();
            users.Add(new AppUser
            {
                Id = id,
                UserName = userName,
                NormalizedUserName = userName.ToUpperInvariant(),
                Email = userName + "@bench.adisteme.kz",
                NormalizedEmail = (userName + "@bench.adisteme.kz").ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = userName,
                PasswordHash = hash,
                SecurityStamp = random.NextGuid().ToString("N").ToUpperInvariant(),
                ConcurrencyStamp = random.NextGuid().ToString(),
                LockoutEnabled = true,
            });
            grants.Add(new RoleGrant { UserId = id, Role = role, ScopeKind = kind, ScopeId = scopeId, GrantedAtUtc = grantedAt }.WithId(grants.Count + 1));
            if (personId is { } p)
            {
                links.Add((p, id));
            }
            world.Logins.Add(new LoginFact(userName, id, role, kind, scopeId, personId));
        }

        var staffByOrg = world.Staff.ToLookup(s => s.OrganizationId);
        int? Holder(int orgId, Position position, int skip = 0) =>
            staffByOrg[orgId].Where(s => s.Position == position).Skip(skip).Select(s => (int?)s.PersonId).FirstOrDefault();

        Add("admin", AppRole.Administrator, ScopeKind.Global, null, null);
        var centres = world.Organizations.Where(o => o.Kind == OrganizationKind.MethodologicalCenter).ToList();
        foreach (var (region, k) in world.Regions.Take(PerRole).Select((r, i) => (r, i + 1)))
        {
            var centre = centres.FirstOrDefault(c => c.RegionId == region.Id);
            Add(Numbered("centre", k), AppRole.CentreStaff, ScopeKind.Region, region.Id, centre is null ? null : Holder(centre.Id, Position.Methodologist));
        }
        var offices = world.Organizations.Where(o => o.Kind == OrganizationKind.MethodologicalOffice).Take(PerRole).ToList();
        foreach (var (office, k) in offices.Select((o, i) => (o, i + 1)))
        {
            Add(Numbered("methodologist", k), AppRole.DistrictMethodologist, ScopeKind.District, office.DistrictId, Holder(office.Id, Position.Methodologist));
        }
        var schools = world.Organizations.Where(o => o.Kind == OrganizationKind.School).Take(PerRole).ToList();
        foreach (var (school, k) in schools.Select((o, i) => (o, i + 1)))
        {
            Add(Numbered("director", k), AppRole.Director, ScopeKind.Organization, school.Id, Holder(school.Id, Position.Director));
            Add(Numbered("deputy", k), AppRole.DeputyDirector, ScopeKind.Organization, school.Id, Holder(school.Id, Position.DeputyDirectorMethodological));
            Add(Numbered("head", k), AppRole.AssociationHead, ScopeKind.Organization, school.Id, Holder(school.Id, Position.Teacher));
            Add(Numbered("teacher", k), AppRole.Teacher, ScopeKind.Organization, school.Id, Holder(school.Id, Position.Teacher, skip: 1));
        }
        if (centres.Count > 0)
        {
            for (var k = 1; k <= PerRole; k++)
            {
                Add(Numbered("commission", k), AppRole.CommissionMember, ScopeKind.Organization, centres[0].Id, Holder(centres[0].Id, Position.Methodologist, skip: k));
            }
        }

        await context.Bulk.WriteAsync(users, ct);
        await context.Bulk.WriteAsync(grants, ct);
        foreach (var (personId, userId) in links)
        {
            await context.Bulk.UpdateAsync<Person>(personId, nameof(Person.UserId), userId, ct);
        }
        context.Progress(Name, $"{users.Count} logins, {grants.Count} grants, {links.Count} linked to people");
    }

    private static string Numbered(string name, int k) => name + "." + k.ToString(CultureInfo.InvariantCulture);
}
