using System.Security.Cryptography.X509Certificates;

namespace Commerce.HttpApi.Host.Identity;

/// <summary>
/// The keys tokens are signed and encrypted with. In production they are certificates (OpenIddict:SigningCertificate
/// and OpenIddict:EncryptionCertificate: a PFX path and password) shared by every host; in development and tests
/// they are made at start-up, so tokens do not outlive the process.
/// </summary>
internal static class SigningKeys
{
    public static void Configure(OpenIddictServerBuilder server, IConfiguration configuration, bool allowEphemeral)
    {
        var signing = Load(configuration.GetSection("OpenIddict:SigningCertificate"));
        var encryption = Load(configuration.GetSection("OpenIddict:EncryptionCertificate"));
        if (signing is not null && encryption is not null)
        {
            server.AddSigningCertificate(signing).AddEncryptionCertificate(encryption);
            return;
        }

        if (!allowEphemeral)
            throw new InvalidOperationException("Configure OpenIddict:SigningCertificate and OpenIddict:EncryptionCertificate (Path and Password of a PFX).");
        server.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
    }

    private static X509Certificate2? Load(IConfigurationSection section) =>
        section["Path"] is { Length: > 0 } path
            ? X509CertificateLoader.LoadPkcs12FromFile(path, section["Password"])
            : null;
}
