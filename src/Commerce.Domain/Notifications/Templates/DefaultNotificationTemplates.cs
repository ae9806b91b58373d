using System.Collections.Frozen;
using System.Globalization;

namespace Commerce.Notifications.Templates;

/// <summary>
/// The product's own template for every kind, in each shipped language, as embedded resources: English in
/// "Defaults/{Kind}.subject.liquid" and "Defaults/{Kind}.body.liquid", another language in
/// "Defaults/{Kind}.{language}.subject.liquid" and "Defaults/{Kind}.{language}.body.liquid".
/// </summary>
public static class DefaultNotificationTemplates
{
    /// <summary>The language of a locale no template is shipped in.</summary>
    public const string FallbackLanguage = "en";

    /// <summary>The two-letter languages every kind is shipped in, the fallback first.</summary>
    public static readonly IReadOnlyList<string> Languages = [FallbackLanguage, "de", "fr"];

    private static readonly FrozenDictionary<(NotificationKind Kind, string Language), NotificationTemplateContent> All =
        Enum.GetValues<NotificationKind>()
            .SelectMany(kind => Languages.Select(language => (kind, language)))
            .ToFrozenDictionary(key => key, key => Load(key.kind, key.language));

    /// <summary>The default of a kind in the locale's language ("de-CH" reads German), or English when none is shipped.</summary>
    public static NotificationTemplateContent For(NotificationKind kind, string locale) => All[(kind, LanguageOf(locale))];

    /// <summary>The shipped language a locale's defaults are written in: its two-letter language, else <see cref="FallbackLanguage"/>.</summary>
    public static string LanguageOf(string locale)
    {
        ArgumentNullException.ThrowIfNull(locale);
        try
        {
            var language = CultureInfo.GetCultureInfo(locale).TwoLetterISOLanguageName;
            return Languages.Contains(language, StringComparer.Ordinal) ? language : FallbackLanguage;
        }
        catch (CultureNotFoundException)
        {
            return FallbackLanguage;
        }
    }

    private static string ReadResource(string name)
    {
        var assembly = typeof(DefaultNotificationTemplates).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Commerce.Notifications.{name}")
            ?? throw new InvalidOperationException($"The embedded notification resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static NotificationTemplateContent Load(NotificationKind kind, string language)
    {
        var prefix = language == FallbackLanguage ? $"Defaults.{kind}" : $"Defaults.{kind}.{language}";
        return new(ReadResource($"{prefix}.subject.liquid").Trim(), ReadResource($"{prefix}.body.liquid"));
    }
}
