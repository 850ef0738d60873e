using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Adisteme.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Adisteme.Web.Features.Associations;

/// <summary>Where a body sits (and the country whose calendar it follows) and who leads it, enough to answer every permission question about it.</summary>
public sealed record BodyPlace(int BodyId, BodyKind Kind, ScopeRef Scope, int[] HeadOrSecretaryPersonIds, int[] MemberPersonIds, Country Country);

/// <summary>
/// The permission questions of the Associations module, on top of <see cref="AccessPolicy"/>:
/// a head (or secretary) edits only their own body, members read it, the school's administration
/// and the district see every body in their scope, everyone else gets 404.
/// </summary>
public sealed class BodyAccess(AppDbContext db, CurrentAccess access)
{
    private int? _personId;
    private bool _personLoaded;

    /// <summary>The body's place, or null when it does not exist or lies outside the user's scope (answer 404).</summary>
    public Task<BodyPlace?> FindAsync(int bodyId, CancellationToken ct = default) =>
        FindAsync(db.MethodologicalBodies.Where(b => b.Id == bodyId), ct);

    /// <summary>The place of the body holding the meeting, in the same one query; null as for <see cref="FindAsync(int, CancellationToken)"/> or when there is no such meeting.</summary>
    public Task<BodyPlace?> FindOfMeetingAsync(int meetingId, CancellationToken ct = default) =>
        FindAsync(db.MethodologicalBodies.Where(b => db.Meetings.Any(m => m.Id == meetingId && m.BodyId == b.Id)), ct);

    private async Task<BodyPlace?> FindAsync(IQueryable<MethodologicalBody> body, CancellationToken ct)
    {
        var row = await body.AsNoTracking()
            .Select(b => new
            {
                b.Id,
                b.Kind,
                b.DistrictId,
                b.OrganizationId,
                RegionId = db.Districts.Where(d => d.Id == b.DistrictId).Select(d => d.RegionId).First(),
                Country = db.Districts.Where(d => d.Id == b.DistrictId).Select(d => d.Region!.Country).First(),
                Leaders = b.Memberships.Where(m => m.LeftOn == null && (m.Role == MembershipRole.Head || m.Role == MembershipRole.Secretary)).Select(m => m.PersonId).ToArray(),
                Members = b.Memberships.Where(m => m.LeftOn == null).Select(m => m.PersonId).ToArray(),
            })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var scope = row.OrganizationId is { } org
            ? ScopeRef.ForOrganization(row.RegionId, row.DistrictId, org)
            : ScopeRef.ForDistrict(row.RegionId, row.DistrictId);
        var place = new BodyPlace(row.Id, row.Kind, scope, row.Leaders, row.Members, row.Country);
        return await CanViewAsync(place, ct) ? place : null;
    }

    /// <summary>Anyone whose grants reach the body's organization or district, and every member of it.</summary>
    public async Task<bool> CanViewAsync(BodyPlace place, CancellationToken ct = default) =>
        await access.CanAsync(Operation.View, place.Scope, ct)
        || (await CurrentPersonIdAsync(ct) is { } me && place.MemberPersonIds.Contains(me));

    /// <summary>Create bodies, change membership, appoint heads.</summary>
    public Task<bool> CanManageAsync(BodyPlace place, CancellationToken ct = default) =>
        access.CanAsync(Operation.ManageBodies, place.Scope, ct);

    /// <summary>Draft the plan, schedule meetings, write minutes: the body's head or secretary, or its managers.</summary>
    public async Task<bool> CanEditWorkAsync(BodyPlace place, CancellationToken ct = default) =>
        await CanManageAsync(place, ct)
        || (await CurrentPersonIdAsync(ct) is { } me && place.HeadOrSecretaryPersonIds.Contains(me));

    public Task<bool> CanAgreePlanAsync(BodyPlace place, CancellationToken ct = default) =>
        access.CanAsync(Operation.AgreePlans, place.Scope, ct);

    public Task<bool> CanApprovePlanAsync(BodyPlace place, CancellationToken ct = default) =>
        access.CanAsync(Operation.ApprovePlans, place.Scope, ct);

    /// <summary>The staff record linked to the signed-in login, if any.</summary>
    public async Task<int?> CurrentPersonIdAsync(CancellationToken ct = default)
    {
        if (!_personLoaded)
        {
            var userId = access.UserId;
            _personId = userId is null ? null : await db.People.Where(p => p.UserId == userId).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
            _personLoaded = true;
        }
        return _personId;
    }

    /// <summary>The bodies the user may see: those in scope plus those they belong to.</summary>
    public async Task<IQueryable<MethodologicalBody>> VisibleBodiesAsync(CancellationToken ct = default)
    {
        var v = await access.VisibleAsync(ct);
        var me = await CurrentPersonIdAsync(ct);
        if (v.All)
        {
            return db.MethodologicalBodies;
        }
        return db.MethodologicalBodies.WhereAny<MethodologicalBody>(
            v.RegionIds.Length == 0 ? null : b => db.Districts.Any(d => d.Id == b.DistrictId && v.RegionIds.Contains(d.RegionId)),
            v.DistrictIds.Length == 0 ? null : b => v.DistrictIds.Contains(b.DistrictId),
            v.OrganizationIds.Length == 0 ? null : b => b.OrganizationId != null && v.OrganizationIds.Contains(b.OrganizationId.Value),
            me is null ? null : b => b.Memberships.Any(m => m.LeftOn == null && m.PersonId == me));
    }
}
