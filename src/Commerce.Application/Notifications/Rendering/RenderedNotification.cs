namespace Commerce.Notifications.Rendering;

public sealed record RenderedNotification(string Subject, string Html, string Text);
