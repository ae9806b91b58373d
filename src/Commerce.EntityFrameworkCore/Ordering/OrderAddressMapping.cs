using Commerce.Ordering;
using Commerce.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Ordering;

internal static class OrderAddressMapping
{
    public static void Configure(OwnedNavigationBuilder<Order, OrderAddress> address)
    {
        address.Property(a => a.Name).HasColumnName("shipping_name").HasMaxLength(OrderingConsts.NameMaxLength);
        address.Property(a => a.Line1).HasColumnName("shipping_line1").HasMaxLength(StoreAddressConsts.LineMaxLength);
        address.Property(a => a.Line2).HasColumnName("shipping_line2").HasMaxLength(StoreAddressConsts.LineMaxLength);
        address.Property(a => a.City).HasColumnName("shipping_city").HasMaxLength(StoreAddressConsts.CityMaxLength);
        address.Property(a => a.Region).HasColumnName("shipping_region").HasMaxLength(StoreAddressConsts.RegionMaxLength);
        address.Property(a => a.PostalCode).HasColumnName("shipping_postal_code").HasMaxLength(StoreAddressConsts.PostalCodeMaxLength);
        address.Property(a => a.CountryCode).HasColumnName("shipping_country_code").HasMaxLength(2).IsFixedLength();
        address.Property(a => a.Phone).HasColumnName("shipping_phone").HasMaxLength(OrderingConsts.PhoneMaxLength);
    }
}
