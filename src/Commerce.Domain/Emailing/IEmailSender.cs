namespace Commerce.Emailing;

/// <summary>Sends one email through the platform's sender. Every message is logged, sent or not.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
