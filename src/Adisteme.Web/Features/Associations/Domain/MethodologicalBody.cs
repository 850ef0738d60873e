using Adisteme.Web.Features.Organizations.Domain;

namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>
/// A collegial methodological body: an association (МО / ӘБ) of a school, of several schools or of a
/// district, a college's subject or cycle commission, an organization's methodological council or its
/// pedagogical council (see <see cref="BodyKind"/> for the seed terms). It is owned by an organization
/// (<see cref="BodyScope.School"/>) or by a district, has members with one head and one secretary,
/// the head's appointments by order, and its regulation.
/// </summary>
public sealed class MethodologicalBody : IVersioned
{
    private static readonly MoAudience[] s_schoolAudiences =
        [MoAudience.SubjectTeachers, MoAudience.PrimaryGradeTeachers, MoAudience.ClassTeachers, MoAudience.PreschoolEducators, MoAudience.BoardingSchoolStaff];

    private static readonly MoAudience[] s_districtAudiences =
        [MoAudience.SubjectTeachers, MoAudience.PrimaryGradeTeachers, MoAudience.PreschoolEducators, MoAudience.BoardingSchoolStaff,
         MoAudience.SchoolLibrarians, MoAudience.CombinedClassTeachers];

    private readonly List<BodySubject> _subjects = [];
    private readonly List<Membership> _memberships = [];
    private readonly List<HeadAppointment> _appointments = [];

    private MethodologicalBody()
    {
    }

    public int Id { get; private set; }
    public BodyKind Kind { get; private set; }
    public BodyScope Scope { get; private set; }
    public MoAudience? Audience { get; private set; }
    public string Name { get; private set; } = "";
    public int DistrictId { get; private set; }
    /// <summary>The owning organization; null for inter-school and district bodies.</summary>
    public int? OrganizationId { get; private set; }
    /// <summary>R12: the deputy director (or, for district bodies, the methodologist) who supervises the body.</summary>
    public int? CuratorPersonId { get; private set; }
    public BodyStatus Status { get; private set; }
    public DateOnly CreatedOn { get; private set; }
    public DateOnly? ActivatedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    /// <summary>Active members; kept on the row so every membership change also changes the body's version.</summary>
    public int MemberCount { get; private set; }

    /// <summary>R42: the record of the pedagogical council's adoption («Бүйрүк № 1», a minutes number).</summary>
    public string? RegulationAdoptionRecord { get; private set; }
    public DateOnly? RegulationAdoptedOn { get; private set; }
    public DateOnly? RegulationApprovedOn { get; private set; }
    public int? RegulationApprovedByPersonId { get; private set; }
    public string? RegulationFileKey { get; private set; }

    public Guid Version { get; set; }

    public IReadOnlyList<BodySubject> Subjects => _subjects;
    public IReadOnlyList<Membership> Memberships => _memberships;
    public IReadOnlyList<HeadAppointment> Appointments => _appointments;

    public bool IsAssociation => Kind is BodyKind.MethodologicalAssociation or BodyKind.SubjectCommission or BodyKind.CycleCommission;
    public bool IsCouncil => Kind == BodyKind.MethodologicalCouncil;
    /// <summary>Bodies led by an appointed head (every kind except the pedagogical council, which the director chairs).</summary>
    public bool HasHead => Kind != BodyKind.PedagogicalCouncil;
    public bool RegulationInForce => RegulationApprovedOn is not null;

    /// <summary>R18: a body created for this school year (from its August planning on) has no previous year to analyse.</summary>
    public bool ExistedBefore(SchoolYear year) => SchoolCalendar.StartYearOf(CreatedOn) < year.StartYear;

    public IEnumerable<Membership> ActiveMembers => _memberships.Where(m => m.IsActive);

    public Membership? ActiveMembership(int personId) => _memberships.FirstOrDefault(m => m.IsActive && m.PersonId == personId);

    public bool IsActiveMember(int personId) => ActiveMembership(personId) is not null;

    public Membership? Secretary => ActiveMembers.FirstOrDefault(m => m.Role == MembershipRole.Secretary);

    /// <summary>The head whose term covers <paramref name="date"/> and has not been ended.</summary>
    public HeadAppointment? CurrentHead(DateOnly date) => _appointments.FirstOrDefault(a => a.IsCurrentOn(date));

