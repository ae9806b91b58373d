using System.Text.Json;
using Commerce.HttpApi.Host.ExceptionHandling;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.HttpApi.ExceptionHandling;

/// <summary>Every kind of error against the one handler that writes it, including kinds no endpoint raises yet.</summary>
public sealed class CommerceExceptionHandlerTests
{
    public static TheoryData<Exception, int, string> Errors() => new()
    {
        { new BusinessException(CommerceErrorCodes.MultiTenancy.InvalidTenantSlug, BusinessErrorKind.Invalid).WithData("slug", "x"), 400, CommerceErrorCodes.MultiTenancy.InvalidTenantSlug },
        { new BusinessException(CommerceErrorCodes.MultiTenancy.TenantUnavailable, BusinessErrorKind.Forbidden).WithData("tenant", "acme"), 403, CommerceErrorCodes.MultiTenancy.TenantUnavailable },
        { new EntityNotFoundException(typeof(Commerce.MultiTenancy.Tenant), Guid.Empty), 404, CommerceErrorCodes.NotFound },
        { new BusinessException(CommerceErrorCodes.StaleVersion), 409, CommerceErrorCodes.StaleVersion },
        { new InvalidOperationException("SELECT secret FROM somewhere"), 500, CommerceErrorCodes.InternalError },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Each_kind_of_error_becomes_its_status_with_code_title_and_trace_id(Exception error, int status, string code)
    {
        var context = CreateContext();
        var handler = new CommerceExceptionHandler(context.RequestServices.GetRequiredService<IProblemDetailsService>(), NullLogger<CommerceExceptionHandler>.Instance);

        (await handler.TryHandleAsync(context, error, TestContext.Current.CancellationToken)).ShouldBeTrue();

        context.Response.StatusCode.ShouldBe(status);
        context.Response.Body.Position = 0;
        using var problem = await JsonDocument.ParseAsync(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(status);
        problem.RootElement.GetProperty("code").GetString().ShouldBe(code);
        problem.RootElement.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.RootElement.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.RootElement.GetRawText().ShouldNotContain("SELECT");
    }

    private static DefaultHttpContext CreateContext()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails(o => o.CustomizeProblemDetails = ProblemResponses.AddTraceId).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Headers.Accept = "application/json";
        context.Response.Body = new MemoryStream();
        return context;
    }
}
