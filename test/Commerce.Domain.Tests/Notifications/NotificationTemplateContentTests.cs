using Commerce.Notifications.Templates;

namespace Commerce.Notifications;

public sealed class NotificationTemplateContentTests
{
    [Theory]
    [InlineData("Order {{ order.number", "<p>fine</p>", "subject")]
    [InlineData("Order {{ order.number }}", "{% if order %}<p>unclosed</p>", "body")]
    [InlineData("Hi", "{% for line in %}{% endfor %}", "body")]
    public void A_template_Liquid_cannot_parse_is_refused_naming_the_field_and_the_parser_s_message(string subject, string body, string field)
    {
        var ex = Should.Throw<BusinessException>(() => new NotificationTemplateContent(subject, body));

        ex.Code.ShouldBe(CommerceErrorCodes.Notifications.InvalidTemplate);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
        ex.Details["field"].ShouldBe(field);
        ex.Details["error"].ShouldBeOfType<string>().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Every_kind_has_a_default_template_that_parses_and_names_its_store_or_order()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var content = DefaultNotificationTemplates.For(kind);

            content.Subject.ShouldNotBeNullOrWhiteSpace();
            NotificationTemplateParser.Validate(content.Body).ShouldBeNull();
            (content.Subject + content.Body).ShouldMatch(@"\{\{ (store\.name|order\.number) \}\}");
        }
    }

    [Fact]
    public void A_subject_is_kept_without_surrounding_whitespace()
    {
        new NotificationTemplateContent("  Hello {{ recipient.name }}  \n", "<p>x</p>").Subject.ShouldBe("Hello {{ recipient.name }}");
    }
}
