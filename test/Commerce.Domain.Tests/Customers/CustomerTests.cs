namespace Commerce.Customers;

public sealed class CustomerTests
{
    private static readonly CustomerAddressDetails Home = new("Ada", "1 Main St", null, "Springfield", null, "12345", "us", null);

    [Fact]
    public void A_new_customer_raises_CustomerRegistered_and_normalizes_the_email()
    {
        var storeId = Guid.CreateVersion7();
        var customer = new Customer(Guid.CreateVersion7(), " Ada@Example.com ", "Ada", storeId);

        customer.Email.ShouldBe("Ada@Example.com");
        customer.NormalizedEmail.ShouldBe("ADA@EXAMPLE.COM");
        customer.DomainEvents.ShouldBe([new CustomerRegistered(customer.Id, storeId)]);
    }

    [Fact]
    public void The_first_address_is_the_default_and_removing_the_default_promotes_the_next()
    {
        var customer = new Customer(Guid.CreateVersion7(), "ada@example.com", "Ada", Guid.CreateVersion7());
        var first = customer.AddAddress(Guid.CreateVersion7(), Home);
        var second = customer.AddAddress(Guid.CreateVersion7(), Home with { Line1 = "2 Side St" });

        first.IsDefault.ShouldBeTrue();
        second.IsDefault.ShouldBeFalse();
        first.CountryCode.ShouldBe("US");
        customer.MakeDefaultAddress(second.Id);
        first.IsDefault.ShouldBeFalse();
        customer.RemoveAddress(second.Id);
        first.IsDefault.ShouldBeTrue();
    }

    [Fact]
    public void An_account_keeps_a_bounded_number_of_addresses()
    {
        var customer = new Customer(Guid.CreateVersion7(), "ada@example.com", "Ada", Guid.CreateVersion7());
        for (var i = 0; i < CustomerConsts.MaxAddressCount; i++)
            customer.AddAddress(Guid.CreateVersion7(), Home);

        Should.Throw<BusinessException>(() => customer.AddAddress(Guid.CreateVersion7(), Home)).Code.ShouldBe(CommerceErrorCodes.Customers.TooManyAddresses);
    }

    [Fact]
    public void A_password_reset_request_carries_no_token()
    {
        var customer = new Customer(Guid.CreateVersion7(), "ada@example.com", "Ada", Guid.CreateVersion7());
        var storeId = Guid.CreateVersion7();

        customer.RequestPasswordReset(storeId, "https://shop.example.com");

        customer.DomainEvents[^1].ShouldBe(new CustomerPasswordResetRequested(customer.Id, storeId, "https://shop.example.com"));
    }
}
