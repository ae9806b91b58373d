using Commerce.Identity;
using Commerce.Notifications.Rendering;
using Commerce.Notifications.Templates;
using Commerce.Stores;
using Microsoft.Extensions.Options;

namespace Commerce.Notifications;

/// <summary>
/// Finds what a store's notification is made of: the store, its storefront address and its template, or the default
/// in the store's language.
/// </summary>
public sealed class NotificationComposer(
    IStoreRepository stores, INotificationTemplateRepository templates, IOptions<StoreDomainOptions> domains, IOptions<AppUrlOptions> app)
{
    public Task<Store> GetStoreAsync(Guid storeId, CancellationToken ct) => stores.GetAsync(storeId, ct);

    public async Task<NotificationTemplateContent> GetContentAsync(Store store, NotificationKind kind, CancellationToken ct) =>
        (await templates.FindAsync(store.Id, kind, ct))?.Content ?? DefaultNotificationTemplates.For(kind, store.DefaultLocale);

    /// <summary>The store's first custom domain over https, else its slug under the platform's domain, as the platform is served.</summary>
    public string StorefrontUrl(Store store)
    {
        if (store.CustomDomains.FirstOrDefault() is { } custom)
            return $"https://{custom}/";
        var self = new Uri(app.Value.SelfUrl);
        return domains.Value.DefaultHost(store.Slug) is { } host
            ? new UriBuilder(self.Scheme, host, self.IsDefaultPort ? -1 : self.Port, "/").Uri.AbsoluteUri
            : new Uri(self, "/").AbsoluteUri;
    }

    public Task<RenderedNotification> RenderAsync(
        Store store, NotificationTemplateContent content, string recipientEmail, string? recipientName, NotificationOrderModel? order,
        string? actionUrl) =>
        NotificationRenderer.RenderAsync(content, new NotificationRenderModel
        {
            Store = store,
            StoreUrl = StorefrontUrl(store),
            RecipientEmail = recipientEmail,
            RecipientName = recipientName,
            Order = order,
            ActionUrl = actionUrl,
        });
}
