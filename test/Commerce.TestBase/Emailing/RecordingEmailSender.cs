using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Commerce.Emailing;

namespace Commerce.TestBase.Emailing;

/// <summary>The mail server, at the edge of the process: keeps what would have been sent.</summary>
public sealed partial class RecordingEmailSender : IEmailSender
{
    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    public Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }

    /// <summary>The query parameters of the link in the last message to this address.</summary>
    public IReadOnlyDictionary<string, string> LastLinkTo(string email)
    {
        var message = Sent.Last(m => m.To == email);
        var query = LinkQuery().Match(message.TextBody).Groups[1].Value;
        return query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
    }

    [GeneratedRegex(@"https?://\S+?\?(\S+)")]
    private static partial Regex LinkQuery();
}
