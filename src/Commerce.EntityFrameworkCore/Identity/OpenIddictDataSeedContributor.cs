using Commerce.Data;
using Commerce.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Commerce.EntityFrameworkCore.Identity;

/// <summary>Registers the backoffice as a client; a later run updates its addresses only when they changed.</summary>
internal sealed class OpenIddictDataSeedContributor(IOpenIddictApplicationManager applications, IOptions<BackofficeClientOptions> options)
    : IDataSeedContributor
{
    private static readonly string[] DefaultRootUrls = ["http://localhost:5000/admin/"];

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null)
            return;
        var descriptor = CreateDescriptor(options.Value.RootUrls is { Count: > 0 } urls ? urls : DefaultRootUrls);
        var existing = await applications.FindByClientIdAsync(CommerceOpenIdConsts.BackofficeClientId, ct);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, ct);
            return;
        }

        var current = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(current, existing, ct);
        if (!current.RedirectUris.SetEquals(descriptor.RedirectUris) || !current.Permissions.SetEquals(descriptor.Permissions))
            await applications.UpdateAsync(existing, descriptor, ct);
    }

    private static OpenIddictApplicationDescriptor CreateDescriptor(IEnumerable<string> rootUrls)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = CommerceOpenIdConsts.BackofficeClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Commerce backoffice",
            Permissions =
            {
                OpenIddictConstants.Permissions.Endpoints.Authorization, OpenIddictConstants.Permissions.Endpoints.Token, OpenIddictConstants.Permissions.Endpoints.EndSession,
                OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode, OpenIddictConstants.Permissions.GrantTypes.RefreshToken, OpenIddictConstants.Permissions.ResponseTypes.Code,
                OpenIddictConstants.Permissions.Scopes.Email, OpenIddictConstants.Permissions.Scopes.Profile, OpenIddictConstants.Permissions.Scopes.Roles,
                OpenIddictConstants.Permissions.Prefixes.Scope + CommerceOpenIdConsts.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var url in rootUrls)
        {
            descriptor.RedirectUris.Add(new Uri(url));
            descriptor.PostLogoutRedirectUris.Add(new Uri(url));
        }

        return descriptor;
    }
}
