using System.Text.Json.Serialization;
using Commerce.EntityFrameworkCore;
using Commerce.EntityFrameworkCore.BackgroundJobs;
using Commerce.HttpApi.Host.Authorization;
using Commerce.HttpApi.Host.BackgroundJobs;
using Commerce.HttpApi.Host.Backoffice;
using Commerce.HttpApi.Host.ExceptionHandling;
using Commerce.HttpApi.Host.Identity;
using Commerce.HttpApi.Host.MultiTenancy;
using Commerce.HttpApi.Host.Users;
using Commerce.HttpApi.MultiTenancy;
using Commerce.MultiTenancy;
using Commerce.Users;
using Commerce.Web.Public;
using Hangfire;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Serilog;

namespace Commerce.HttpApi.Host.Hosting;

/// <summary>The composition root's services, one call per concern.</summary>
public static class CommerceHostBuilderExtensions
{
    public static WebApplicationBuilder AddCommerceHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not configured; etc/scripts/run.sh sets it for a local database.");

        builder.Host.UseSerilog((context, logger) => logger.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext());

        services.AddCommerceApplication();
        services.AddCommerceEntityFrameworkCore(connectionString);
        services.AddCommerceOutboxDispatcher();
        services.AddCommerceWebPublic();
        services.AddCaching(configuration);

        services.AddHttpContextAccessor();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind a reverse proxy the client's address (the sign-in limit's key), scheme and host come from it.
            // Loopback proxies are trusted by default; others are listed in ForwardedHeaders:KnownProxies.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });
        services.AddSingleton<ICurrentPrincipalAccessor, HttpContextCurrentPrincipalAccessor>();
        services.AddCommerceTenantResolution(configuration);

        services.AddControllers()
            .AddApplicationPart(typeof(TenantsController).Assembly)
            .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // The OpenAPI document reads these options: enums are documented as the names the API sends.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<ApiBehaviorOptions>(o => o.InvalidModelStateResponseFactory = ProblemResponses.FromInvalidModelState);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemResponses.AddTraceId);
        services.AddExceptionHandler<CommerceExceptionHandler>();

        services.AddCommerceIdentityHost(configuration, builder.Environment);
        services.AddCommerceAuthorization();
        services.AddCommerceRateLimiting(configuration);

        services.AddHealthChecks().AddDbContextCheck<CommerceDbContext>(tags: ["ready"]);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Commerce API";
            document.Info.Description = "Center Control (/api/host/...) and tenant (/api/...) endpoints. Errors are RFC 9457 problems with a stable `code`.";
            return Task.CompletedTask;
        }));

        services.AddSingleton(_ => HangfireStorageConfiguration.CreateStorage(connectionString, new BackgroundJobTimeouts(
            configuration.GetValue<TimeSpan?>("BackgroundJobs:InvisibilityTimeout"),
            configuration.GetValue<TimeSpan?>("BackgroundJobs:LockTimeout"))));
        services.AddHangfire((sp, hangfire) => hangfire.UseCommerceSettings(sp.GetRequiredService<ICurrentTenant>()));
        if (configuration.GetValue("BackgroundJobs:IsServerEnabled", true))
        {
            services.AddHangfireServer();
            services.AddHostedService<RecurringJobsRegistrar>();
        }

        services.AddOptions<BackofficeOptions>().BindConfiguration(BackofficeOptions.SectionName);
        return builder;
    }

    /// <summary>HybridCache keeps entries in memory; with Redis:Configuration set, Redis becomes its second level.</summary>
    private static void AddCaching(this IServiceCollection services, ConfigurationManager configuration)
    {
        var redis = configuration["Redis:Configuration"];
        if (!string.IsNullOrWhiteSpace(redis))
            services.AddStackExchangeRedisCache(o => o.Configuration = redis);
    }
}
