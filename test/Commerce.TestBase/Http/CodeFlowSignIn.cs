using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Commerce.TestBase.Http;

/// <summary>
/// Signs in as the backoffice does, through the real authorization server: the authorization request, the
/// server-rendered sign-in page (with its anti-forgery token), the code, and the code exchange with PKCE.
/// </summary>
public static partial class CodeFlowSignIn
{
    public const string RedirectUri = "http://localhost/admin/";

    public static async Task<string> GetAccessTokenAsync(
        CommerceWebApplicationFactory factory, string? tenant, string email, string password, CancellationToken ct)
    {
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = CommerceOpenIdConsts.BackofficeClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["scope"] = $"openid profile email roles offline_access {CommerceOpenIdConsts.ApiScope}",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = "test",
        });

        var toLogin = await browser.GetAsync(authorize, ct);
        var loginUrl = Expect(toLogin, HttpStatusCode.Redirect).Headers.Location!.ToString();
        var loginPage = await browser.GetStringAsync(loginUrl, ct);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(loginPage).Groups[1].Value,
            ["ReturnUrl"] = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), loginUrl).Query)["ReturnUrl"].ToString(),
            ["Input.Tenant"] = tenant ?? string.Empty,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        var signedIn = await browser.PostAsync(loginUrl, new FormUrlEncodedContent(form), ct);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException("Sign-in failed: " + ErrorSummary(await signedIn.Content.ReadAsStringAsync(ct)));

        var toClient = await browser.GetAsync(signedIn.Headers.Location, ct);
        var callback = Expect(toClient, HttpStatusCode.Redirect).Headers.Location!;
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();

        var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = CommerceOpenIdConsts.BackofficeClientId,
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }), ct);
        var body = await Expect(token, HttpStatusCode.OK).Content.ReadFromJsonAsync<JsonElement>(ct);
        return body.GetProperty("access_token").GetString()!;
    }

    private static HttpResponseMessage Expect(HttpResponseMessage response, HttpStatusCode status) =>
        response.StatusCode == status ? response : throw new InvalidOperationException($"Expected {status}, got {(int)response.StatusCode} from {response.RequestMessage?.RequestUri}.");

    private static string ErrorSummary(string page) => string.Join(" ", AlertText().Matches(page).Select(m => m.Groups[1].Value.Trim()));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("role=\"alert\"[^>]*>(.*?)</", RegexOptions.Singleline)]
    private static partial Regex AlertText();
}
