using Commerce.EntityFrameworkCore.Schema;
using Commerce.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Stores;

internal sealed class StoreConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> builder)
    {
        builder.ToTable("stores", "stores");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(StoreConsts.NameMaxLength);
        builder.Property(x => x.Slug).HasMaxLength(StoreConsts.SlugMaxLength);
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.Property(x => x.DefaultLocale).HasMaxLength(StoreConsts.LocaleMaxLength);
        builder.Property(x => x.Currency).HasMaxLength(StoreConsts.CurrencyLength).IsFixedLength();
        builder.Property(x => x.TimeZone).HasMaxLength(StoreConsts.TimeZoneMaxLength);
        builder.Property(x => x.ContactEmail).HasMaxLength(StoreConsts.EmailMaxLength);
        builder.Property(x => x.ContactPhone).HasMaxLength(StoreConsts.PhoneMaxLength);
        builder.Property(x => x.LogoUrl).HasMaxLength(StoreConsts.UrlMaxLength);
        builder.Property(x => x.ReturnPolicy).HasMaxLength(StoreConsts.PolicyTextMaxLength);
        builder.Ignore(x => x.CustomDomains);
        builder.HasIndex("TenantId", nameof(Store.Name));

        builder.OwnsOne(x => x.Address, address =>
        {
            address.Property(a => a.Line1).HasMaxLength(StoreAddressConsts.LineMaxLength);
            address.Property(a => a.Line2).HasMaxLength(StoreAddressConsts.LineMaxLength);
            address.Property(a => a.City).HasMaxLength(StoreAddressConsts.CityMaxLength);
            address.Property(a => a.Region).HasMaxLength(StoreAddressConsts.RegionMaxLength);
            address.Property(a => a.PostalCode).HasMaxLength(StoreAddressConsts.PostalCodeMaxLength);
            address.Property(a => a.CountryCode).HasMaxLength(2).IsFixedLength();
        });
        builder.Navigation(x => x.Address).IsRequired();

        // A complex property, not an owned entity: soft-deleting the store must not null its columns.
        builder.ComplexProperty(x => x.Tax, tax =>
        {
            tax.Property(t => t.RatePercent).HasColumnName("tax_rate_percent").HasPrecision(6, StoreTaxConsts.RateDecimals);
            tax.Property(t => t.PricesIncludeTax).HasColumnName("prices_include_tax");
            tax.Property(t => t.TaxShipping).HasColumnName("tax_shipping");
        });

        builder.OwnsOne(x => x.Theme, theme =>
        {
            theme.ToJson("theme");
            theme.OwnsMany(t => t.Banners);
        });
        builder.Navigation(x => x.Theme).IsRequired();

        // The platform-wide name registry: its owner key is named store_tenant_id, not tenant_id, so the table has
        // no row-level security and resolution can read it before the tenant is known. Rows hold only public names.
        builder.OwnsMany(x => x.Domains, domains =>
        {
            domains.ToTable("store_domains", "stores");
            domains.Property<Guid>("StoreTenantId");
            domains.Property<Guid>("StoreId");
            domains.WithOwner().HasForeignKey("StoreTenantId", "StoreId");
            domains.HasKey("StoreTenantId", "StoreId", nameof(StoreDomain.Name));
            domains.Property(d => d.Name).HasMaxLength(StoreConsts.HostMaxLength);
            domains.Property(d => d.Kind).HasMaxLength(16);
            domains.HasIndex(d => d.Name).IsUnique().HasFilter("kind = 'Slug'").HasDatabaseName("ix_store_domains_slug")
                .HasErrorCode(CommerceErrorCodes.Stores.DuplicateStoreSlug);
            domains.HasIndex(d => d.Name).IsUnique().HasFilter("kind = 'Custom'").HasDatabaseName("ix_store_domains_custom")
                .HasErrorCode(CommerceErrorCodes.Stores.DuplicateDomain);
        });
        builder.Navigation(x => x.Domains).AutoInclude();
    }
}
