using System.Threading.RateLimiting;

namespace Commerce.HttpApi.Host.Identity;

/// <summary>
/// Credential stuffing slows down per address, while the account's owner, signing in from elsewhere, is not
/// held back; repeated failures on one account lock it (Identity's lockout).
/// </summary>
internal static class SignInRateLimiting
{
    public const string PolicyName = "sign-in";

    public static IServiceCollection AddCommerceRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:SignInPerMinute", 20);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) }));
        });
    }
}
