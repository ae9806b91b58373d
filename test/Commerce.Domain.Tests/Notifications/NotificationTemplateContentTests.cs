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
    public void A_subject_is_kept_without_surrounding_whitespace()
    {
        new NotificationTemplateContent("  Hello {{ recipient.name }}  \n", "<p>x</p>").Subject.ShouldBe("Hello {{ recipient.name }}");
    }
}
