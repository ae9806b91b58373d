using Microsoft.AspNetCore.Diagnostics;

namespace Commerce.HttpApi.Host.ExceptionHandling;

/// <summary>
/// The one place an exception becomes a response. A <see cref="BusinessException"/> answers with its code and the
/// status of its kind; anything else is logged and answered 500 with nothing but the trace id.
/// </summary>
internal sealed partial class CommerceExceptionHandler(IProblemDetailsService problems, ILogger<CommerceExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            EntityNotFoundException notFound => ProblemResponses.Create(StatusCodes.Status404NotFound, notFound.Code, notFound.Details),
            BusinessException business => ProblemResponses.Create(StatusFor(business.Kind), business.Code, business.Details),
            BadHttpRequestException bad => ProblemResponses.Create(bad.StatusCode, CommerceErrorCodes.Validation),
            _ => null,
        };
        if (problem is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = ProblemResponses.Create(StatusCodes.Status500InternalServerError, CommerceErrorCodes.InternalError);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static int StatusFor(BusinessErrorKind kind) => kind switch
    {
        BusinessErrorKind.Invalid => StatusCodes.Status400BadRequest,
        BusinessErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        BusinessErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        BusinessErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
