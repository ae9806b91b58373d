using Commerce.Features;
using Commerce.Identity;
using Commerce.Localization;
using Commerce.MultiTenancy;
using Commerce.Permissions;
using Commerce.Policies;
using Commerce.Users;
using Microsoft.AspNetCore.Identity;

namespace Commerce.ApplicationConfigurations;

/// <summary>Open to anyone: an anonymous caller gets no user, no permissions and the defaults.</summary>
public sealed class ApplicationConfigurationAppService(
    ICurrentUser currentUser, ICurrentTenant currentTenant, ITenantStore tenantStore, IEditionRepository editions,
    IPermissionChecker permissions, IFeatureChecker features, IPolicyChecker policies, UserManager<CommerceUser> users)
    : IApplicationConfigurationAppService
{
    public async Task<ApplicationConfigurationDto> GetAsync(CancellationToken ct) => new()
    {
        CurrentUser = await DescribeUserAsync(),
        CurrentTenant = await DescribeTenantAsync(ct),
        GrantedPermissions = await permissions.GetGrantedAsync(ct),
        Features = await features.GetAllAsync(ct),
        Policies = await policies.GetAllAsync(ct),
        Localization = new LocalizationDto { CurrentCulture = "en", Texts = CommerceResource.Texts },
    };

    private async Task<CurrentUserDto> DescribeUserAsync()
    {
        if (currentUser.Id is not { } id)
            return new CurrentUserDto();
        var user = await users.FindByIdAsync(id.ToString());
        return new CurrentUserDto
        {
            IsAuthenticated = true,
            Id = id,
            UserName = currentUser.UserName,
            Email = user?.Email,
            Name = user?.Name,
            Roles = currentUser.Roles,
        };
    }

    private async Task<CurrentTenantDto?> DescribeTenantAsync(CancellationToken ct)
    {
        if (currentTenant.Id is not { } id || await tenantStore.FindAsync(id, ct) is not { } tenant)
            return null;
        var edition = tenant.EditionId is { } editionId ? await editions.FindAsync(editionId, ct) : null;
        return new CurrentTenantDto
        {
            Id = tenant.Id,
            Slug = tenant.Slug,
            Name = tenant.Name,
            Status = tenant.Status,
            EditionId = tenant.EditionId,
            EditionName = edition?.DisplayName,
        };
    }
}
