using Adisteme.Web.Data.Seed;
using Adisteme.Web.Features.Associations;
using Adisteme.Web.Features.Organizations;
using Adisteme.Web.Infrastructure;
using Adisteme.Web.Infrastructure.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.Services.AddOrganizationsModule();
builder.Services.AddAssociationsModule();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseAdistemePipeline();
app.MapOrganizationsApi();
app.MapAssociationsApi();
app.MapAdistemeEndpoints();

await app.RunAsync();
