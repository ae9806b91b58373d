using System.Text.RegularExpressions;
using Commerce.Notifications.Templates;

namespace Commerce.Notifications;

public sealed partial class DefaultNotificationTemplatesTests
{
    private static readonly HashSet<string> LiquidWords = ["if", "elsif", "else", "endif", "unless", "endunless", "for", "endfor", "in", "and", "or", "contains"];

    public static TheoryData<string> Languages => [.. DefaultNotificationTemplates.Languages];

    public static TheoryData<string> Translations => [.. DefaultNotificationTemplates.Languages.Where(l => l != DefaultNotificationTemplates.FallbackLanguage)];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_kind_has_a_subject_and_a_body_that_parse_and_name_the_store_or_the_order(string language)
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var content = DefaultNotificationTemplates.For(kind, language);

            content.Subject.ShouldNotBeNullOrWhiteSpace();
            NotificationTemplateParser.Validate(content.Subject).ShouldBeNull();
            NotificationTemplateParser.Validate(content.Body).ShouldBeNull();
            (content.Subject + content.Body).ShouldMatch(@"\{\{ (store\.name|order\.number) \}\}");
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_is_its_own_text_and_reads_the_same_values_as_the_English_template(string language)
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            var english = DefaultNotificationTemplates.For(kind, "en");
            var translated = DefaultNotificationTemplates.For(kind, language);

            translated.Subject.ShouldNotBe(english.Subject, $"{kind} subject");
            translated.Body.ShouldNotBe(english.Body, $"{kind} body");
            ValuesOf(translated.Subject).ShouldBe(ValuesOf(english.Subject), $"{kind} subject in {language}");
            ValuesOf(translated.Body).ShouldBe(ValuesOf(english.Body), $"{kind} body in {language}");
        }
    }

    [Theory]
    [InlineData("de-DE", "de")]
    [InlineData("de-CH", "de")]
    [InlineData("de-AT", "de")]
    [InlineData("fr-FR", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("fr-CH", "fr")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("es-ES", "en")]
    [InlineData("ja-JP", "en")]
    [InlineData("", "en")]
    public void A_locale_reads_the_defaults_of_its_language_and_a_language_not_shipped_reads_English(string locale, string language)
    {
        DefaultNotificationTemplates.LanguageOf(locale).ShouldBe(language);
        DefaultNotificationTemplates.For(NotificationKind.OrderPlaced, locale).ShouldBe(DefaultNotificationTemplates.For(NotificationKind.OrderPlaced, language));
    }

    // The names a template reads, sorted: every word inside {{ }} and {% %} that is not one of Liquid's own.
    private static List<string> ValuesOf(string template) =>
        [.. LiquidMarkup().Matches(template)
            .SelectMany(markup => Name().Matches(markup.Value).Select(name => name.Value))
            .Where(name => !LiquidWords.Contains(name))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidMarkup();

    [GeneratedRegex(@"[a-z_]+(?:\.[a-z_]+)*")]
    private static partial Regex Name();
}
