using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Adisteme.Web.Infrastructure.Auth;
using Adisteme.Web.Infrastructure.Localization;
using Adisteme.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Features.Organizations.People;

/// <summary>A role to grant and where: the scope is written "Global", "Region:1", "District:2" or "Organization:3".</summary>
public sealed class GrantInput
{
    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Role")]
    public AppRole? Role { get; set; }

    [Required(ErrorMessage = "The {0} field is required.")]
    [Display(Name = "Scope")]
    public string? Scope { get; set; }
}

/// <summary>A place a role can be held in, as offered in the scope list.</summary>
public sealed record ScopeOption(string Value, string Label, ScopeKind Kind);

/// <summary>What the signed-in user may hand out: for each role, the scopes within their reach.</summary>
public sealed record GrantOptions(IReadOnlyDictionary<AppRole, IReadOnlyList<ScopeOption>> ScopesByRole)
{
    public IEnumerable<AppRole> Roles => ScopesByRole.Keys.Order();

    /// <summary>Every scope offered for any role, for the form without JavaScript.</summary>
    public IReadOnlyList<ScopeOption> AllScopes => ScopesByRole.Values.SelectMany(x => x).DistinctBy(x => x.Value).ToList();

    public IReadOnlyList<ScopeOption> ScopesFor(AppRole? role) =>
        role is { } r && ScopesByRole.TryGetValue(r, out var scopes) ? scopes : AllScopes;
}

/// <summary>
/// Granting and revoking roles. Every check goes through <see cref="AccessPolicy.AllowsGranting"/>:
/// the user may give (and take back) only the roles their own grants allow, only within their reach.
/// </summary>
public sealed class RoleGrantEditor(AppDbContext db, CurrentAccess access, TimeProvider time, IStringLocalizer<SharedResource> s)
{
    public static string ScopeValue(ScopeKind kind, int? id) =>
        kind == ScopeKind.Global ? nameof(ScopeKind.Global) : $"{kind}:{id?.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParseScope(string? value, out ScopeKind kind, out int? id)
    {
        kind = ScopeKind.Global;
        id = null;
        if (value == nameof(ScopeKind.Global))
        {
            return true;
        }
        var parts = (value ?? "").Split(':');
        if (parts.Length == 2 && Enum.TryParse(parts[0], out kind) && kind != ScopeKind.Global && parts[0] == kind.ToString()
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            id = number;
            return true;
        }
        return false;
    }

    /// <summary>Where a scope sits in the hierarchy; null when it no longer exists.</summary>
    public async Task<ScopeRef?> ScopeOfAsync(ScopeKind kind, int? id, CancellationToken ct = default) => kind switch
    {
        ScopeKind.Global => ScopeRef.Global,
        ScopeKind.Region when id is { } r => await db.Regions.AnyAsync(x => x.Id == r, ct) ? ScopeRef.ForRegion(r) : null,
        ScopeKind.District when id is { } d => await access.ScopeOfDistrictAsync(d, ct),
        ScopeKind.Organization when id is { } o => await access.ScopeOfOrganizationAsync(o, ct),
        _ => null,
    };

    /// <summary>The roles and scopes the signed-in user may grant; three small queries, filtered in memory.</summary>
    public async Task<GrantOptions> OptionsAsync(CancellationToken ct = default)
    {
        var grants = await access.GrantsAsync(ct);
        var places = new List<Place> { GlobalPlace };
        places.AddRange(await Places(await access.RegionsAsync(ct)).ToListAsync(ct));
        places.AddRange(await Places(await access.DistrictsAsync(ct)).ToListAsync(ct));
        places.AddRange(await Places(await access.OrganizationsAsync(ct)).ToListAsync(ct));
        var byRole = new Dictionary<AppRole, IReadOnlyList<ScopeOption>>();
        foreach (var role in Enum.GetValues<AppRole>())
        {
            var kind = RoleGrant.ScopeKindFor(role);
            var scopes = places.Where(p => p.Kind == kind && AccessPolicy.AllowsGranting(grants, role, p.Ref))
                .OrderBy(p => p.Name, StringComparer.CurrentCulture)
                .Select(p => new ScopeOption(p.Value, p.Name, p.Kind))
                .ToList();
            if (scopes.Count > 0)
            {
                byRole[role] = scopes;
            }
        }
        return new GrantOptions(byRole);
    }

    /// <summary>Checks a grant for the login <paramref name="userId"/> against the signed-in user's own grants.</summary>
    public async Task<ValidationErrors> ValidateAsync(string userId, GrantInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (input.Role is not { } role || !Enum.IsDefined(role))
        {
            if (input.Role is not null)
            {
                errors.Add(nameof(GrantInput.Role), s["Choose a value from the list."]);
            }
            return errors;
        }
        if (input.Scope is null)
        {
            return errors;
        }
        var expected = RoleGrant.ScopeKindFor(role);
        if (!TryParseScope(input.Scope, out var kind, out var id) || await ScopeOfAsync(kind, id, ct) is not { } scope)
        {
            errors.Add(nameof(GrantInput.Scope), s["Choose a scope from the list."]);
            return errors;
        }
        if (kind != expected)
        {
            errors.Add(nameof(GrantInput.Scope), s["This role is held in a scope of another kind: choose {0}.", s.Enum(expected)]);
            return errors;
        }
        if (!AccessPolicy.AllowsGranting(await access.GrantsAsync(ct), role, scope))
        {
            errors.Add(nameof(GrantInput.Role), s["You may not grant this role in this scope."]);
            return errors;
        }
        if (await db.RoleGrants.AnyAsync(g => g.UserId == userId && g.Role == role && g.ScopeKind == kind && g.ScopeId == id, ct))
        {
            errors.Add(nameof(GrantInput.Role), s["This login already holds this role in this scope."]);
        }
        return errors;
    }

