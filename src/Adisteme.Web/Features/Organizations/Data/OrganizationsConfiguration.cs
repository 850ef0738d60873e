using Adisteme.Web.Features.Organizations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adisteme.Web.Features.Organizations.Data;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public const int NameLength = 200;
    public const int AuthorityNameLength = 300;

    public void Configure(EntityTypeBuilder<Region> b)
    {
        b.Property(x => x.Name).HasMaxLength(NameLength);
        b.Property(x => x.EducationAuthorityName).HasMaxLength(AuthorityNameLength);
        b.HasIndex(x => x.Name).IsUnique();
    }
}

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public const int NameLength = 200;
    public const int DepartmentNameLength = 300;

    public void Configure(EntityTypeBuilder<District> b)
    {
        b.Property(x => x.Name).HasMaxLength(NameLength);
        b.Property(x => x.EducationDepartmentName).HasMaxLength(DepartmentNameLength);
        b.HasOne(x => x.Region).WithMany(x => x.Districts).HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RegionId, x.Name }).IsUnique();
    }
}

internal sealed class EducationOrganizationConfiguration : IEntityTypeConfiguration<EducationOrganization>
{
    public const int NameLength = 300;
    public const int ShortNameLength = 100;
    public const int AddressLength = 300;
    public const int PhoneLength = 40;
    public const int EmailLength = 200;

    public void Configure(EntityTypeBuilder<EducationOrganization> b)
    {
        b.ToTable("Organizations");
        b.Property(x => x.Name).HasMaxLength(NameLength);
        b.Property(x => x.ShortName).HasMaxLength(ShortNameLength);
        b.Property(x => x.Address).HasMaxLength(AddressLength);
        b.Property(x => x.Phone).HasMaxLength(PhoneLength);
        b.Property(x => x.Email).HasMaxLength(EmailLength);
        b.HasOne(x => x.District).WithMany(x => x.Organizations).HasForeignKey(x => x.DistrictId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.DistrictId, x.Name }).IsUnique();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.Property(x => x.Surname).HasMaxLength(100);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Patronymic).HasMaxLength(100);
        b.Property(x => x.Iin).HasMaxLength(12);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasIndex(x => x.Iin).IsUnique();
        b.HasIndex(x => x.UserId).IsUnique();
        b.HasIndex(x => new { x.Surname, x.Name });
        b.Ignore(x => x.FullName);
    }
}

internal sealed class EmploymentConfiguration : IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<Employment> b)
    {
        b.Property(x => x.EducationDetails).HasMaxLength(500);
        b.HasOne(x => x.Person).WithMany(x => x.Employments).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.EmploymentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OrganizationId, x.PersonId });
    }
}

internal sealed class EmploymentSubjectConfiguration : IEntityTypeConfiguration<EmploymentSubject>
{
    public void Configure(EntityTypeBuilder<EmploymentSubject> b)
    {
        b.HasKey(x => new { x.EmploymentId, x.SubjectId });
        b.HasOne(x => x.Subject).WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.NameKk).HasMaxLength(200);
        b.Property(x => x.NameRu).HasMaxLength(200);
        b.Property(x => x.NameKy).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne(x => x.SubjectArea).WithMany().HasForeignKey(x => x.SubjectAreaId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SubjectAreaConfiguration : IEntityTypeConfiguration<SubjectArea>
{
    public void Configure(EntityTypeBuilder<SubjectArea> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.NameKk).HasMaxLength(200);
        b.Property(x => x.NameRu).HasMaxLength(200);
        b.Property(x => x.NameKy).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class SchoolYearConfiguration : IEntityTypeConfiguration<SchoolYear>
{
    public void Configure(EntityTypeBuilder<SchoolYear> b)
    {
        b.HasIndex(x => new { x.Country, x.StartYear }).IsUnique();
        b.Ignore(x => x.Title);
        b.OwnsMany(x => x.Quarters, q =>
        {
            q.ToTable("Quarters");
            q.WithOwner().HasForeignKey("SchoolYearId");
            q.HasKey("SchoolYearId", nameof(Quarter.Number));
            // The quarter's number is data (1–4), not a generated key.
            q.Property(x => x.Number).ValueGeneratedNever();
        });
    }
}
