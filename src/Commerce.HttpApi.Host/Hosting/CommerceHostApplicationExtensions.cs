using Commerce.HttpApi.Host.Authorization;
using Commerce.HttpApi.Host.Backoffice;
using Commerce.HttpApi.Host.MultiTenancy;
using Commerce.Web.Public;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Serilog;

namespace Commerce.HttpApi.Host.Hosting;

/// <summary>The request pipeline, in order.</summary>
public static class CommerceHostApplicationExtensions
{
    public static WebApplication UseCommerceHost(this WebApplication app)
    {
        app.UseForwardedHeaders();

        // Request logging wraps the exception handler, so it records the status the client received.
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapOpenApi();
        // The reference works offline: no agent, telemetry or developer tools that call Scalar's own services.
        app.MapScalarApiReference(o => o.WithTitle("Commerce API").DisableAgent().DisableMcp().DisableTelemetry().HideDeveloperTools());
        app.UseCommerceBackoffice();

        app.UseRouting();
        app.UseAuthentication();
        app.UseCommerceStorefront();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseCommerceStorefrontCustomer();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseCommerceStorefrontCache();

        app.UseHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new JobsDashboardAuthorizationFilter()],
            AppPath = "/admin/",
            DashboardTitle = "Commerce jobs",
        }, app.Services.GetRequiredService<JobStorage>());
        app.MapControllers();
        app.MapCommerceWebPublic();
        return app;
    }
}
