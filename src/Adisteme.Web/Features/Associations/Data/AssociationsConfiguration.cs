using Adisteme.Web.Features.Associations.Domain;
using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adisteme.Web.Features.Associations.Data;

// Aggregates keep their children in private lists exposed read-only; EF reads and writes the fields.
// People, organizations and school years are referenced with Restrict: history never disappears with them.

internal sealed class MethodologicalBodyConfiguration : IEntityTypeConfiguration<MethodologicalBody>
{
    public void Configure(EntityTypeBuilder<MethodologicalBody> b)
    {
        b.ToTable("MethodologicalBodies");
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.RegulationAdoptionRecord).HasMaxLength(100);
        b.Property(x => x.RegulationFileKey).HasMaxLength(300);
        b.HasOne<District>().WithMany().HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EducationOrganization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.CuratorPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.RegulationApprovedByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Memberships).WithOne().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Appointments).WithOne().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Subjects).HasField("_subjects");
        b.Navigation(x => x.Memberships).HasField("_memberships");
        b.Navigation(x => x.Appointments).HasField("_appointments");
        b.HasIndex(x => new { x.OrganizationId, x.Kind });
        b.HasIndex(x => new { x.DistrictId, x.Scope });
        b.Ignore(x => x.ActiveMembers);
        b.Ignore(x => x.Secretary);
        b.Ignore(x => x.LatestAppointment);
    }
}

internal sealed class BodySubjectConfiguration : IEntityTypeConfiguration<BodySubject>
{
    public void Configure(EntityTypeBuilder<BodySubject> b)
    {
        b.ToTable("MethodologicalBodySubjects");
        b.HasKey(x => new { x.BodyId, x.SubjectId });
        b.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.ToTable("BodyMemberships");
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EducationOrganization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Decision>().WithMany().HasForeignKey(x => x.ExclusionDecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BodyId, x.PersonId });
        b.HasIndex(x => x.PersonId);
    }
}

internal sealed class HeadAppointmentConfiguration : IEntityTypeConfiguration<HeadAppointment>
{
    public void Configure(EntityTypeBuilder<HeadAppointment> b)
    {
        b.ToTable("HeadAppointments");
        b.Property(x => x.OrderNumber).HasMaxLength(40);
        b.Property(x => x.EndOrderNumber).HasMaxLength(40);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.ElectedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BodyId, x.TermStart });
        b.HasIndex(x => x.PersonId);
        b.Ignore(x => x.Order);
    }
}

internal sealed class ApprovalRouteConfiguration : IEntityTypeConfiguration<ApprovalRoute>
{
    public void Configure(EntityTypeBuilder<ApprovalRoute> b)
    {
        b.ToTable("ApprovalRoutes");
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.RouteId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Decisions).WithOne().HasForeignKey(x => x.RouteId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Steps).HasField("_steps");
        b.Navigation(x => x.Decisions).HasField("_decisions");
        b.HasIndex(x => new { x.Kind, x.State });
        b.Ignore(x => x.PendingSteps);
        b.Ignore(x => x.Rule);
    }
}

internal sealed class ApprovalStepConfiguration : IEntityTypeConfiguration<ApprovalStep>
{
    public void Configure(EntityTypeBuilder<ApprovalStep> b)
    {
        b.ToTable("ApprovalSteps");
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.AssigneePersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.DecidedByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RouteId, x.Position }).IsUnique();
    }
}

internal sealed class ApprovalDecisionConfiguration : IEntityTypeConfiguration<ApprovalDecision>
{
    public void Configure(EntityTypeBuilder<ApprovalDecision> b)
    {
        b.ToTable("ApprovalDecisions");
        b.Property(x => x.Comment).HasMaxLength(2000);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RouteId, x.Sequence }).IsUnique();
    }
}

internal sealed class MethodologicalWorkPlanConfiguration : IEntityTypeConfiguration<MethodologicalWorkPlan>
{
    public void Configure(EntityTypeBuilder<MethodologicalWorkPlan> b)
    {
        b.ToTable("WorkPlans");
        b.HasOne<MethodologicalBody>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolYear>().WithMany().HasForeignKey(x => x.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Analyses).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Versions).HasField("_versions");
        b.Navigation(x => x.Analyses).HasField("_analyses");
        // R14: one plan per body and school year.
        b.HasIndex(x => new { x.BodyId, x.SchoolYearId }).IsUnique();
        b.Ignore(x => x.Current);
        b.Ignore(x => x.Working);
        b.Ignore(x => x.Latest);
    }
}

internal sealed class WorkPlanVersionConfiguration : IEntityTypeConfiguration<WorkPlanVersion>
{
    public void Configure(EntityTypeBuilder<WorkPlanVersion> b)
    {
        b.ToTable("WorkPlanVersions");
        b.Property(x => x.AmendmentReason).HasMaxLength(1000);
        b.Property(x => x.Theme).HasMaxLength(1000);
        b.Property(x => x.SchoolTheme).HasMaxLength(1000);
        b.Property(x => x.Goal).HasMaxLength(2000);
        b.Property(x => x.PreviousYearAnalysisFileKey).HasMaxLength(300);
        b.HasOne(x => x.Route).WithOne().HasForeignKey<WorkPlanVersion>(x => x.RouteId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.RouteId).IsUnique();
        b.HasOne<Meeting>().WithMany().HasForeignKey(x => x.ConsideredAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.CreatedByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
        b.OwnsMany(x => x.Tasks, t => TextLines(t, "WorkPlanTasks"));
        b.OwnsMany(x => x.PriorityDirections, t => TextLines(t, "WorkPlanDirections"));
        b.Navigation(x => x.Tasks).HasField("_tasks");
        b.Navigation(x => x.PriorityDirections).HasField("_directions");
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.CoordinatedPlans).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Items).HasField("_items");
        b.Navigation(x => x.CoordinatedPlans).HasField("_coordinatedPlans");
    }

    private static void TextLines(OwnedNavigationBuilder<WorkPlanVersion, PlanTextLine> t, string table)
    {
        t.ToTable(table);
        t.WithOwner().HasForeignKey("VersionId");
        t.HasKey(x => x.Id);
        t.Property(x => x.Text).HasMaxLength(2000);
    }
}

