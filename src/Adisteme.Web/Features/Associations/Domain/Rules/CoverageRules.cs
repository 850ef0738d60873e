using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain.Rules;

/// <summary>A teacher of an organization and the subjects they teach, as the coverage rules see them.</summary>
public sealed record TeacherRecord(int PersonId, IReadOnlyCollection<int> SubjectIds);

/// <summary>
/// R4: every teacher takes part in one association, their primary one (secondary memberships are
/// allowed). R5: a teacher whose subjects have too few teachers in the school to form one is advised to
/// join an inter-school or district association.
/// </summary>
public static class TeacherCoverageRule
{
    public static IReadOnlyList<RuleFinding> Evaluate(IReadOnlyList<TeacherRecord> teachers, IEnumerable<MethodologicalBody> bodies, AssociationRulesOptions options)
    {
        var memberships = bodies.Where(b => b.IsAssociation && b.Status != BodyStatus.Closed)
            .SelectMany(b => b.ActiveMembers)
            .ToLookup(m => m.PersonId);
        var teachersPerSubject = teachers.SelectMany(t => t.SubjectIds.Distinct()).CountBy(id => id).ToDictionary(p => p.Key, p => p.Value);
        var findings = new List<RuleFinding>();
        foreach (var teacher in teachers)
        {
            var mine = memberships[teacher.PersonId].ToList();
            var primary = mine.Count(m => m.IsPrimary);
            if (mine.Count == 0)
            {
                var tooFew = teacher.SubjectIds.Count > 0 && teacher.SubjectIds.All(id => teachersPerSubject[id] < options.Mo.MinTeachers);
                findings.Add(tooFew
                    ? RuleCatalog.R5.Error(RuleMessages.TeacherNeedsInterSchool).About(teacher.PersonId)
                    : RuleCatalog.R4.Error(RuleMessages.TeacherWithoutAssociation).About(teacher.PersonId));
            }
            else if (primary > 1)
            {
                findings.Add(RuleCatalog.R4.Error(RuleMessages.TeacherSeveralPrimary, primary).About(teacher.PersonId));
            }
            else if (primary == 0)
            {
                findings.Add(RuleCatalog.R4.Warning(RuleMessages.TeacherNoPrimary).About(teacher.PersonId));
            }
        }
        return findings;
    }
}

/// <summary>R7: a district with small schools of combined classes has a district association of their teachers.</summary>
public static class CombinedClassesRule
{
    public static IReadOnlyList<RuleFinding> Evaluate(District district, IEnumerable<EducationOrganization> organizations, IEnumerable<MethodologicalBody> bodies)
    {
        var needs = organizations.Any(o => o.DistrictId == district.Id && o.IsSmallWithCombinedClasses);
        var has = bodies.Any(b => b.DistrictId == district.Id && b.Scope == BodyScope.District
            && b.Audience == MoAudience.CombinedClassTeachers && b.Status != BodyStatus.Closed);
        return needs && !has ? [RuleCatalog.R7.Error(RuleMessages.CombinedClassesAssociationMissing).About(district.Id)] : [];
    }
}

/// <summary>
/// R12: an organization has a deputy who leads its methodological work (for methodology or for academic
/// work, S001 cl.14), and each of its associations has a supervising deputy (cl.31).
/// </summary>
public static class CuratorRule
{
    public static IReadOnlyList<RuleFinding> Evaluate(EducationOrganization organization, IEnumerable<StaffProfile> staff, IEnumerable<MethodologicalBody> bodies)
    {
        var findings = new List<RuleFinding>();
        if (!staff.Any(s => s.OrganizationId == organization.Id
            && s.Position is Position.DeputyDirectorMethodological or Position.DeputyDirectorTeachingUpbringing))
        {
            findings.Add(RuleCatalog.R12.Error(RuleMessages.OrganizationWithoutMethodologicalDeputy).About(organization.Id));
        }
        findings.AddRange(bodies
            .Where(b => b.OrganizationId == organization.Id && b.IsAssociation && b.Status == BodyStatus.Active && b.CuratorPersonId is null)
            .Select(b => RuleCatalog.R12.Error(RuleMessages.AssociationWithoutCurator).About(b.Id)));
        return findings;
    }
}
