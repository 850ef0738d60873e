using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adisteme.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TrigramPersonSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            // Added by hand: EF cannot model an index on expressions (see PostgresAppDbContext).
            migrationBuilder.Sql(TrigramSearchIndex.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TrigramSearchIndex.Drop);

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
