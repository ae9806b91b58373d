using Commerce.Users;

namespace Commerce.Customers;

public sealed class CurrentCustomer(ICurrentPrincipalAccessor principalAccessor) : ICurrentCustomer
{
    public Guid? Id => Guid.TryParse(principalAccessor.Principal?.FindFirst(CommerceClaimTypes.CustomerId)?.Value, out var id) ? id : null;

    public string? Email => Id is null ? null : principalAccessor.Principal?.FindFirst(CommerceClaimTypes.Email)?.Value;
}
