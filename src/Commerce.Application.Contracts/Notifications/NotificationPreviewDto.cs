namespace Commerce.Notifications;

/// <summary>
/// A template rendered with a sample order. A subject or body that does not parse leaves its part empty and names
/// the parser's message instead, so the editor can show it beside the field while typing.
/// </summary>
public sealed record NotificationPreviewDto
{
    public required string Subject { get; init; }

    public required string Html { get; init; }

    public required string Text { get; init; }

    public string? SubjectError { get; init; }

    public string? BodyError { get; init; }
}
