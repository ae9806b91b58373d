using System.Collections.Frozen;

namespace Commerce.Notifications.Templates;

/// <summary>The product's own template for every kind, shipped as embedded resources ("Defaults/{Kind}.subject.liquid").</summary>
public static class DefaultNotificationTemplates
{
    private static readonly FrozenDictionary<NotificationKind, NotificationTemplateContent> All =
        Enum.GetValues<NotificationKind>().ToFrozenDictionary(kind => kind, Load);

    public static NotificationTemplateContent For(NotificationKind kind) => All[kind];

    private static string ReadResource(string name)
    {
        var assembly = typeof(DefaultNotificationTemplates).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Commerce.Notifications.{name}")
            ?? throw new InvalidOperationException($"The embedded notification resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static NotificationTemplateContent Load(NotificationKind kind) =>
        new(ReadResource($"Defaults.{kind}.subject.liquid").Trim(), ReadResource($"Defaults.{kind}.body.liquid"));
}
