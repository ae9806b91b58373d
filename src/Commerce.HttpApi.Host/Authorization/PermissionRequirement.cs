using Microsoft.AspNetCore.Authorization;

namespace Commerce.HttpApi.Host.Authorization;

/// <summary>The caller holds the named permission (see IPermissionChecker).</summary>
internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
