using System.Net;
using Commerce.Emailing;
using Commerce.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Commerce.Identity;

/// <summary>
/// The account emails: an invitation and a password reset, each with a link to the set-password page that
/// works once (the token is bound to the account's security stamp, which setting the password changes).
/// </summary>
public sealed class AccountEmails(
    UserManager<CommerceUser> users, ITenantStore tenants, ICurrentTenant currentTenant, IEmailSender sender, IOptions<AppUrlOptions> options)
{
    public const string SetPasswordPath = "/account/set-password";

    public async Task SendInvitationAsync(CommerceUser user, CancellationToken ct)
    {
        var store = currentTenant.Id is { } id ? (await tenants.FindAsync(id, ct))?.Name : null;
        var link = await CreateLinkAsync(user, ct);
        var subject = $"You are invited to {store ?? "Commerce"}";
        await sender.SendAsync(Compose(user.Email!, subject, $"You have been invited to manage {store ?? "a store"} on Commerce.", "Accept the invitation", link), ct);
    }

    public async Task SendPasswordResetAsync(CommerceUser user, CancellationToken ct)
    {
        var link = await CreateLinkAsync(user, ct);
        await sender.SendAsync(Compose(user.Email!, "Reset your Commerce password", "Someone asked to reset the password of this account. If it was not you, ignore this email.", "Choose a new password", link), ct);
    }

    private async Task<string> CreateLinkAsync(CommerceUser user, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var slug = currentTenant.Id is { } id ? (await tenants.FindAsync(id, ct))?.Slug : null;
        return $"{options.Value.SelfUrl.TrimEnd('/')}{SetPasswordPath}?tenant={Uri.EscapeDataString(slug ?? string.Empty)}"
            + $"&email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}";
    }

    private static EmailMessage Compose(string to, string subject, string text, string action, string link)
    {
        var html = $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(action)}</a></p>";
        return new EmailMessage(to, subject, html, $"{text}\n\n{action}: {link}\n");
    }
}
