using System.Diagnostics;
using Commerce.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Host.ExceptionHandling;

/// <summary>The RFC 9457 shape every error takes: status, a stable code, a readable title, a trace id, field errors.</summary>
internal static class ProblemResponses
{
    public const string CodeKey = "code";
    public const string TraceIdKey = "traceId";

    public static ProblemDetails Create(int status, string code, IReadOnlyDictionary<string, object?>? data = null) => new()
    {
        Status = status,
        Title = CommerceResource.Format(code, data),
        Type = $"https://httpstatuses.io/{status}",
        Extensions = { [CodeKey] = code },
    };

    public static void AddTraceId(ProblemDetailsContext context)
    {
        context.ProblemDetails.Extensions[TraceIdKey] = TraceId(context.HttpContext);
        if (!context.ProblemDetails.Extensions.ContainsKey(CodeKey))
        {
            var code = CodeForStatus(context.ProblemDetails.Status);
            context.ProblemDetails.Extensions[CodeKey] = code;

            // A status with no exception behind it (an unknown route, a rate limit) has no data for placeholders.
            var title = CommerceResource.Format(code);
            if (!title.Contains('{', StringComparison.Ordinal))
                context.ProblemDetails.Title = title;
        }
    }

    /// <summary>Model binding's 400, with the field errors, through the same writer as every other problem.</summary>
    public static IActionResult FromInvalidModelState(ActionContext context)
    {
        var problem = new ValidationProblemDetails(context.ModelState)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = CommerceResource.Format(CommerceErrorCodes.Validation),
            Type = "https://httpstatuses.io/400",
            Extensions = { [CodeKey] = CommerceErrorCodes.Validation, [TraceIdKey] = TraceId(context.HttpContext) },
        };
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    private static string TraceId(HttpContext context) => Activity.Current?.Id ?? context.TraceIdentifier;

    private static string CodeForStatus(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => CommerceErrorCodes.Validation,
        StatusCodes.Status401Unauthorized => CommerceErrorCodes.Unauthorized,
        StatusCodes.Status403Forbidden => CommerceErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => CommerceErrorCodes.NotFound,
        StatusCodes.Status409Conflict => CommerceErrorCodes.Conflict,
        StatusCodes.Status429TooManyRequests => CommerceErrorCodes.TooManyRequests,
        _ => CommerceErrorCodes.InternalError,
    };
}