internal sealed class CoordinatedPlanConfiguration : IEntityTypeConfiguration<CoordinatedPlan>
{
    public void Configure(EntityTypeBuilder<CoordinatedPlan> b)
    {
        b.ToTable("WorkPlanCoordinatedPlans");
        b.HasKey(x => new { x.VersionId, x.CoordinatedPlanId });
        b.HasOne<MethodologicalWorkPlan>().WithMany().HasForeignKey(x => x.CoordinatedPlanId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.ToTable("WorkPlanItems");
        b.Property(x => x.Content).HasMaxLength(2000);
        b.Property(x => x.ExpectedResult).HasMaxLength(1000);
        b.Property(x => x.CompletionNote).HasMaxLength(2000);
        b.Property(x => x.NotDoneReason).HasMaxLength(1000);
        b.Property(x => x.EvidenceFileKey).HasMaxLength(300);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.MarkedByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Responsible).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Responsible).HasField("_responsible");
        b.HasIndex(x => new { x.VersionId, x.Month });
        b.HasIndex(x => x.ItemKey);
        b.Ignore(x => x.ResponsiblePersonIds);
    }
}

internal sealed class PlanItemResponsibleConfiguration : IEntityTypeConfiguration<PlanItemResponsible>
{
    public void Configure(EntityTypeBuilder<PlanItemResponsible> b)
    {
        b.ToTable("WorkPlanItemResponsibles");
        b.HasKey(x => new { x.ItemId, x.PersonId });
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PeriodAnalysisConfiguration : IEntityTypeConfiguration<PeriodAnalysis>
{
    public void Configure(EntityTypeBuilder<PeriodAnalysis> b)
    {
        b.ToTable("WorkPlanAnalyses");
        b.Property(x => x.FileKey).HasMaxLength(300);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.RecordedByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PlanId, x.Period }).IsUnique();
    }
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("Meetings");
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.OnlineLink).HasMaxLength(500);
        b.Property(x => x.InvitedGuests).HasMaxLength(1000);
        b.Property(x => x.CancelReason).HasMaxLength(500);
        b.HasOne<MethodologicalBody>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SchoolYear>().WithMany().HasForeignKey(x => x.SchoolYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ChairPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.SecretaryPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Agenda).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attendance).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.MinutesRevisions).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Agenda).HasField("_agenda");
        b.Navigation(x => x.Attendance).HasField("_attendance");
        b.Navigation(x => x.MinutesRevisions).HasField("_minutes");
        // Not unique: renumbering shifts several rows in one save (MeetingNumbering).
        b.HasIndex(x => new { x.BodyId, x.SchoolYearId, x.Number });
        b.HasIndex(x => x.Date);
        b.Ignore(x => x.Minutes);
        b.Ignore(x => x.DraftMinutes);
        b.Ignore(x => x.PresentCount);
        b.Ignore(x => x.AbsentCount);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("MeetingAgendaItems");
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.SpeakerName).HasMaxLength(200);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.SpeakerPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.MeetingId, x.Position }).IsUnique();
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("MeetingAttendance");
        b.HasKey(x => new { x.MeetingId, x.PersonId });
        b.Property(x => x.AbsenceReason).HasMaxLength(500);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MinutesConfiguration : IEntityTypeConfiguration<Minutes>
{
    public void Configure(EntityTypeBuilder<Minutes> b)
    {
        b.ToTable("MeetingMinutes");
        b.Property(x => x.CorrectionReason).HasMaxLength(1000);
        b.HasOne(x => x.Route).WithOne().HasForeignKey<Minutes>(x => x.RouteId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.RouteId).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.CreatedByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.MinutesId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Decisions).WithOne().HasForeignKey(x => x.MinutesId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Items).HasField("_items");
        b.Navigation(x => x.Decisions).HasField("_decisions");
        b.HasIndex(x => new { x.MeetingId, x.Revision }).IsUnique();
    }
}

internal sealed class MinutesItemConfiguration : IEntityTypeConfiguration<MinutesItem>
{
    public void Configure(EntityTypeBuilder<MinutesItem> b)
    {
        b.ToTable("MinutesItems");
        b.HasMany(x => x.Speeches).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Speeches).HasField("_speeches");
        b.HasIndex(x => new { x.MinutesId, x.AgendaPosition }).IsUnique();
    }
}

internal sealed class MinutesSpeechConfiguration : IEntityTypeConfiguration<MinutesSpeech>
{
    public void Configure(EntityTypeBuilder<MinutesSpeech> b)
    {
        b.ToTable("MinutesSpeeches");
        b.Property(x => x.SpeakerName).HasMaxLength(200);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.SpeakerPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("MeetingDecisions");
        b.Property(x => x.Text).HasMaxLength(2000);
        b.Property(x => x.DoneNote).HasMaxLength(2000);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ResponsiblePersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.ConcernsPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.DoneByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ResponsiblePersonId, x.Status });
        b.HasIndex(x => x.DecisionKey);
    }
}
