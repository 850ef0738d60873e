namespace Adisteme.Web.Features.Associations.Domain;

/// <summary>
/// The kinds of <see cref="MethodologicalBody"/>, one general type for the seeds' collegial bodies
/// (glossary §3):
/// <list type="bullet">
/// <item>MethodologicalAssociation: МО / ӘБ / ҚМ «әдістемелік бірлестік», «методическое объединение»,
/// «методикалык (усулдук) бирикме»; school, inter-school or district (<see cref="BodyScope"/>).</item>
/// <item>SubjectCommission: «пәндік әдістемелік комиссия», «методическая предметная комиссия» (colleges).</item>
/// <item>CycleCommission: «циклдік комиссия», «цикловая комиссия» (colleges).</item>
/// <item>MethodologicalCouncil: «әдістемелік кеңес», «методический совет», «методикалык кенеш» (S003).</item>
/// <item>PedagogicalCouncil: «педагогикалық кеңес», «педагогический совет»; kept so the methodological
/// council's reports and agenda overlaps can be checked (R31, R38).</item>
/// </list>
/// </summary>
public enum BodyKind
{
    MethodologicalAssociation = 1,
    SubjectCommission = 2,
    CycleCommission = 3,
    MethodologicalCouncil = 4,
    PedagogicalCouncil = 5,
}

/// <summary>Who owns the body: one organization (School, which for colleges means the college) or a district (glossary MoScope).</summary>
public enum BodyScope
{
    School = 1,
    InterSchool = 2,
    District = 3,
}

/// <summary>Whom an association is created for (S001 cl.25, 27, 28; glossary MoAudience).</summary>
public enum MoAudience
{
    SubjectTeachers = 1,
    PrimaryGradeTeachers = 2,
    ClassTeachers = 3,
    PreschoolEducators = 4,
    BoardingSchoolStaff = 5,
    CombinedClassTeachers = 6,
    SchoolLibrarians = 7,
}

public enum BodyStatus
{
    /// <summary>Created; members, head and regulation are being put in place.</summary>
    Forming = 1,
    Active = 2,
    Closed = 3,
}

/// <summary>For a council the head is its chair (MethodologicalCouncilHead).</summary>
public enum MembershipRole
{
    Member = 1,
    Secretary = 2,
    Head = 3,
}

public enum MembershipEndReason
{
    Left = 1,
    LeftOrganization = 2,
    /// <summary>S003 A§7: a council member who does not perform their functions; needs a council decision (R40).</summary>
    ExcludedForNonPerformance = 3,
    BodyClosed = 4,
}

/// <summary>Council member categories named by S003 (intro, B§5.1).</summary>
public enum CouncilMemberCategory
{
    ResearchTeacher = 1,
    AdministrationRepresentative = 2,
    MoHead = 3,
    SocialPedagogue = 4,
    ProjectGroupOrganizer = 5,
    InnovatorTeacher = 6,
}

/// <summary>Who issued the order that appoints or removes a head (R10, R11).</summary>
public enum OrderIssuer
{
    Director = 1,
    DistrictEducationDepartment = 2,
}

public enum HeadTermEndReason
{
    Removed = 1,
    Replaced = 2,
    BodyClosed = 3,
}

/// <summary>Who may chair the methodological council (R34); combined in configuration as a list.</summary>
[Flags]
public enum ChairEligibility
{
    None = 0,
    Director = 1,
    DeputyDirectorMethodological = 2,
    OtherDeputyDirector = 4,
    HighestCategoryTeacher = 8,
}

/// <summary>Which teachers R1's minimum counts (R1, R3).</summary>
public enum TeacherCountMode
{
    /// <summary>Every subject of the association needs the minimum on its own (S001 cl.26, strict).</summary>
    PerSubject = 1,
    /// <summary>The association's teachers of all its related subjects together (S000 cl.1.2).</summary>
    PerAssociation = 2,
}

public enum PlanStatus
{
    Draft = 1,
    Submitted = 2,
    Agreed = 3,
    Approved = 4,
    Returned = 5,
    /// <summary>An approved version replaced by an approved amendment.</summary>
    Superseded = 6,
    /// <summary>An amendment dropped before approval.</summary>
    Withdrawn = 7,
}

public enum PlanVersionKind
{
    Original = 1,
    Amendment = 2,
}

/// <summary>Forms of work in a plan item (glossary CollectiveWorkForm and §5 activities).</summary>
public enum WorkForm
{
    Meeting = 1,
    Seminar = 2,
    PracticalSeminar = 3,
    Training = 4,
    Conference = 5,
    InstructionalMeeting = 6,
    MasterClass = 7,
    RoundTable = 8,
    OpenLesson = 9,
    MutualLessonVisit = 10,
    SubjectWeek = 11,
    Olympiad = 12,
    Contest = 13,
    Mentoring = 14,
    Consultation = 15,
    Analysis = 16,
    Monitoring = 17,
    Other = 18,
}

public enum ItemCompletion
{
    Planned = 1,
    Done = 2,
    NotDone = 3,
}

/// <summary>Periods the association analyses its results for (R19).</summary>
public enum AnalysisPeriod
{
    Quarter1 = 1,
    Quarter2 = 2,
    Quarter3 = 3,
    Quarter4 = 4,
    Year = 5,
}

public enum MeetingStatus
{
    Scheduled = 1,
    /// <summary>Its minutes are signed (R21: no meeting counts as held without minutes).</summary>
    Held = 2,
    Cancelled = 3,
}

/// <summary>Topic tags of agenda items, to spot a council duplicating the pedagogical council (R31) and its reports (R38).</summary>
public enum AgendaTopic
{
    WorkPlan = 1,
    ResultsAnalysis = 2,
    Programmes = 3,
    AttestationMaterials = 4,
    ExamMaterials = 5,
    Attestation = 6,
    YoungSpecialists = 7,
    OpenLessons = 8,
    SubjectWeek = 9,
    Olympiads = 10,
    BestPractice = 11,
    SelfEducation = 12,
    KnowledgeQuality = 13,
    MethodologicalCouncilReport = 14,
    Other = 15,
}

public enum MinutesStatus
{
    Draft = 1,
    /// <summary>One of the chair and the secretary has signed.</summary>
    Signing = 2,
    /// <summary>Signed by both and locked.</summary>
    Locked = 3,
    /// <summary>Replaced by a signed correction.</summary>
    Superseded = 4,
}

/// <summary>
/// Typed decisions: the association's rights (R27, S000 cl.5.1–5.9) and the reviews other modules
/// rely on (R23 attestation materials, R24 programmes and exam materials, R25 event regulations,
/// R40 exclusion from the council, R10 election of a head).
/// </summary>
public enum DecisionType
{
    General = 1,
    LoadDistributionProposal = 2,
    RewardRecommendation = 3,
    InDepthStudy = 4,
    CategoryNomination = 5,
    ImprovementProposal = 6,
    PublicationProposal = 7,
    QualificationUpgradeOffer = 8,
    ContestNomination = 9,
    AttestationMaterialsAgreed = 10,
    ProgrammeReviewed = 11,
    ExamMaterialsApproved = 12,
    EventRegulationApproved = 13,
    MemberExclusion = 14,
    HeadElection = 15,
}

public enum DecisionStatus
{
    Open = 1,
    Done = 2,
}
