using Commerce.Stores;

namespace Commerce.Notifications.Rendering;

/// <summary>What a template is rendered with; <see cref="NotificationTemplateValues"/> lists the names templates see.</summary>
public sealed record NotificationRenderModel
{
    public required Store Store { get; init; }

    /// <summary>The storefront's absolute address, ending in "/".</summary>
    public required string StoreUrl { get; init; }

    public required string RecipientEmail { get; init; }

    public string? RecipientName { get; init; }

    public NotificationOrderModel? Order { get; init; }

    public string? ActionUrl { get; init; }
}
