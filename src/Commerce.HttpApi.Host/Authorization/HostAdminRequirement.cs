using Microsoft.AspNetCore.Authorization;

namespace Commerce.HttpApi.Host.Authorization;

/// <summary>The caller administers the platform.</summary>
internal sealed class HostAdminRequirement : IAuthorizationRequirement;
