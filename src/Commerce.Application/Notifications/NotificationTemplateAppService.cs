using Commerce.Domain.Repositories;
using Commerce.Notifications.Templates;
using Commerce.Permissions;
using Commerce.Stores;

namespace Commerce.Notifications;

/// <summary>
/// A store's templates: the store's own where it has one, else the default in the store's language; saved whole with
/// the version read.
/// </summary>
public sealed class NotificationTemplateAppService(
    IPermissionChecker permissions, IStoreRepository stores, INotificationTemplateRepository templates, NotificationTemplateManager manager,
    NotificationComposer composer, IUnitOfWork unitOfWork, TimeProvider clock)
    : INotificationTemplateAppService
{
    public async Task<IReadOnlyList<NotificationTemplateDto>> GetListAsync(Guid storeId, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Notifications.Default, ct);
        var store = await stores.GetAsync(storeId, ct);
        var own = (await templates.GetListAsync(storeId, ct)).ToDictionary(t => t.Kind);
        return [.. Enum.GetValues<NotificationKind>().Select(kind => ToDto(store, kind, own.GetValueOrDefault(kind)))];
    }

    public async Task<NotificationTemplateDto> UpdateAsync(Guid storeId, UpdateNotificationTemplateDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Notifications.Templates.Manage, ct);
        var store = await stores.GetAsync(storeId, ct);
        var content = new NotificationTemplateContent(input.Subject, input.Body);
        var template = await templates.FindAsync(storeId, input.Kind, ct);
        if (template is null)
        {
            template = manager.Create(storeId, input.Kind, content);
            await templates.AddAsync(template, ct);
        }
        else
        {
            template.EnsureVersion(input.Version);
            template.Change(content);
        }

        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(store, input.Kind, template);
    }

    public async Task<NotificationTemplateDto> ResetAsync(Guid storeId, ResetNotificationTemplateDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Notifications.Templates.Manage, ct);
        var store = await stores.GetAsync(storeId, ct);
        if (await templates.FindAsync(storeId, input.Kind, ct) is { } template)
        {
            templates.Remove(template);
            await unitOfWork.SaveChangesAsync(ct);
        }

        return ToDto(store, input.Kind, null);
    }

    public async Task<NotificationPreviewDto> PreviewAsync(Guid storeId, NotificationTemplateContentDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Notifications.Default, ct);
        var store = await stores.GetAsync(storeId, ct);
        var (subjectError, bodyError) = (NotificationTemplateParser.Validate(input.Subject), NotificationTemplateParser.Validate(input.Body));
        if (subjectError is not null || bodyError is not null)
            return Unrendered(subjectError, bodyError);
        var order = SampleNotificationOrder.For(store.Currency, store.DefaultLocale, clock.GetUtcNow());
        try
        {
            var message = await composer.RenderAsync(store, new NotificationTemplateContent(input.Subject, input.Body), "alex@example.com", "Alex Example", order, composer.StorefrontUrl(store) + "account");
            return new NotificationPreviewDto { Subject = message.Subject, Html = message.Html, Text = message.Text };
        }
        catch (BusinessException ex) when (ex.Code == CommerceErrorCodes.Notifications.InvalidTemplate)
        {
            // A template that parses but fails as it runs is shown by its field, as a parse error is.
            var error = ex.Details["error"] as string;
            return ex.Details["field"] as string == "subject" ? Unrendered(error, null) : Unrendered(null, error);
        }
    }

    private static NotificationPreviewDto Unrendered(string? subjectError, string? bodyError) =>
        new() { Subject = string.Empty, Html = string.Empty, Text = string.Empty, SubjectError = subjectError, BodyError = bodyError };

    private static NotificationTemplateDto ToDto(Store store, NotificationKind kind, NotificationTemplate? template) =>
        template is null
            ? NotificationMapper.ToDto(store.Id, kind, DefaultNotificationTemplates.For(kind, store.DefaultLocale), isCustomized: false, version: 0)
            : NotificationMapper.ToDto(store.Id, kind, template.Content, isCustomized: true, template.Version);
}
