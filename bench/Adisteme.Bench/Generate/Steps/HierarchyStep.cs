using System.Globalization;
using Adisteme.Bench.Generate.Bulk;
using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Bench.Generate.Steps;

/// <summary>
/// Regions, districts (each with its methodological office) and organizations with their staff
/// size: one methodological centre per region, and schools of every kind in realistic shares.
/// </summary>
public sealed class HierarchyStep : IGeneratorStep
{
    public string Name => "hierarchy";

    private static readonly (OrganizationKind Kind, double Weight)[] s_kinds =
    [
        (OrganizationKind.School, 50), (OrganizationKind.SmallSchoolWithCombinedClasses, 22), (OrganizationKind.Gymnasium, 6),
        (OrganizationKind.Lyceum, 4), (OrganizationKind.BoardingSchool, 2), (OrganizationKind.PreschoolOrganization, 11),
        (OrganizationKind.College, 5),
    ];

    /// <summary>Typical staff ranges; the sizes are then scaled so the total is exactly the scale's staff.</summary>
    private static (int Min, int Max) StaffRange(OrganizationKind kind) => kind switch
    {
        OrganizationKind.School => (35, 110),
        OrganizationKind.Gymnasium => (55, 110),
        OrganizationKind.Lyceum => (45, 100),
        OrganizationKind.SmallSchoolWithCombinedClasses => (8, 24),
        OrganizationKind.BoardingSchool => (30, 60),
        OrganizationKind.PreschoolOrganization => (15, 40),
        OrganizationKind.College => (40, 120),
        OrganizationKind.MethodologicalCenter => (10, 25),
        _ => (3, 8),
    };

    public async Task RunAsync(GenerationContext context, CancellationToken ct)
    {
        var scale = context.Scale;
        var random = context.RandomFor(Name);
        var regions = new List<Region>();
        var districts = new List<District>();
        var plans = new List<(EducationOrganization Org, OrganizationFact Fact, int RawStaff)>();

        var specs = Places.Kazakh.Take(scale.KazakhRegions).Select(r => (Spec: r, Country: Country.Kazakhstan))
            .Concat(Places.Kyrgyz.Take(scale.KyrgyzRegions).Select(r => (Spec: r, Country: Country.Kyrgyzstan)))
            .ToList();
        var orgsPerDistrict = Split(scale.Organizations, scale.Districts);
        var districtIndex = 0;
        foreach (var (spec, country) in specs)
        {
            var region = new Region { Name = spec.Name, Country = country, EducationAuthorityName = spec.Authority, Version = random.NextGuid() }
                .WithId(regions.Count + 1);
            regions.Add(region);
            var russianShare = country == Country.Kazakhstan ? 0.1 + random.NextDouble() * 0.35 : 0.15;
            var regionFact = new RegionFact(region.Id, region.Name, country, russianShare);
            context.World.Regions.Add(regionFact);

            var stems = (country == Country.Kyrgyzstan ? Places.KyrgyzDistricts : Places.KazakhDistricts).OrderBy(_ => random.Next()).ToList();
            for (var d = 0; d < scale.DistrictsPerRegion; d++)
            {
                // The first district of a region is its centre city, where the methodological centre sits.
                var (name, settlement) = d == 0
                    ? (Places.CityName(country, spec.Centre), spec.Centre)
                    : (Places.DistrictName(country, stems[(d - 1) % stems.Count]) + Suffix((d - 1) / stems.Count), stems[(d - 1) % stems.Count]);
                var district = new District { RegionId = region.Id, Name = name, EducationDepartmentName = Places.DepartmentName(country, name), Version = random.NextGuid() }
                    .WithId(districts.Count + 1);
                districts.Add(district);
                var districtFact = new DistrictFact(district.Id, region.Id, name, settlement, country);
                context.World.Districts.Add(districtFact);
                var namer = new OrganizationNamer(random, districtFact, spec.Name);
                var count = orgsPerDistrict[districtIndex++];
                for (var i = 0; i < count; i++)
                {
                    var kind = i switch
                    {
                        0 => OrganizationKind.MethodologicalOffice,
                        1 when d == 0 => OrganizationKind.MethodologicalCenter,
                        // Every district has at least one ordinary school, so every scale has directors and teachers to sign in as.
                        _ when i == (d == 0 ? 2 : 1) => OrganizationKind.School,
                        _ => random.Weighted(s_kinds),
                    };
                    var org = namer.Make(kind, regionFact).WithId(plans.Count + 1);
                    org.DistrictId = district.Id;
                    var (min, max) = StaffRange(kind);
                    var fact = new OrganizationFact(org.Id, district.Id, region.Id, country, kind, org.EducationLevel, org.DocumentLanguage, 0);
                    plans.Add((org, fact, random.Next(min, max + 1)));
                }
            }
        }

        var sizes = ScaleTo(plans.Select(p => p.RawStaff).ToArray(), scale.Staff);
        for (var i = 0; i < plans.Count; i++)
        {
            var (org, fact, _) = plans[i];
            org.IsFullyStaffed = org.Kind is OrganizationKind.School or OrganizationKind.Gymnasium or OrganizationKind.Lyceum or OrganizationKind.BoardingSchool
                && sizes[i] >= 40;
            context.World.Organizations.Add(fact with { StaffSize = sizes[i] });
        }

        await context.Bulk.WriteAsync(regions, ct);
        await context.Bulk.WriteAsync(districts, ct);
        await context.Bulk.WriteAsync(plans.Select(p => p.Org), ct);
        context.Progress(Name, $"{regions.Count} regions, {districts.Count} districts, {plans.Count:N0} organizations");
    }

    private static string Suffix(int round) => round == 0 ? "" : " " + (round + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> near-equal whole parts.</summary>
    public static int[] Split(int total, int parts) =>
        Enumerable.Range(0, parts).Select(i => total / parts + (i < total % parts ? 1 : 0)).ToArray();

    /// <summary>Scales sizes so they add up to exactly <paramref name="total"/>, none below three (a director, a deputy, a teacher).</summary>
    public static int[] ScaleTo(int[] raw, int total)
    {
        const int Min = 3;
        if (raw.Length * Min > total)
        {
            throw new InvalidOperationException($"{total} staff cannot fill {raw.Length} organizations.");
        }
        var factor = (double)total / raw.Sum();
        var sizes = raw.Select(r => Math.Max(Min, (int)Math.Round(r * factor))).ToArray();
        var order = Enumerable.Range(0, raw.Length).OrderByDescending(i => sizes[i]).ThenBy(i => i).ToArray();
        var diff = total - sizes.Sum();
        for (var k = 0; diff != 0; k = (k + 1) % order.Length)
        {
            var i = order[k];
            if (diff > 0)
            {
                sizes[i]++;
                diff--;
            }
            else if (sizes[i] > Min)
            {
                sizes[i]--;
                diff++;
            }
        }
        return sizes;
    }
}
