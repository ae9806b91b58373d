using Commerce;
using Commerce.DbMigrator;
using Commerce.EntityFrameworkCore;
using Commerce.EntityFrameworkCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

// The settings file sits beside the program, wherever it is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
var applicationConnection = builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured; etc/scripts/postgres.sh prints it.");
var ownerConnection = builder.Configuration.GetConnectionString("Migrator") ?? applicationConnection;

builder.Services.AddSerilog((_, logger) => logger.ReadFrom.Configuration(builder.Configuration));
builder.Services.AddCommerceApplication();
builder.Services.AddCommerceEntityFrameworkCore(applicationConnection);
builder.Services.AddCommerceIdentityCore();
builder.Services.AddSingleton(new MigratorSettings(ownerConnection, applicationConnection,
    builder.Configuration.GetValue("Seed:IncludeDemoData", true),
    builder.Configuration.GetValue("Seed:IncludeDemoCatalog", builder.Configuration.GetValue("Seed:IncludeDemoData", true))));
builder.Services.AddHostedService<DbMigratorService>();

await builder.Build().RunAsync();
