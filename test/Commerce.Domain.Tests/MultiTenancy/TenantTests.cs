namespace Commerce.MultiTenancy;

public sealed class TenantTests
{
    [Fact]
    public void A_new_tenant_is_active_with_a_trimmed_name()
    {
        var tenant = new Tenant(Guid.CreateVersion7(), "  Acme Outdoor ", "acme");

        tenant.Name.ShouldBe("Acme Outdoor");
        tenant.Status.ShouldBe(TenantStatus.Active);
        tenant.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void A_name_longer_than_the_column_is_a_programming_error()
    {
        var tenant = new Tenant(Guid.CreateVersion7(), "Acme", "acme");

        Should.Throw<ArgumentOutOfRangeException>(() => tenant.Rename(new string('x', TenantConsts.NameMaxLength + 1)));
    }

    [Fact]
    public void A_change_prepared_from_an_older_version_is_refused_with_StaleVersion()
    {
        var tenant = new Tenant(Guid.CreateVersion7(), "Acme", "acme");

        var ex = Should.Throw<BusinessException>(() => tenant.EnsureVersion(tenant.Version + 1));

        ex.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
        ex.Kind.ShouldBe(BusinessErrorKind.Conflict);
    }
}
