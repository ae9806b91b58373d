using Commerce.HttpApi.Authorization;
using Commerce.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Notifications;

/// <summary>A store's notification templates in Liquid: every kind, the store's own or the product's default.</summary>
[ApiController]
[Route("api/notifications/stores/{storeId:guid}/templates")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Notification templates")]
public sealed class NotificationTemplatesController(INotificationTemplateAppService templates) : ControllerBase
{
    /// <summary>Lists every kind of notification with whether the store customized its template.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<NotificationTemplateListItemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<NotificationTemplateListItemDto>> GetList(Guid storeId, CancellationToken ct) => templates.GetListAsync(storeId, ct);

    /// <summary>Gets the template the store sends for a kind (its own, else the default).</summary>
    [HttpGet("{kind}")]
    [ProducesResponseType<NotificationTemplateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<NotificationTemplateDto> Get(Guid storeId, NotificationKind kind, CancellationToken ct) => templates.GetAsync(storeId, kind, ct);

    /// <summary>Saves the store's own template; 400 when Liquid cannot parse it, 409 when the version is stale.</summary>
    [HttpPut("{kind}")]
    [ProducesResponseType<NotificationTemplateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<NotificationTemplateDto> Update(Guid storeId, NotificationKind kind, UpdateNotificationTemplateDto input, CancellationToken ct) =>
        templates.UpdateAsync(storeId, kind, input, ct);

    /// <summary>Drops the store's own template, so the default applies again.</summary>
    [HttpPost("{kind}/reset")]
    [ProducesResponseType<NotificationTemplateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<NotificationTemplateDto> Reset(Guid storeId, NotificationKind kind, CancellationToken ct) => templates.ResetAsync(storeId, kind, ct);

    /// <summary>Renders a subject and body (saved or not) with a sample order; parse errors come back by field.</summary>
    [HttpPost("{kind}/preview")]
    [ProducesResponseType<NotificationPreviewDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<NotificationPreviewDto> Preview(Guid storeId, NotificationKind kind, NotificationTemplateContentDto input, CancellationToken ct) =>
        templates.PreviewAsync(storeId, kind, input, ct);
}
