global using Adisteme.Web.Data;
