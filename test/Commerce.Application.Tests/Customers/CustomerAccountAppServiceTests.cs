using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Commerce.TestBase.Security;
using Commerce.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Customers;

public sealed class CustomerAccountAppServiceTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Password = "Shopper-Password-1";

    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task An_email_has_one_account_per_tenant_whatever_its_case_and_another_tenant_may_reuse_it()
    {
        var (first, _) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        var (second, _) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        await RegisterAsync(first.Id, "ada@example.com");

        var duplicate = await Should.ThrowAsync<BusinessException>(() => RegisterAsync(first.Id, "ADA@example.com"));
        duplicate.Code.ShouldBe(CommerceErrorCodes.Customers.DuplicateEmail);
        (await RegisterAsync(second.Id, "ada@example.com")).Email.ShouldBe("ada@example.com");
    }

    [Fact]
    public async Task Passwords_are_hashed_with_at_least_210000_iterations_and_five_failures_lock_the_account()
    {
        var (tenant, _) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        await RegisterAsync(tenant.Id, "lin@example.com");
        using var scope = services.AsTenant(tenant.Id);
        var hash = await services.InScopeAsync(async sp =>
            (await sp.GetRequiredService<ICustomerRepository>().FindByNormalizedEmailAsync("LIN@EXAMPLE.COM", Ct))!.PasswordHash!);
        // Identity's v3 format: marker, PRF, then the iteration count as a big-endian integer.
        var bytes = Convert.FromBase64String(hash);
        (bytes[5] << 24 | bytes[6] << 16 | bytes[7] << 8 | bytes[8]).ShouldBeGreaterThanOrEqualTo(210_000);

        for (var i = 0; i < CustomerConsts.MaxFailedSignIns; i++)
            (await CheckAsync("lin@example.com", "wrong-password-1")).Succeeded.ShouldBeFalse();
        var locked = await CheckAsync("lin@example.com", Password);

        locked.Succeeded.ShouldBeFalse();
        locked.IsLockedOut.ShouldBeTrue();
    }

    [Fact]
    public async Task Addresses_belong_to_the_signed_in_customer_only()
    {
        var (tenant, _) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        var ada = await RegisterAsync(tenant.Id, "ada@example.com");
        var bob = await RegisterAsync(tenant.Id, "bob@example.com");
        var address = await AsCustomerAsync(tenant.Id, ada.Id, s => s.CreateAsync(new SaveCustomerAddressDto
        {
            Name = "Ada", Line1 = "1 Main St", City = "Springfield", PostalCode = "12345", CountryCode = "US",
        }, Ct));

        (await AsCustomerAsync(tenant.Id, bob.Id, s => s.GetListAsync(Ct))).ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => AsCustomerAsync(tenant.Id, bob.Id, async s =>
        {
            await s.DeleteAsync(address.Id, Ct);
            return true;
        }));
        (await AsCustomerAsync(tenant.Id, ada.Id, s => s.GetListAsync(Ct))).Single().IsDefault.ShouldBeTrue();
    }

    private Task<CustomerDto> RegisterAsync(Guid tenantId, string email)
    {
        using var scope = services.AsTenant(tenantId);
        return services.InScopeAsync(sp => sp.GetRequiredService<ICustomerAccountAppService>()
            .RegisterAsync(new RegisterCustomerDto { Email = email, Name = "A Shopper", Password = Password }, Guid.CreateVersion7(), Ct));
    }

    private Task<CustomerSignInResultDto> CheckAsync(string email, string password) =>
        services.InScopeAsync(sp => sp.GetRequiredService<ICustomerAccountAppService>().CheckPasswordAsync(email, password, Ct));

    private async Task<T> AsCustomerAsync<T>(Guid tenantId, Guid customerId, Func<ICustomerAddressAppService, Task<T>> action)
    {
        using var scope = services.AsTenant(tenantId);
        using var principal = services.Services.GetRequiredService<ICurrentPrincipalAccessor>().Change(TestPrincipals.Customer(customerId, tenantId));
        return await services.InScopeAsync(sp => action(sp.GetRequiredService<ICustomerAddressAppService>()));
    }
}
