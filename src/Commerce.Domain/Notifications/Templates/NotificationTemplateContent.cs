namespace Commerce.Notifications.Templates;

/// <summary>
/// A subject and a body in Liquid: the subject renders as plain text, the body as HTML inside the email layout.
/// Both must parse (<see cref="CommerceErrorCodes.Notifications.InvalidTemplate"/> with the parser's message).
/// </summary>
public sealed record NotificationTemplateContent
{
    public NotificationTemplateContent(string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subject.Length, NotificationTemplateConsts.SubjectMaxLength, nameof(subject));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(body.Length, NotificationTemplateConsts.BodyMaxLength, nameof(body));
        Subject = EnsureParses(subject.Trim(), nameof(subject));
        Body = EnsureParses(body, nameof(body));
    }

    public string Subject { get; }

    public string Body { get; }

    private static string EnsureParses(string source, string field) =>
        NotificationTemplateParser.Validate(source) is { } error
            ? throw new BusinessException(CommerceErrorCodes.Notifications.InvalidTemplate, BusinessErrorKind.Invalid)
                .WithData("field", field)
                .WithData("error", error)
            : source;
}
