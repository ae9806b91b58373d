using Commerce.Emailing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Commerce.EntityFrameworkCore.Emailing;

public sealed class MailKitEmailSenderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "commerce-mail-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task In_development_each_message_is_written_to_the_mail_folder_as_a_readable_eml_file()
    {
        var sender = new MailKitEmailSender(
            Options.Create(new EmailOptions { Delivery = "Folder", Folder = folder }),
            new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero)),
            NullLogger<MailKitEmailSender>.Instance);

        await sender.SendAsync(new EmailMessage("ada@shop.test", "Reset your password", "<p>Hi</p>", "Hi: https://x.test/reset?token=1"), TestContext.Current.CancellationToken);

        var file = Directory.GetFiles(folder, "*.eml").ShouldHaveSingleItem();
        using var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        message.Subject.ShouldBe("Reset your password");
        message.To.Mailboxes.Single().Address.ShouldBe("ada@shop.test");
        message.TextBody!.ShouldContain("https://x.test/reset?token=1");
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
