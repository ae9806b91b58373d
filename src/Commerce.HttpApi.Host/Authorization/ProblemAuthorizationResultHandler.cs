using Commerce.HttpApi.Host.ExceptionHandling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Commerce.HttpApi.Host.Authorization;

/// <summary>Refusals answer with the problem shape: 401 for an anonymous caller, 403 otherwise.</summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }

        var anonymous = context.User.Identity?.IsAuthenticated != true;
        var problem = anonymous
            ? ProblemResponses.Create(StatusCodes.Status401Unauthorized, CommerceErrorCodes.Unauthorized)
            : ProblemResponses.Create(StatusCodes.Status403Forbidden, CommerceErrorCodes.Forbidden);
        context.Response.StatusCode = problem.Status!.Value;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
