using Commerce.TestBase;
using Commerce.TestBase.Database;

namespace Commerce.Notifications;

public sealed class NotificationRenderingTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_customer_name_with_markup_is_encoded_in_the_html_and_kept_as_text_in_the_plain_part()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        const string name = "<script>alert('x')</script><img src=x onerror=alert(1)>";

        var message = await NotificationStores.RenderAsync(services, tenant, store.Id, NotificationKind.OrderPlaced, name, NotificationStores.Order("USD"), Ct);

        message.Html.ShouldNotContain("<script>");
        message.Html.ShouldNotContain("<img src=x");
        message.Html.ShouldContain("&lt;script&gt;");
        message.Text.ShouldContain(name);
    }

    [Theory]
    [InlineData("en-US", "USD", "$1,249.50")]
    [InlineData("de-DE", "EUR", "1.249,50 €")]
    [InlineData("en-GB", "GBP", "£1,249.50")]
    [InlineData("en-US", "JPY", "￥1,250")]
    [InlineData("fr-FR", "USD", "1 249,50 $")]
    public async Task Money_is_written_in_the_store_s_currency_and_locale(string locale, string currency, string expected)
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct, locale, currency);

        var message = await NotificationStores.RenderAsync(services, tenant, store.Id, NotificationKind.OrderPlaced, "Ada", NotificationStores.Order(currency), Ct);

        Plain(message.Text).ShouldContain(expected);
    }

    [Fact]
    public async Task The_store_s_logo_colors_and_storefront_frame_the_message_with_readable_text()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct, change: s => s with
        {
            LogoUrl = "https://cdn.example.com/logo.png",
            ContactEmail = "help@shop.example.com",
            Theme = s.Theme with { PrimaryColor = "#fde047", AccentColor = "#1e3a8a", TextColor = "#fafafa", BackgroundColor = "#ffffff" },
        });

        var message = await NotificationStores.RenderAsync(services, tenant, store.Id, NotificationKind.OrderShipped, "Ada",
            NotificationStores.Order("USD") with { Carrier = "DHL", TrackingNumber = "TRACK-9" }, Ct, actionUrl: "https://shop.example.com/orders/1");

        message.Html.ShouldContain("src=\"https://cdn.example.com/logo.png\"");
        message.Html.ShouldContain("background:#fde047;color:#111111");
        message.Html.ShouldContain("background:#1e3a8a;color:#ffffff");
        message.Html.ShouldNotContain("color:#fafafa");
        message.Html.ShouldContain($"href=\"http://{store.Slug}.localhost:5000/\"");
        message.Html.ShouldContain("help@shop.example.com");
        message.Text.ShouldContain("(https://shop.example.com/orders/1)");
        message.Text.ShouldContain("TRACK-9");
    }

    [Fact]
    public async Task A_store_template_replaces_the_default_until_it_is_reset()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        var own = new UpdateNotificationTemplateDto { Kind = NotificationKind.OrderPaid, Subject = "Paid: {{ order.number }}", Body = "<p>Thanks {{ recipient.name }}, {{ order.grand_total }} received.</p>" };

        await tenant.AsOwnerAsync<INotificationTemplateAppService, NotificationTemplateDto>(services, s => s.UpdateAsync(store.Id, own, Ct));
        var customized = await NotificationStores.RenderAsync(services, tenant, store.Id, NotificationKind.OrderPaid, "Ada", NotificationStores.Order("USD"), Ct);
        await tenant.AsOwnerAsync<INotificationTemplateAppService, NotificationTemplateDto>(services, s => s.ResetAsync(store.Id, new ResetNotificationTemplateDto { Kind = NotificationKind.OrderPaid }, Ct));
        var reset = await NotificationStores.RenderAsync(services, tenant, store.Id, NotificationKind.OrderPaid, "Ada", NotificationStores.Order("USD"), Ct);

        customized.Subject.ShouldBe("Paid: #1042");
        customized.Text.ShouldContain("Thanks Ada, $1,249.50 received.");
        reset.Subject.ShouldBe("Payment received for order #1042");
    }

    [Fact]
    public async Task The_preview_renders_a_sample_order_in_the_store_s_currency_and_names_parse_errors_by_field()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct, "de-DE", "EUR");

        var preview = await tenant.AsOwnerAsync<INotificationTemplateAppService, NotificationPreviewDto>(services, s => s.PreviewAsync(store.Id,
            new NotificationTemplateContentDto { Kind = NotificationKind.OrderPlaced, Subject = "{{ order.number }} for {{ recipient.name }}", Body = "<p>{{ order.grand_total }}</p>" }, Ct));
        var broken = await tenant.AsOwnerAsync<INotificationTemplateAppService, NotificationPreviewDto>(services, s => s.PreviewAsync(store.Id,
            new NotificationTemplateContentDto { Kind = NotificationKind.OrderPlaced, Subject = "ok", Body = "{% if %}" }, Ct));

        preview.Subject.ShouldBe("#1001 for Alex Example");
        Plain(preview.Html).ShouldContain("1.294,25 €");
        broken.SubjectError.ShouldBeNull();
        broken.BodyError.ShouldNotBeNullOrWhiteSpace();
        broken.Html.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}")]
    [InlineData("{% include 'secrets' %}")]
    public async Task A_template_that_fails_as_it_runs_is_previewed_as_an_error_of_its_field(string body)
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);

        var preview = await tenant.AsOwnerAsync<INotificationTemplateAppService, NotificationPreviewDto>(services, s => s.PreviewAsync(store.Id,
            new NotificationTemplateContentDto { Kind = NotificationKind.OrderPlaced, Subject = "Hi", Body = body }, Ct));

        preview.BodyError.ShouldNotBeNullOrWhiteSpace();
        preview.Html.ShouldBeEmpty();
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    // ICU separates groups and currency symbols with no-break spaces; the assertions read them as spaces.
    private static string Plain(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
