using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adisteme.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Associations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApprovalRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalRoutes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MethodologicalBodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CuratorPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ActivatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MemberCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RegulationAdoptionRecord = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RegulationAdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegulationApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegulationApprovedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    RegulationFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologicalBodies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MethodologicalBodies_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MethodologicalBodies_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MethodologicalBodies_People_CuratorPersonId",
                        column: x => x.CuratorPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MethodologicalBodies_People_RegulationApprovedByPersonId",
                        column: x => x.RegulationApprovedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApprovalDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RouteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    StepPosition = table.Column<int>(type: "INTEGER", nullable: true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovalDecisions_ApprovalRoutes_RouteId",
                        column: x => x.RouteId,
                        principalTable: "ApprovalRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApprovalDecisions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApprovalSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RouteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: true),
                    AssigneePersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovalSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApprovalSteps_ApprovalRoutes_RouteId",
                        column: x => x.RouteId,
                        principalTable: "ApprovalRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApprovalSteps_People_AssigneePersonId",
                        column: x => x.AssigneePersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ApprovalSteps_People_DecidedByPersonId",
                        column: x => x.DecidedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ChairPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    SecretaryPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    InvitedGuests = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_MethodologicalBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "MethodologicalBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_People_ChairPersonId",
                        column: x => x.ChairPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_People_SecretaryPersonId",
                        column: x => x.SecretaryPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Meetings_SchoolYears_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "SchoolYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MethodologicalBodySubjects",
                columns: table => new
                {
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodologicalBodySubjects", x => new { x.BodyId, x.SubjectId });
                    table.ForeignKey(
                        name: "FK_MethodologicalBodySubjects_MethodologicalBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "MethodologicalBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MethodologicalBodySubjects_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchoolYearId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkPlans_MethodologicalBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "MethodologicalBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkPlans_SchoolYears_SchoolYearId",
                        column: x => x.SchoolYearId,
                        principalTable: "SchoolYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HeadAppointments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrderDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Issuer = table.Column<int>(type: "INTEGER", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ElectedAtMeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<int>(type: "INTEGER", nullable: true),
                    EndOrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EndOrderDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeadAppointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeadAppointments_Meetings_ElectedAtMeetingId",
                        column: x => x.ElectedAtMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeadAppointments_MethodologicalBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "MethodologicalBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HeadAppointments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SpeakerPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpeakerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Topic = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_People_SpeakerPersonId",
                        column: x => x.SpeakerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendance",
                columns: table => new
                {
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Present = table.Column<bool>(type: "INTEGER", nullable: false),
                    AbsenceReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendance", x => new { x.MeetingId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingMinutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RouteId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PresentCount = table.Column<int>(type: "INTEGER", nullable: true),
                    AbsentCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Edits = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingMinutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingMinutes_ApprovalRoutes_RouteId",
                        column: x => x.RouteId,
                        principalTable: "ApprovalRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingMinutes_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingMinutes_People_CreatedByPersonId",
                        column: x => x.CreatedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanAnalyses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RecordedByPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanAnalyses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkPlanAnalyses_People_RecordedByPersonId",
                        column: x => x.RecordedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkPlanAnalyses_WorkPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "WorkPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AmendmentReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SchoolTheme = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PreviousYearAnalysisFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ConsideredAtMeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    RouteId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkPlanVersions_ApprovalRoutes_RouteId",
                        column: x => x.RouteId,
                        principalTable: "ApprovalRoutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkPlanVersions_Meetings_ConsideredAtMeetingId",
                        column: x => x.ConsideredAtMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkPlanVersions_People_CreatedByPersonId",
                        column: x => x.CreatedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkPlanVersions_WorkPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "WorkPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MinutesId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    TextbooksSufficient = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcernsPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponsiblePersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DoneByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    DoneAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_MeetingMinutes_MinutesId",
                        column: x => x.MinutesId,
                        principalTable: "MeetingMinutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_People_ConcernsPersonId",
                        column: x => x.ConcernsPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_People_DoneByPersonId",
                        column: x => x.DoneByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingDecisions_People_ResponsiblePersonId",
                        column: x => x.ResponsiblePersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MinutesItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MinutesId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaPosition = table.Column<int>(type: "INTEGER", nullable: false),
                    Heard = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesItems_MeetingMinutes_MinutesId",
                        column: x => x.MinutesId,
                        principalTable: "MeetingMinutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanCoordinatedPlans",
                columns: table => new
                {
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CoordinatedPlanId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanCoordinatedPlans", x => new { x.VersionId, x.CoordinatedPlanId });
                    table.ForeignKey(
                        name: "FK_WorkPlanCoordinatedPlans_WorkPlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "WorkPlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkPlanCoordinatedPlans_WorkPlans_CoordinatedPlanId",
                        column: x => x.CoordinatedPlanId,
                        principalTable: "WorkPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanDirections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanDirections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkPlanDirections_WorkPlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "WorkPlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpectedResult = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Completion = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceFileKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NotDoneReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MarkedByPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    MarkedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkPlanItems_People_MarkedByPersonId",
                        column: x => x.MarkedByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkPlanItems_WorkPlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "WorkPlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkPlanTasks_WorkPlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "WorkPlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BodyMemberships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: true),
                    IsPrimary = table.Column<bool>(type: "INTEGER", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<int>(type: "INTEGER", nullable: true),
                    ExclusionDecisionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BodyMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BodyMemberships_MeetingDecisions_ExclusionDecisionId",
                        column: x => x.ExclusionDecisionId,
                        principalTable: "MeetingDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BodyMemberships_MethodologicalBodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "MethodologicalBodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BodyMemberships_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BodyMemberships_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MinutesSpeeches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    SpeakerPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpeakerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinutesSpeeches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MinutesSpeeches_MinutesItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "MinutesItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MinutesSpeeches_People_SpeakerPersonId",
                        column: x => x.SpeakerPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkPlanItemResponsibles",
                columns: table => new
                {
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkPlanItemResponsibles", x => new { x.ItemId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_WorkPlanItemResponsibles_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkPlanItemResponsibles_WorkPlanItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "WorkPlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalDecisions_PersonId",
                table: "ApprovalDecisions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalDecisions_RouteId_Sequence",
                table: "ApprovalDecisions",
                columns: new[] { "RouteId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalRoutes_Kind_State",
                table: "ApprovalRoutes",
                columns: new[] { "Kind", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_AssigneePersonId",
                table: "ApprovalSteps",
                column: "AssigneePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_DecidedByPersonId",
                table: "ApprovalSteps",
                column: "DecidedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_RouteId_Position",
                table: "ApprovalSteps",
                columns: new[] { "RouteId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BodyMemberships_BodyId_PersonId",
                table: "BodyMemberships",
                columns: new[] { "BodyId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_BodyMemberships_ExclusionDecisionId",
                table: "BodyMemberships",
                column: "ExclusionDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_BodyMemberships_OrganizationId",
                table: "BodyMemberships",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_BodyMemberships_PersonId",
                table: "BodyMemberships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_HeadAppointments_BodyId_TermStart",
                table: "HeadAppointments",
                columns: new[] { "BodyId", "TermStart" });

            migrationBuilder.CreateIndex(
                name: "IX_HeadAppointments_ElectedAtMeetingId",
                table: "HeadAppointments",
                column: "ElectedAtMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_HeadAppointments_PersonId",
                table: "HeadAppointments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_MeetingId_Position",
                table: "MeetingAgendaItems",
                columns: new[] { "MeetingId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_SpeakerPersonId",
                table: "MeetingAgendaItems",
                column: "SpeakerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_PersonId",
                table: "MeetingAttendance",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_ConcernsPersonId",
                table: "MeetingDecisions",
                column: "ConcernsPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_DecisionKey",
                table: "MeetingDecisions",
                column: "DecisionKey");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_DoneByPersonId",
                table: "MeetingDecisions",
                column: "DoneByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_MinutesId",
                table: "MeetingDecisions",
                column: "MinutesId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDecisions_ResponsiblePersonId_Status",
                table: "MeetingDecisions",
                columns: new[] { "ResponsiblePersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingMinutes_CreatedByPersonId",
                table: "MeetingMinutes",
                column: "CreatedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingMinutes_MeetingId_Revision",
                table: "MeetingMinutes",
                columns: new[] { "MeetingId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingMinutes_RouteId",
                table: "MeetingMinutes",
                column: "RouteId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_BodyId_SchoolYearId_Number",
                table: "Meetings",
                columns: new[] { "BodyId", "SchoolYearId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_ChairPersonId",
                table: "Meetings",
                column: "ChairPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Date",
                table: "Meetings",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_SchoolYearId",
                table: "Meetings",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_SecretaryPersonId",
                table: "Meetings",
                column: "SecretaryPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologicalBodies_CuratorPersonId",
                table: "MethodologicalBodies",
                column: "CuratorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologicalBodies_DistrictId_Scope",
                table: "MethodologicalBodies",
                columns: new[] { "DistrictId", "Scope" });

            migrationBuilder.CreateIndex(
                name: "IX_MethodologicalBodies_OrganizationId_Kind",
                table: "MethodologicalBodies",
                columns: new[] { "OrganizationId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_MethodologicalBodies_RegulationApprovedByPersonId",
                table: "MethodologicalBodies",
                column: "RegulationApprovedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MethodologicalBodySubjects_SubjectId",
                table: "MethodologicalBodySubjects",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesItems_MinutesId_AgendaPosition",
                table: "MinutesItems",
                columns: new[] { "MinutesId", "AgendaPosition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MinutesSpeeches_ItemId",
                table: "MinutesSpeeches",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_MinutesSpeeches_SpeakerPersonId",
                table: "MinutesSpeeches",
                column: "SpeakerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanAnalyses_PlanId_Period",
                table: "WorkPlanAnalyses",
                columns: new[] { "PlanId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanAnalyses_RecordedByPersonId",
                table: "WorkPlanAnalyses",
                column: "RecordedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanCoordinatedPlans_CoordinatedPlanId",
                table: "WorkPlanCoordinatedPlans",
                column: "CoordinatedPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanDirections_VersionId",
                table: "WorkPlanDirections",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanItemResponsibles_PersonId",
                table: "WorkPlanItemResponsibles",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanItems_ItemKey",
                table: "WorkPlanItems",
                column: "ItemKey");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanItems_MarkedByPersonId",
                table: "WorkPlanItems",
                column: "MarkedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanItems_VersionId_Month",
                table: "WorkPlanItems",
                columns: new[] { "VersionId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlans_BodyId_SchoolYearId",
                table: "WorkPlans",
                columns: new[] { "BodyId", "SchoolYearId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlans_SchoolYearId",
                table: "WorkPlans",
                column: "SchoolYearId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanTasks_VersionId",
                table: "WorkPlanTasks",
                column: "VersionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanVersions_ConsideredAtMeetingId",
                table: "WorkPlanVersions",
                column: "ConsideredAtMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanVersions_CreatedByPersonId",
                table: "WorkPlanVersions",
                column: "CreatedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanVersions_PlanId_Number",
                table: "WorkPlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkPlanVersions_RouteId",
                table: "WorkPlanVersions",
                column: "RouteId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovalDecisions");

            migrationBuilder.DropTable(
                name: "ApprovalSteps");

            migrationBuilder.DropTable(
                name: "BodyMemberships");

            migrationBuilder.DropTable(
                name: "HeadAppointments");

            migrationBuilder.DropTable(
                name: "MeetingAgendaItems");

            migrationBuilder.DropTable(
                name: "MeetingAttendance");

            migrationBuilder.DropTable(
                name: "MethodologicalBodySubjects");

            migrationBuilder.DropTable(
                name: "MinutesSpeeches");

            migrationBuilder.DropTable(
                name: "WorkPlanAnalyses");

            migrationBuilder.DropTable(
                name: "WorkPlanCoordinatedPlans");

            migrationBuilder.DropTable(
                name: "WorkPlanDirections");

            migrationBuilder.DropTable(
                name: "WorkPlanItemResponsibles");

            migrationBuilder.DropTable(
                name: "WorkPlanTasks");

            migrationBuilder.DropTable(
                name: "MeetingDecisions");

            migrationBuilder.DropTable(
                name: "MinutesItems");

            migrationBuilder.DropTable(
                name: "WorkPlanItems");

            migrationBuilder.DropTable(
                name: "MeetingMinutes");

            migrationBuilder.DropTable(
                name: "WorkPlanVersions");

            migrationBuilder.DropTable(
                name: "ApprovalRoutes");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "WorkPlans");

            migrationBuilder.DropTable(
                name: "MethodologicalBodies");
        }
    }
}
