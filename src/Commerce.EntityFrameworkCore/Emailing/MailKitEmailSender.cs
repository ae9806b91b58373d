using Commerce.Emailing;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Commerce.EntityFrameworkCore.Emailing;

/// <summary>Builds the message with MimeKit and either sends it over SMTP (MailKit) or writes it to a folder.</summary>
internal sealed partial class MailKitEmailSender(IOptions<EmailOptions> options, TimeProvider clock, ILogger<MailKitEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        using var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Date = clock.GetUtcNow();
        mime.Body = new BodyBuilder { HtmlBody = message.HtmlBody, TextBody = message.TextBody }.ToMessageBody();

        if (string.Equals(settings.Delivery, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
            if (settings.SmtpUserName is { Length: > 0 } user)
                await smtp.AuthenticateAsync(user, settings.SmtpPassword ?? string.Empty, ct);
            await smtp.SendAsync(mime, ct);
            await smtp.DisconnectAsync(quit: true, ct);
        }
        else
        {
            var folder = Path.GetFullPath(settings.Folder);
            Directory.CreateDirectory(folder);
            await mime.WriteToAsync(Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml"), ct);
        }

        LogSent(logger, mime.MessageId ?? string.Empty, message.Subject, settings.Delivery);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {MessageId} '{Subject}' delivered by {Delivery}")]
    private static partial void LogSent(ILogger logger, string messageId, string subject, string delivery);
}
