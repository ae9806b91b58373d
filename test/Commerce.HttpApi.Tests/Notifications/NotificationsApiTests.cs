using System.Net;
using System.Net.Http.Json;
using Commerce.Application.Dtos;
using Commerce.Notifications;
using Commerce.Stores;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Notifications;

public sealed class NotificationsApiTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task A_template_Liquid_cannot_parse_answers_400_InvalidTemplate_and_writes_nothing()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var url = TemplatesUrl(await CreateStoreAsync(owner));

        var response = await owner.PutAsJsonAsync(url, new { kind = "OrderPlaced", subject = "{{ order.number", body = "<p>x</p>", version = 0 }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Notifications.InvalidTemplate);
        (await owner.GetFromJsonAsync<List<NotificationTemplateDto>>(url, Json, Ct))!.ShouldAllBe(t => !t.IsCustomized);
    }

    [Fact]
    public async Task An_empty_subject_answers_400_naming_the_field_and_writes_nothing()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var url = TemplatesUrl(await CreateStoreAsync(owner));

        var response = await owner.PutAsJsonAsync(url, new { kind = "OrderPlaced", subject = "", body = "<p>x</p>", version = 0 }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("errors").TryGetProperty("Subject", out _).ShouldBeTrue();
        (await owner.GetFromJsonAsync<List<NotificationTemplateDto>>(url, Json, Ct))!.ShouldAllBe(t => !t.IsCustomized);
    }

    [Fact]
    public async Task Another_tenant_s_store_answers_404()
    {
        using var first = await OwnerOfNewTenantAsync();
        using var second = await OwnerOfNewTenantAsync();
        var url = TemplatesUrl(await CreateStoreAsync(first));

        (await second.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await second.PostAsJsonAsync($"{url}/preview", new { kind = "OrderPlaced", subject = "s", body = "b" }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await second.PostAsJsonAsync($"{url}/reset", new { kind = "OrderPlaced" }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_preview_renders_the_sample_order_in_the_layout_and_names_parse_errors_by_field()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var store = await CreateStoreAsync(owner);

        var response = await owner.PostAsJsonAsync($"{TemplatesUrl(store)}/preview",
            new { kind = "OrderPlaced", subject = "Order {{ order.number }}", body = "<p>Hi {{ recipient.name }}, {{ order.lines.size }} lines</p>" }, Json, Ct);
        var broken = await owner.PostAsJsonAsync($"{TemplatesUrl(store)}/preview",
            new { kind = "OrderPlaced", subject = "{% if %}", body = "<p>x</p>" }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = (await response.Content.ReadFromJsonAsync<NotificationPreviewDto>(Json, Ct))!;
        preview.Subject.ShouldBe("Order #1001");
        preview.Html.ShouldContain("<p>Hi Alex Example, 2 lines</p>");
        preview.Html.ShouldContain(store.Name);
        preview.Text.ShouldContain("Hi Alex Example, 2 lines");
        (await broken.Content.ReadFromJsonAsync<NotificationPreviewDto>(Json, Ct))!.SubjectError.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_saved_template_is_listed_as_customized_and_reset_restores_the_default()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var url = TemplatesUrl(await CreateStoreAsync(owner));

        var saved = await owner.PutAsJsonAsync(url, new { kind = "OrderPaid", subject = "Paid {{ order.number }}", body = "<p>Thanks</p>", version = 0 }, Json, Ct);
        var listed = (await owner.GetFromJsonAsync<List<NotificationTemplateDto>>(url, Json, Ct))!.Single(t => t.Kind == NotificationKind.OrderPaid);
        var reset = await owner.PostAsJsonAsync($"{url}/reset", new { kind = "OrderPaid" }, Json, Ct);

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        listed.IsCustomized.ShouldBeTrue();
        listed.Subject.ShouldBe("Paid {{ order.number }}");
        (await reset.Content.ReadFromJsonAsync<NotificationTemplateDto>(Json, Ct))!.IsCustomized.ShouldBeFalse();
    }

    [Fact]
    public async Task A_French_store_s_templates_answer_the_French_default_and_reset_restores_it()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var url = TemplatesUrl(await CreateStoreAsync(owner, "fr-FR"));

        var listed = (await owner.GetFromJsonAsync<List<NotificationTemplateDto>>(url, Json, Ct))!.Single(t => t.Kind == NotificationKind.OrderPaid);
        var saved = await owner.PutAsJsonAsync(url, new { kind = "OrderPaid", subject = "Payé {{ order.number }}", body = "<p>Merci</p>", version = 0 }, Json, Ct);
        var reset = await owner.PostAsJsonAsync($"{url}/reset", new { kind = "OrderPaid" }, Json, Ct);

        listed.IsCustomized.ShouldBeFalse();
        listed.Subject.ShouldBe("Paiement reçu pour votre commande {{ order.number }}");
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        var restored = (await reset.Content.ReadFromJsonAsync<NotificationTemplateDto>(Json, Ct))!;
        restored.IsCustomized.ShouldBeFalse();
        restored.Subject.ShouldBe(listed.Subject);
        restored.Body.ShouldBe(listed.Body);
        restored.Body.ShouldContain("reçu votre paiement pour la commande");
    }

    [Fact]
    public async Task The_log_answers_an_empty_page_for_a_new_tenant_and_400_for_a_page_too_large()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var page = await owner.GetFromJsonAsync<PagedResultDto<NotificationLogDto>>("/api/notifications/log?status=Failed&kind=OrderPlaced", Json, Ct);
        var tooLarge = await owner.GetAsync("/api/notifications/log?maxResultCount=1000", Ct);

        page!.TotalCount.ShouldBe(0);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static string TemplatesUrl(StoreDto store) => $"/api/notifications/templates/{store.Id}";

    private static async Task<StoreDto> CreateStoreAsync(HttpClient owner, string locale = "de-DE")
    {
        var response = await owner.PostAsJsonAsync("/api/stores", StoreInput.Create() with { DefaultLocale = locale }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StoreDto>(Json, Ct))!;
    }
}