    /// <summary>The latest appointment, current or not (an expired one shows on the deputy's page).</summary>
    public HeadAppointment? LatestAppointment => _appointments.OrderByDescending(a => a.TermStart).FirstOrDefault();

    // ---- creation ----

    /// <summary>
    /// Findings for a school association or a college commission before it is created: R2 (audience),
    /// R1 (minimum teachers), R3 (related subjects) and, where there are too few teachers, R5's advice to
    /// join an inter-school association.
    /// </summary>
    public static IReadOnlyList<RuleFinding> CheckOrganizationBody(
        EducationOrganization organization, BodyKind kind, MoAudience audience, IReadOnlyList<SubjectStaff> subjects,
        IReadOnlyCollection<int> audienceTeacherIds, AssociationOptions options)
    {
        var findings = new List<RuleFinding>();
        var isCollege = organization.Kind == OrganizationKind.College;
        if (kind == BodyKind.MethodologicalAssociation && (isCollege || organization.Kind is OrganizationKind.HigherEducationInstitution
            or OrganizationKind.MethodologicalCenter or OrganizationKind.MethodologicalOffice))
        {
            findings.Add(RuleCatalog.R2.Error(RuleMessages.AssociationNotForOrganizationKind).For("Kind"));
        }
        if (kind is BodyKind.SubjectCommission or BodyKind.CycleCommission && !isCollege)
        {
            findings.Add(RuleCatalog.R2.Error(RuleMessages.CommissionOnlyInColleges).For("Kind"));
        }
        if (!s_schoolAudiences.Contains(audience) || (kind != BodyKind.MethodologicalAssociation && audience != MoAudience.SubjectTeachers))
        {
            findings.Add(RuleCatalog.R2.Error(RuleMessages.AudienceNotAllowedForScope).For("Audience"));
        }
        if (audience == MoAudience.SubjectTeachers && subjects.Count == 0)
        {
            findings.Add(RuleCatalog.R2.Error(RuleMessages.SubjectRequired).For("Subjects"));
        }
        findings.AddRange(CheckTeacherMinimum(audience, subjects, audienceTeacherIds, options));
        if (subjects.Select(s => s.SubjectAreaId).Distinct().Count() > 1)
        {
            findings.Add(RuleCatalog.R3.Warning(RuleMessages.SubjectsFromDifferentAreas).For("Subjects"));
        }
        return findings;
    }

