using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Adisteme.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrigramPersonSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
