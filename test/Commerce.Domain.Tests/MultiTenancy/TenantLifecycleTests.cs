namespace Commerce.MultiTenancy;

public sealed class TenantLifecycleTests
{
    private readonly Tenant tenant = new(Guid.CreateVersion7(), "Acme", "acme");

    [Fact]
    public void A_suspended_tenant_is_inactive_and_keeps_the_reason_until_reactivated()
    {
        tenant.Suspend("Unpaid invoice");

        tenant.IsActive.ShouldBeFalse();
        tenant.SuspensionReason.ShouldBe("Unpaid invoice");

        tenant.Reactivate();

        tenant.IsActive.ShouldBeTrue();
        tenant.SuspensionReason.ShouldBeNull();
    }

    [Fact]
    public void Suspending_twice_fails_with_TenantAlreadySuspended()
    {
        tenant.Suspend("Unpaid invoice");

        Should.Throw<BusinessException>(() => tenant.Suspend("Again")).Code.ShouldBe(CommerceErrorCodes.MultiTenancy.TenantAlreadySuspended);
    }

    [Fact]
    public void Reactivating_an_active_tenant_fails_with_TenantNotSuspended() =>
        Should.Throw<BusinessException>(tenant.Reactivate).Code.ShouldBe(CommerceErrorCodes.MultiTenancy.TenantNotSuspended);

    [Fact]
    public void A_suspension_needs_a_reason() =>
        Should.Throw<ArgumentException>(() => tenant.Suspend(" "));
}