    /// <summary>Creates a school association (or college commission) in <see cref="BodyStatus.Forming"/>; refuses on any error of <see cref="CheckOrganizationBody"/>.</summary>
    public static MethodologicalBody CreateForOrganization(
        EducationOrganization organization, BodyKind kind, string name, MoAudience audience, IReadOnlyList<SubjectStaff> subjects,
        IReadOnlyCollection<int> audienceTeacherIds, AssociationOptions options, DateOnly today)
    {
        if (kind is not (BodyKind.MethodologicalAssociation or BodyKind.SubjectCommission or BodyKind.CycleCommission))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Councils are created with CreateCouncil.");
        }
        var findings = CheckOrganizationBody(organization, kind, audience, subjects, audienceTeacherIds, options).ToList();
        findings.AddRange(CheckName(name));
        DomainException.ThrowIfErrors(findings);
        var body = New(kind, BodyScope.School, name, organization.DistrictId, organization.Id, audience, today);
        body._subjects.AddRange(subjects.Select(s => s.SubjectId).Distinct().Select(id => new BodySubject(id)));
        return body;
    }

    /// <summary>
    /// An inter-school or district association, created by the district's methodologists. R2: an
    /// inter-school one serves the school audiences (S001 cl.25); a district one the audiences of cl.27
    /// and the combined-class teachers of small schools (cl.28, R7).
    /// </summary>
    public static MethodologicalBody CreateForDistrict(
        District district, BodyScope scope, string name, MoAudience audience, IReadOnlyCollection<int> subjectIds, DateOnly today)
    {
        if (scope == BodyScope.School)
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "A school body is created with CreateForOrganization.");
        }
        var findings = CheckName(name).ToList();
        var allowed = scope == BodyScope.InterSchool ? s_schoolAudiences : s_districtAudiences;
        if (!allowed.Contains(audience))
        {
            findings.Add(RuleCatalog.R2.Error(RuleMessages.AudienceNotAllowedForScope).For("Audience"));
        }
        if (audience == MoAudience.SubjectTeachers && subjectIds.Count == 0)
        {
            findings.Add(RuleCatalog.R2.Error(RuleMessages.SubjectRequired).For("Subjects"));
        }
        DomainException.ThrowIfErrors(findings);
        var body = New(BodyKind.MethodologicalAssociation, scope, name, district.Id, null, audience, today);
        body._subjects.AddRange(subjectIds.Distinct().Select(id => new BodySubject(id)));
        return body;
    }

    /// <summary>
    /// The organization's methodological or pedagogical council. R31: a methodological council is
    /// optional, and an organization has at most one of each.
    /// </summary>
    public static MethodologicalBody CreateCouncil(EducationOrganization organization, BodyKind kind, string name, bool organizationHasOne, DateOnly today)
    {
        if (kind is not (BodyKind.MethodologicalCouncil or BodyKind.PedagogicalCouncil))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Associations are created with CreateForOrganization.");
        }
        var findings = CheckName(name).ToList();
        if (organizationHasOne)
        {
            findings.Add(RuleCatalog.R31.Error(RuleMessages.CouncilAlreadyExists).For("Kind"));
        }
        DomainException.ThrowIfErrors(findings);
        return New(kind, BodyScope.School, name, organization.DistrictId, organization.Id, null, today);
    }

    private static MethodologicalBody New(BodyKind kind, BodyScope scope, string name, int districtId, int? organizationId, MoAudience? audience, DateOnly today) => new()
    {
        Kind = kind,
        Scope = scope,
        Name = name.Trim(),
        DistrictId = districtId,
        OrganizationId = organizationId,
        Audience = audience,
        Status = BodyStatus.Forming,
        CreatedOn = today,
    };

    private static IEnumerable<RuleFinding> CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return RuleCatalog.Input.Error(RuleMessages.NameRequired).For("Name");
        }
    }

    /// <summary>R1 (S001 cl.26): at least <c>MinTeachers</c> teachers of one subject, per subject or for the association (R3); R5 advises the inter-school route.</summary>
    private static IEnumerable<RuleFinding> CheckTeacherMinimum(
        MoAudience audience, IReadOnlyList<SubjectStaff> subjects, IReadOnlyCollection<int> audienceTeacherIds, AssociationOptions options)
    {
        var tooFew = false;
        if (audience != MoAudience.SubjectTeachers)
        {
            // The seeds set the minimum for subject teachers; the same minimum for the other audiences is the strict reading.
            if (audienceTeacherIds.Count < options.MinTeachers)
            {
                tooFew = true;
                yield return RuleCatalog.R1.Error(RuleMessages.TooFewTeachersInAudience, options.MinTeachers, audienceTeacherIds.Count).For("Audience");
            }
        }
        else if (options.MinTeachersCountMode == TeacherCountMode.PerSubject)
        {
            foreach (var subject in subjects.Where(s => s.TeacherIds.Count < options.MinTeachers))
            {
                tooFew = true;
                yield return RuleCatalog.R1.Error(RuleMessages.TooFewTeachersOfSubject, options.MinTeachers, subject.DisplayName, subject.TeacherIds.Count).For("Subjects");
            }
        }
        else
        {
            var total = subjects.SelectMany(s => s.TeacherIds).Distinct().Count();
            if (subjects.Count > 0 && total < options.MinTeachers)
            {
                tooFew = true;
                yield return RuleCatalog.R1.Error(RuleMessages.TooFewTeachersInAssociation, options.MinTeachers, total).For("Subjects");
            }
        }
        if (tooFew)
        {
            yield return RuleCatalog.R5.Info(RuleMessages.JoinInterSchoolAssociation);
        }
    }

    // ---- regulation (R8, R42) ----

    /// <summary>R42: the pedagogical council adopted the regulation (record and date); a new adoption starts a new edition awaiting approval.</summary>
    public void RecordRegulationAdoption(string record, DateOnly adoptedOn)
    {
        EnsureNotClosed();
        if (string.IsNullOrWhiteSpace(record))
        {
            throw new DomainException(RuleCatalog.R42.Error(RuleMessages.AdoptionRecordRequired).For("AdoptionRecord"));
        }
        RegulationAdoptionRecord = record.Trim();
        RegulationAdoptedOn = adoptedOn;
        RegulationApprovedOn = null;
        RegulationApprovedByPersonId = null;
    }

    /// <summary>
    /// R42: the head of the organization approves the regulation, not before its adoption; for a
    /// methodological council the adoption is required (configurable). R8: only an approved regulation is in force.
    /// </summary>
    public void ApproveRegulation(int approvedByPersonId, DateOnly approvedOn, string? fileKey, AssociationRulesOptions options)
    {
        EnsureNotClosed();
        if (IsCouncil && options.Council.RequireRegulationAdoption && RegulationAdoptedOn is null)
        {
            throw new DomainException(RuleCatalog.R42.Error(RuleMessages.RegulationNotAdopted));
        }
        if (RegulationAdoptedOn is { } adopted && approvedOn < adopted)
        {
            throw new DomainException(RuleCatalog.R42.Error(RuleMessages.ApprovalBeforeAdoption).For("ApprovedOn"));
        }
        RegulationApprovedOn = approvedOn;
        RegulationApprovedByPersonId = approvedByPersonId;
        RegulationFileKey = string.IsNullOrWhiteSpace(fileKey) ? RegulationFileKey : fileKey;
    }

    // ---- lifecycle ----

    /// <summary>
    /// Puts the body to work: R8 an approved regulation (configurable), R9 a current head, R32 at least the
    /// council's minimum of members. Every missing piece is reported at once.
    /// </summary>
    public void Activate(DateOnly today, AssociationRulesOptions options)
    {
        if (Status != BodyStatus.Forming)
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.BodyNotForming));
        }
        var errors = new List<RuleFinding>();
        if (options.Mo.RequireApprovedRegulation && Kind != BodyKind.PedagogicalCouncil && !RegulationInForce)
        {
            errors.Add(RuleCatalog.R8.Error(RuleMessages.RegulationNotApproved));
        }
        if (HasHead && CurrentHead(today) is null)
        {
            errors.Add(RuleCatalog.R9.Error(RuleMessages.HeadRequired));
        }
        if (IsCouncil && MemberCount < options.Council.MinMembers)
        {
            errors.Add(RuleCatalog.R32.Error(RuleMessages.CouncilTooFewMembers, options.Council.MinMembers, MemberCount).For("Members"));
        }
        DomainException.ThrowIfErrors(errors);
        Status = BodyStatus.Active;
        ActivatedOn = today;
    }

    /// <summary>Closes the body: memberships end and the head's term ends with it.</summary>
    public void Close(DateOnly on)
    {
        EnsureNotClosed();
        foreach (var membership in ActiveMembers.ToList())
        {
            membership.End(on, MembershipEndReason.BodyClosed, null);
        }
        foreach (var appointment in _appointments.Where(a => a.EndedOn is null))
        {
            appointment.End(on, HeadTermEndReason.BodyClosed, null);
        }
        MemberCount = 0;
        Status = BodyStatus.Closed;
        ClosedOn = on;
    }

    // ---- members ----

    /// <summary>
    /// Adds a member or the secretary. The head joins only by appointment (R10). A council member needs
    /// a category (R33) and the council stays within its maximum (R32). A teacher may belong to several
    /// bodies; <paramref name="primary"/> marks the one association R4 counts.
    /// </summary>
    public Membership AddMember(StaffProfile person, MembershipRole role, DateOnly on, AssociationRulesOptions options,
        CouncilMemberCategory? category = null, bool primary = false)
    {
        EnsureNotClosed();
        var errors = new List<RuleFinding>();
        if (role == MembershipRole.Head)
        {
            errors.Add(RuleCatalog.R10.Error(RuleMessages.HeadOnlyByOrder).For("Role"));
        }
        if (IsActiveMember(person.PersonId))
        {
            errors.Add(RuleCatalog.Input.Error(RuleMessages.AlreadyMember).For("PersonId"));
        }
        errors.AddRange(CheckBelongs(person));
        if (role == MembershipRole.Secretary && Secretary is not null)
        {
            errors.Add(RuleCatalog.Input.Error(RuleMessages.SecretaryExists).For("Role"));
        }
        if (IsCouncil && category is null)
        {
            errors.Add(RuleCatalog.R33.Error(RuleMessages.CouncilCategoryRequired).For("Category"));
        }
        if (IsCouncil && MemberCount + 1 > options.Council.MaxMembers)
        {
            errors.Add(RuleCatalog.R32.Error(RuleMessages.CouncilTooManyMembers, options.Council.MaxMembers).For("Members"));
        }
        if (primary && !IsAssociation)
        {
            errors.Add(RuleCatalog.R4.Error(RuleMessages.PrimaryOnlyInAssociation).For("Primary"));
        }
        DomainException.ThrowIfErrors(errors);
        var membership = new Membership(person.PersonId, person.OrganizationId, role, IsCouncil ? category : null, primary, on);
        _memberships.Add(membership);
        MemberCount++;
        return membership;
    }

    /// <summary>Makes an active member the secretary or an ordinary member again; the head changes only by order.</summary>
    public void ChangeRole(int personId, MembershipRole role)
    {
        EnsureNotClosed();
        var membership = ActiveMembership(personId) ?? throw new DomainException(RuleCatalog.Input.Error(RuleMessages.NotAMember).For("PersonId"));
        if (role == MembershipRole.Head || membership.Role == MembershipRole.Head)
        {
            throw new DomainException(RuleCatalog.R10.Error(RuleMessages.HeadOnlyByOrder).For("Role"));
        }
        if (role == MembershipRole.Secretary && Secretary is { } secretary && secretary.PersonId != personId)
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.SecretaryExists).For("Role"));
        }
        membership.Role = role;
    }

    /// <summary>
    /// Ends a membership. The head leaves only by order (R10); an active council keeps its minimum (R32);
    /// exclusion for non-performance needs a signed decision of this body (R40).
    /// </summary>
    public void EndMembership(int personId, DateOnly on, MembershipEndReason reason, AssociationRulesOptions options, DecisionEvidence? exclusionDecision = null)
    {
        EnsureNotClosed();
        var membership = ActiveMembership(personId) ?? throw new DomainException(RuleCatalog.Input.Error(RuleMessages.NotAMember).For("PersonId"));
        var errors = new List<RuleFinding>();
        if (membership.Role == MembershipRole.Head)
        {
            errors.Add(RuleCatalog.R10.Error(RuleMessages.HeadLeavesOnlyByOrder));
        }
        if (IsCouncil && Status == BodyStatus.Active && MemberCount - 1 < options.Council.MinMembers)
        {
            errors.Add(RuleCatalog.R32.Error(RuleMessages.CouncilTooFewMembers, options.Council.MinMembers, MemberCount - 1).For("Members"));
        }
        if (reason == MembershipEndReason.ExcludedForNonPerformance)
        {
            errors.AddRange(Rules.DecisionRules.CheckExclusion(this, personId, exclusionDecision));
        }
        if (reason == MembershipEndReason.BodyClosed)
        {
            errors.Add(RuleCatalog.Input.Error(RuleMessages.InvalidInput).For("Reason"));
        }
        DomainException.ThrowIfErrors(errors);
        membership.End(on, reason, reason == MembershipEndReason.ExcludedForNonPerformance ? exclusionDecision!.DecisionId : null);
        MemberCount--;
    }

    private IEnumerable<RuleFinding> CheckBelongs(StaffProfile person)
    {
        var belongs = Scope == BodyScope.School ? person.OrganizationId == OrganizationId : person.DistrictId == DistrictId;
        if (!belongs)
        {
            yield return RuleCatalog.Input.Error(Scope == BodyScope.School ? RuleMessages.NotStaffOfOrganization : RuleMessages.NotStaffOfDistrict).For("PersonId");
        }
    }

    // ---- head (R9, R10, R11, R34) ----

    /// <summary>
    /// Appoints the head (for a council, its chair) by order. R10: a school body's head by the director's
    /// order; R11: an inter-school or district body's head by the district department's. R9: the term is at
    /// most <c>HeadTermMonths</c> and, by default, ends with the school year; a body has one head at a time.
    /// R34: the council's chair holds one of the allowed roles.
    /// </summary>
    public HeadAppointment AppointHead(StaffProfile candidate, OrderRef order, OrderIssuer issuer, DateOnly termStart, DateOnly termEnd,
        SchoolYear year, AssociationRulesOptions options, int? electedAtMeetingId = null)
    {
        EnsureNotClosed();
        DomainException.ThrowIfErrors(CheckAppointment(candidate, order, issuer, termStart, termEnd, year, options, replacing: null).ToList());
        return Appoint(candidate, order, issuer, termStart, termEnd, electedAtMeetingId);
    }

    /// <summary>Replaces the current head by a new order: the old term ends the day the new one starts; both stay in the history.</summary>
    public HeadAppointment ReplaceHead(StaffProfile candidate, OrderRef order, OrderIssuer issuer, DateOnly termStart, DateOnly termEnd,
        SchoolYear year, AssociationRulesOptions options)
    {
        EnsureNotClosed();
        var current = CurrentHead(termStart) ?? throw new DomainException(RuleCatalog.R9.Error(RuleMessages.NoCurrentHead));
        if (current.PersonId == candidate.PersonId)
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.SameHead).For("PersonId"));
        }
        DomainException.ThrowIfErrors(CheckAppointment(candidate, order, issuer, termStart, termEnd, year, options, replacing: current).ToList());
        EndHead(current, termStart, HeadTermEndReason.Replaced, order);
        return Appoint(candidate, order, issuer, termStart, termEnd, null);
    }

    /// <summary>Removes the head by order (R10: dismissal is also by order) from <paramref name="on"/>; the person stays a member.</summary>
    public void RemoveHead(OrderRef order, OrderIssuer issuer, DateOnly on)
    {
        EnsureNotClosed();
        var current = CurrentHead(on) ?? throw new DomainException(RuleCatalog.R9.Error(RuleMessages.NoCurrentHead));
        DomainException.ThrowIfErrors(CheckOrder(order, issuer, on).ToList());
        EndHead(current, on, HeadTermEndReason.Removed, order);
    }

    private void EndHead(HeadAppointment appointment, DateOnly on, HeadTermEndReason reason, OrderRef order)
    {
        appointment.End(on, reason, order);
        if (ActiveMembership(appointment.PersonId) is { Role: MembershipRole.Head } membership)
        {
            membership.Role = MembershipRole.Member;
        }
    }

    private HeadAppointment Appoint(StaffProfile candidate, OrderRef order, OrderIssuer issuer, DateOnly termStart, DateOnly termEnd, int? electedAtMeetingId)
    {
        var membership = ActiveMembership(candidate.PersonId);
        if (membership is null)
        {
            membership = new Membership(candidate.PersonId, candidate.OrganizationId, MembershipRole.Head, null, IsAssociation, termStart);
            _memberships.Add(membership);
            MemberCount++;
        }
        membership.Role = MembershipRole.Head;
        var appointment = new HeadAppointment(candidate.PersonId, order, issuer, termStart, termEnd, electedAtMeetingId);
        _appointments.Add(appointment);
        return appointment;
    }

    private IEnumerable<RuleFinding> CheckAppointment(StaffProfile candidate, OrderRef order, OrderIssuer issuer, DateOnly termStart, DateOnly termEnd,
        SchoolYear year, AssociationRulesOptions options, HeadAppointment? replacing)
    {
        if (!HasHead)
        {
            yield return RuleCatalog.Input.Error(RuleMessages.BodyHasNoHead);
            yield break;
        }
        foreach (var finding in CheckOrder(order, issuer, termStart))
        {
            yield return finding;
        }
        foreach (var finding in CheckBelongs(candidate))
        {
            yield return finding;
        }
        var existing = _appointments.FirstOrDefault(a => a != replacing && a.EndedOn is null && a.TermEnd >= termStart);
        if (existing is not null)
        {
            yield return RuleCatalog.R9.Error(RuleMessages.SecondHead).For("PersonId");
        }
        if (termEnd < termStart)
        {
            yield return RuleCatalog.Input.Error(RuleMessages.TermEndBeforeStart).For("TermEnd");
        }
        else if (termEnd >= termStart.AddMonths(options.Mo.HeadTermMonths))
        {
            yield return RuleCatalog.R9.Error(RuleMessages.TermTooLong, options.Mo.HeadTermMonths).For("TermEnd");
        }
        if (options.Mo.HeadTermWithinSchoolYear)
        {
            if (year.StartYear != SchoolCalendar.StartYearOf(termStart))
            {
                yield return RuleCatalog.R9.Error(RuleMessages.TermOutsideSchoolYear, year.Title).For("TermStart");
            }
            else if (termEnd > year.EndsOn)
            {
                yield return RuleCatalog.R9.Error(RuleMessages.TermBeyondSchoolYear, year.EndsOn).For("TermEnd");
            }
        }
        var membership = ActiveMembership(candidate.PersonId);
        if (membership?.Role == MembershipRole.Secretary)
        {
            yield return RuleCatalog.Input.Error(RuleMessages.SecretaryCannotBeHead).For("PersonId");
        }
        if (IsCouncil)
        {
            if ((candidate.Eligibility & options.Council.AllowedChairRoles) == ChairEligibility.None)
            {
                yield return RuleCatalog.R34.Error(RuleMessages.ChairNotEligible).For("PersonId");
            }
            if (membership is null)
            {
                yield return RuleCatalog.R33.Error(RuleMessages.ChairMustBeMember).For("PersonId");
            }
        }
    }

    /// <summary>R10: a school body's orders come from the director; R11: a district or inter-school body's from the district department.</summary>
    private IEnumerable<RuleFinding> CheckOrder(OrderRef order, OrderIssuer issuer, DateOnly effectiveOn)
    {
        if (string.IsNullOrWhiteSpace(order.Number))
        {
            yield return RuleCatalog.R10.Error(RuleMessages.OrderNumberRequired).For("OrderNumber");
        }
        if (order.Date > effectiveOn)
        {
            yield return RuleCatalog.R10.Error(RuleMessages.OrderAfterEffectiveDate).For("OrderDate");
        }
        if (Scope == BodyScope.School && issuer != OrderIssuer.Director)
        {
            yield return RuleCatalog.R10.Error(RuleMessages.OrderMustBeDirectors).For("Issuer");
        }
        if (Scope != BodyScope.School && issuer != OrderIssuer.DistrictEducationDepartment)
        {
            yield return RuleCatalog.R11.Error(RuleMessages.OrderMustBeDistricts).For("Issuer");
        }
    }

    // ---- curator (R12) ----

    /// <summary>R12: a school body is supervised by a deputy director of its organization; a district body by a district methodologist.</summary>
    public void AssignCurator(StaffProfile curator)
    {
        EnsureNotClosed();
        var ok = Scope == BodyScope.School
            ? curator.OrganizationId == OrganizationId && curator.IsDeputyDirector
            : curator.DistrictId == DistrictId && curator.Position == Position.Methodologist;
        if (!ok)
        {
            throw new DomainException(RuleCatalog.R12.Error(Scope == BodyScope.School ? RuleMessages.CuratorMustBeDeputy : RuleMessages.CuratorMustBeMethodologist).For("CuratorPersonId"));
        }
        CuratorPersonId = curator.PersonId;
    }

    public void Rename(string name)
    {
        EnsureNotClosed();
        DomainException.ThrowIfErrors(CheckName(name).ToList());
        Name = name.Trim();
    }

    internal void EnsureNotClosed()
    {
        if (Status == BodyStatus.Closed)
        {
            throw new DomainException(RuleCatalog.Input.Error(RuleMessages.BodyClosed));
        }
    }
}

