namespace Commerce.Notifications;

public static class NotificationTemplateConsts
{
    public const int SubjectMaxLength = 256;
    public const int BodyMaxLength = 50_000;

    /// <summary>Rendering stops a template past this many steps, so a runaway loop cannot hold the job server.</summary>
    public const int MaxRenderSteps = 100_000;
}