    /// <summary>A new grant from input that passed <see cref="ValidateAsync"/>.</summary>
    public RoleGrant Create(string userId, GrantInput input)
    {
        if (input.Role is not { } role || !TryParseScope(input.Scope, out var kind, out var id))
        {
            throw new InvalidOperationException("Create a grant only from input that passed ValidateAsync.");
        }
        return new RoleGrant
        {
            UserId = userId,
            Role = role,
            ScopeKind = kind,
            ScopeId = id,
            GrantedAtUtc = time.GetUtcNow().UtcDateTime,
            GrantedByUserId = access.UserId,
        };
    }

    /// <summary>A grant may be taken back by whoever could have given it (never by its holder).</summary>
    public async Task<bool> MayRevokeAsync(RoleGrant grant, CancellationToken ct = default) =>
        (await ViewsAsync([grant], ct))[0].Revocable;

    /// <summary>The grants of a login, by role, with their scope names and what the signed-in user may do with them.</summary>
    public async Task<IReadOnlyList<GrantView>> ViewsAsync(string userId, CancellationToken ct = default) =>
        await ViewsAsync(await db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.Role).ThenBy(g => g.Id).ToListAsync(ct), ct);

    /// <summary>Describes <paramref name="grants"/> with one query per scope kind present, however many there are.</summary>
    public async Task<IReadOnlyList<GrantView>> ViewsAsync(IReadOnlyCollection<RoleGrant> grants, CancellationToken ct = default)
    {
        int[] Ids(ScopeKind kind) => grants.Where(g => g.ScopeKind == kind && g.ScopeId is not null).Select(g => g.ScopeId!.Value).Distinct().ToArray();
        var places = new List<Place> { GlobalPlace };
        if (Ids(ScopeKind.Region) is { Length: > 0 } regionIds)
        {
            places.AddRange(await Places(db.Regions.Where(x => regionIds.Contains(x.Id))).ToListAsync(ct));
        }
        if (Ids(ScopeKind.District) is { Length: > 0 } districtIds)
        {
            places.AddRange(await Places(db.Districts.Where(x => districtIds.Contains(x.Id))).ToListAsync(ct));
        }
        if (Ids(ScopeKind.Organization) is { Length: > 0 } organizationIds)
        {
            places.AddRange(await Places(db.Organizations.Where(x => organizationIds.Contains(x.Id))).ToListAsync(ct));
        }
        var byValue = places.ToDictionary(p => p.Value, StringComparer.Ordinal);
        var mine = await access.GrantsAsync(ct);
        return grants.Select(g =>
        {
            // A scope that no longer exists counts as global: only an administrator may touch such a grant.
            var place = byValue.GetValueOrDefault(ScopeValue(g.ScopeKind, g.ScopeId));
            var grantable = AccessPolicy.AllowsGranting(mine, g.Role, place?.Ref ?? ScopeRef.Global);
            return new GrantView(g, place?.Name ?? "—", grantable, grantable && g.UserId != access.UserId);
        }).ToList();
    }

    private Place GlobalPlace => new(ScopeKind.Global, 0, s["Whole system"], 0, 0);

    private static IQueryable<Place> Places(IQueryable<Domain.Region> regions) =>
        regions.AsNoTracking().Select(x => new Place(ScopeKind.Region, x.Id, x.Name, x.Id, 0));

    private static IQueryable<Place> Places(IQueryable<Domain.District> districts) =>
        districts.AsNoTracking().Select(x => new Place(ScopeKind.District, x.Id, x.Name, x.RegionId, x.Id));

    private static IQueryable<Place> Places(IQueryable<Domain.EducationOrganization> organizations) =>
        organizations.AsNoTracking().Select(x => new Place(ScopeKind.Organization, x.Id, x.Name, x.District!.RegionId, x.DistrictId));

    /// <summary>A region, district or organization (or the whole system) where a role can be held.</summary>
    private sealed record Place(ScopeKind Kind, int Id, string Name, int RegionId, int DistrictId)
    {
        public string Value => ScopeValue(Kind, Id);

        public ScopeRef Ref => Kind switch
        {
            ScopeKind.Region => ScopeRef.ForRegion(RegionId),
            ScopeKind.District => ScopeRef.ForDistrict(RegionId, DistrictId),
            ScopeKind.Organization => ScopeRef.ForOrganization(RegionId, DistrictId, Id),
            _ => ScopeRef.Global,
        };
    }
}

/// <summary>A role grant with the name of its scope; <see cref="Grantable"/>: the signed-in user could have given it.</summary>
public sealed record GrantView(RoleGrant Grant, string ScopeName, bool Grantable, bool Revocable);
