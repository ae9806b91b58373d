using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;

namespace Commerce.Notifications;

public sealed class NotificationTemplateAppServiceTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_new_store_lists_every_kind_with_its_default_template()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);

        var list = await Templates(tenant, s => s.GetListAsync(store.Id, Ct));

        list.Select(t => t.Kind).ShouldBe(Enum.GetValues<NotificationKind>());
        list.ShouldAllBe(t => !t.IsCustomized && t.Version == 0 && t.StoreId == store.Id);
    }

    [Fact]
    public async Task A_saved_template_is_customized_and_a_stale_version_is_refused()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);

        var saved = await Templates(tenant, s => s.UpdateAsync(store.Id, Input("First {{ order.number }}", 0), Ct));
        var changed = await Templates(tenant, s => s.UpdateAsync(store.Id, Input("Second", saved.Version), Ct));
        var stale = await Should.ThrowAsync<BusinessException>(() => Templates(tenant, s => s.UpdateAsync(store.Id, Input("Third", saved.Version), Ct)));

        saved.IsCustomized.ShouldBeTrue();
        changed.Subject.ShouldBe("Second");
        stale.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
        (await Templates(tenant, s => s.GetListAsync(store.Id, Ct))).Single(t => t.Kind == NotificationKind.OrderShipped).Subject.ShouldBe("Second");
    }

    [Fact]
    public async Task An_invalid_template_is_refused_with_InvalidTemplate_and_nothing_is_written()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            Templates(tenant, s => s.UpdateAsync(store.Id, Input("Fine", 0) with { Body = "{% for x in %}" }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Notifications.InvalidTemplate);
        ex.Details["field"].ShouldBe("body");
        (await Templates(tenant, s => s.GetListAsync(store.Id, Ct))).ShouldAllBe(t => !t.IsCustomized);
    }

    [Fact]
    public async Task Reset_brings_back_the_default()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        await Templates(tenant, s => s.UpdateAsync(store.Id, Input("Own", 0), Ct));

        var reset = await Templates(tenant, s => s.ResetAsync(store.Id, new ResetNotificationTemplateDto { Kind = NotificationKind.OrderShipped }, Ct));

        reset.IsCustomized.ShouldBeFalse();
        reset.Subject.ShouldBe("Order {{ order.number }} is on its way");
    }

    [Fact]
    public async Task A_French_store_lists_and_resets_to_the_French_default()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct, "fr-FR", "EUR");
        await Templates(tenant, s => s.UpdateAsync(store.Id, Input("Own", 0), Ct));

        var list = await Templates(tenant, s => s.GetListAsync(store.Id, Ct));
        var reset = await Templates(tenant, s => s.ResetAsync(store.Id, new ResetNotificationTemplateDto { Kind = NotificationKind.OrderShipped }, Ct));

        var placed = list.Single(t => t.Kind == NotificationKind.OrderPlaced);
        placed.IsCustomized.ShouldBeFalse();
        placed.Subject.ShouldBe("Confirmation de votre commande {{ order.number }} – {{ store.name }}");
        placed.Body.ShouldContain("Merci pour votre commande");
        list.Single(t => t.Kind == NotificationKind.OrderShipped).Subject.ShouldBe("Own");
        reset.IsCustomized.ShouldBeFalse();
        reset.Subject.ShouldBe("Votre commande {{ order.number }} est en route");
        reset.Body.ShouldContain("Voir votre commande");
    }

    [Fact]
    public async Task A_member_without_the_permission_cannot_change_templates()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);

        var ex = await Should.ThrowAsync<BusinessException>(() => services.AsMemberAsync<INotificationTemplateAppService, NotificationTemplateDto>(
            tenant.Tenant, Guid.CreateVersion7(), [], s => s.UpdateAsync(store.Id, Input("Own", 0), Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
    }

    [Fact]
    public async Task Another_tenant_s_store_is_not_found()
    {
        var (_, store) = await NotificationStores.CreateAsync(services, Ct);
        var (other, _) = await NotificationStores.CreateAsync(services, Ct);

        await Should.ThrowAsync<EntityNotFoundException>(() => Templates(other, s => s.GetListAsync(store.Id, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => Templates(other, s => s.UpdateAsync(store.Id, Input("Theirs", 0), Ct)));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static UpdateNotificationTemplateDto Input(string subject, uint version) =>
        new() { Kind = NotificationKind.OrderShipped, Subject = subject, Body = "<p>{{ recipient.name }}</p>", Version = version };

    private Task<T> Templates<T>(StoreTenant tenant, Func<INotificationTemplateAppService, Task<T>> action) => tenant.AsOwnerAsync(services, action);
}
