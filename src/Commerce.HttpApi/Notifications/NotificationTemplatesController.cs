using Commerce.HttpApi.Authorization;
using Commerce.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Notifications;

/// <summary>
/// A store's notification templates in Liquid: every kind, the store's own or the product's default. The kind
/// travels in the body, so every route names only ids.
/// </summary>
[ApiController]
[Route("api/notifications/templates/{storeId:guid}")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Notification templates")]
public sealed class NotificationTemplatesController(INotificationTemplateAppService templates) : ControllerBase
{
    /// <summary>Every kind of notification with the template the store sends and whether it customized it.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<NotificationTemplateDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<NotificationTemplateDto>> GetList(Guid storeId, CancellationToken ct) => templates.GetListAsync(storeId, ct);

    /// <summary>Saves the store's own template for a kind; 400 when Liquid cannot parse it, 409 when the version is stale.</summary>
    [HttpPut]
    [ProducesResponseType<NotificationTemplateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<NotificationTemplateDto> Update(Guid storeId, UpdateNotificationTemplateDto input, CancellationToken ct) =>
        templates.UpdateAsync(storeId, input, ct);

    /// <summary>Drops the store's own template for a kind, so the default applies again.</summary>
    [HttpPost("reset")]
    [ProducesResponseType<NotificationTemplateDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<NotificationTemplateDto> Reset(Guid storeId, ResetNotificationTemplateDto input, CancellationToken ct) =>
        templates.ResetAsync(storeId, input, ct);

    /// <summary>Renders a subject and body (saved or not) with a sample order; parse errors come back by field.</summary>
    [HttpPost("preview")]
    [ProducesResponseType<NotificationPreviewDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<NotificationPreviewDto> Preview(Guid storeId, NotificationTemplateContentDto input, CancellationToken ct) =>
        templates.PreviewAsync(storeId, input, ct);
}
