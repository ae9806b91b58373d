using Commerce.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Customers;

internal sealed class CustomerAddressConfiguration : IEntityTypeConfiguration<CustomerAddress>
{
    public void Configure(EntityTypeBuilder<CustomerAddress> builder)
    {
        builder.ToTable("customer_addresses", "customers");
        builder.HasKey(x => new { x.TenantId, x.Id });
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(CustomerAddressConsts.NameMaxLength);
        builder.Property(x => x.Line1).HasMaxLength(CustomerAddressConsts.LineMaxLength);
        builder.Property(x => x.Line2).HasMaxLength(CustomerAddressConsts.LineMaxLength);
        builder.Property(x => x.City).HasMaxLength(CustomerAddressConsts.CityMaxLength);
        builder.Property(x => x.Region).HasMaxLength(CustomerAddressConsts.RegionMaxLength);
        builder.Property(x => x.PostalCode).HasMaxLength(CustomerAddressConsts.PostalCodeMaxLength);
        builder.Property(x => x.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(x => x.Phone).HasMaxLength(CustomerConsts.PhoneMaxLength);
        builder.HasIndex(x => new { x.TenantId, x.CustomerId });
    }
}
