using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Customers;

/// <summary>
/// A shopper's account with the tenant: one account for all the tenant's stores. Its credentials are kept the way
/// ASP.NET Core Identity needs them (hash, security stamp, lockout counters), so UserManager hashes, locks out and
/// issues reset tokens; <see cref="CustomerManager"/> creates it and keeps the email unique in the tenant.
/// </summary>
public sealed class Customer : FullAuditedAggregateRoot, IMultiTenant
{
    private readonly List<CustomerAddress> addresses = [];

    private Customer()
    {
        Email = NormalizedEmail = Name = SecurityStamp = string.Empty;
    }

    internal Customer(Guid id, string email, string name, Guid storeId)
        : base(id)
    {
        Email = NormalizedEmail = Name = string.Empty;
        ChangeEmail(email);
        Rename(name);
        SecurityStamp = Guid.NewGuid().ToString("N");
        AddDomainEvent(new CustomerRegistered(id, storeId));
    }

    public Guid TenantId { get; private set; }

    public string Email { get; private set; }

    /// <summary>Upper-case invariant email, the key of the unique index.</summary>
    public string NormalizedEmail { get; private set; }

    public string Name { get; private set; }

    public string? Phone { get; private set; }

    public string? PasswordHash { get; private set; }

    /// <summary>Changes with the password, so reset tokens and sign-in cookies issued before stop working.</summary>
    public string SecurityStamp { get; private set; }

    public int AccessFailedCount { get; private set; }

    public DateTimeOffset? LockoutEnd { get; private set; }

    public IReadOnlyList<CustomerAddress> Addresses => addresses;

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, CustomerConsts.NameMaxLength, nameof(name));
        Name = name.Trim();
    }

    public void ChangePhone(string? phone)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(phone?.Trim().Length ?? 0, CustomerConsts.PhoneMaxLength, nameof(phone));
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
    }

    public void SetPasswordHash(string? hash) => PasswordHash = hash;

    public void SetSecurityStamp(string stamp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stamp);
        SecurityStamp = stamp;
    }

    public void RecordFailedAccess() => AccessFailedCount++;

    public void ResetAccessFailedCount() => AccessFailedCount = 0;

    public void SetLockoutEnd(DateTimeOffset? end) => LockoutEnd = end;

    public void RequestPasswordReset(Guid storeId, string storefrontOrigin) =>
        AddDomainEvent(new CustomerPasswordResetRequested(Id, storeId, storefrontOrigin));

    public CustomerAddress AddAddress(Guid addressId, CustomerAddressDetails details)
    {
        if (addresses.Count >= CustomerConsts.MaxAddressCount)
            throw new BusinessException(CommerceErrorCodes.Customers.TooManyAddresses, BusinessErrorKind.Invalid).WithData("max", CustomerConsts.MaxAddressCount);
        var address = new CustomerAddress(addressId, Id, details) { IsDefault = addresses.Count == 0 };
        addresses.Add(address);
        return address;
    }

    public void UpdateAddress(Guid addressId, CustomerAddressDetails details) => GetAddress(addressId).Apply(details);

    /// <summary>Removes an address; when it was the default, the first remaining one becomes the default.</summary>
    public void RemoveAddress(Guid addressId)
    {
        var address = GetAddress(addressId);
        addresses.Remove(address);
        if (address.IsDefault && addresses.Count > 0)
            addresses[0].IsDefault = true;
    }

    public void MakeDefaultAddress(Guid addressId)
    {
        var address = GetAddress(addressId);
        foreach (var other in addresses)
            other.IsDefault = ReferenceEquals(other, address);
    }

    private CustomerAddress GetAddress(Guid addressId) =>
        addresses.Find(a => a.Id == addressId) ?? throw new EntityNotFoundException(typeof(CustomerAddress), addressId);

    private void ChangeEmail(string email)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(email.Trim().Length, CustomerConsts.EmailMaxLength, nameof(email));
        Email = email.Trim();
        NormalizedEmail = Normalize(email);
    }
}