public sealed class BodySubject
{
    private BodySubject()
    {
    }

    internal BodySubject(int subjectId) => SubjectId = subjectId;

    public int BodyId { get; private set; }
    public int SubjectId { get; private set; }
}

/// <summary>A person's place in a body: head, secretary or member, from a date until they leave.</summary>
public sealed class Membership
{
    private Membership()
    {
    }

    internal Membership(int personId, int organizationId, MembershipRole role, CouncilMemberCategory? category, bool primary, DateOnly joinedOn)
    {
        PersonId = personId;
        OrganizationId = organizationId;
        Role = role;
        Category = category;
        IsPrimary = primary;
        JoinedOn = joinedOn;
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public int PersonId { get; private set; }
    /// <summary>Where the member works; an inter-school body gathers several organizations.</summary>
    public int OrganizationId { get; private set; }
    public MembershipRole Role { get; internal set; }
    /// <summary>R33: a council member's category.</summary>
    public CouncilMemberCategory? Category { get; private set; }
    /// <summary>R4: the one association a teacher belongs to first; further memberships are secondary.</summary>
    public bool IsPrimary { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }
    public MembershipEndReason? EndReason { get; private set; }
    /// <summary>R40: the council decision that excluded the member.</summary>
    public int? ExclusionDecisionId { get; private set; }

    public bool IsActive => LeftOn is null;

    public bool IsActiveOn(DateOnly date) => JoinedOn <= date && (LeftOn is null || LeftOn > date);

    internal void End(DateOnly on, MembershipEndReason reason, int? decisionId)
    {
        LeftOn = on;
        EndReason = reason;
        ExclusionDecisionId = decisionId;
        if (Role == MembershipRole.Head)
        {
            Role = MembershipRole.Member;
        }
    }
}
