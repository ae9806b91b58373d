using Commerce.Application.Dtos;
using Commerce.HttpApi.Authorization;
using Commerce.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Notifications;

/// <summary>The notifications requested and what became of them.</summary>
[ApiController]
[Route("api/notifications/log")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Notification log")]
public sealed class NotificationLogsController(INotificationLogAppService logs) : ControllerBase
{
    /// <summary>The log newest first, filtered by store, order, customer, status and kind.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResultDto<NotificationLogDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<PagedResultDto<NotificationLogDto>> GetList([FromQuery] GetNotificationLogListInput input, CancellationToken ct) =>
        logs.GetListAsync(input, ct);
}
