namespace Commerce.MultiTenancy;

public sealed class CurrentTenantTests
{
    private readonly CurrentTenant currentTenant = new();

    [Fact]
    public void Scopes_nest_and_each_restores_the_tenant_before_it()
    {
        var a = Guid.CreateVersion7();
        var b = Guid.CreateVersion7();

        using (currentTenant.Change(a))
        {
            using (currentTenant.Change(b))
                currentTenant.Id.ShouldBe(b);
            currentTenant.Id.ShouldBe(a);
            using (currentTenant.Change(null))
                currentTenant.IsAvailable.ShouldBeFalse();
            currentTenant.Id.ShouldBe(a);
        }

        currentTenant.Id.ShouldBeNull();
    }

    [Fact]
    public async Task A_tenant_set_in_one_async_flow_does_not_leak_into_another()
    {
        var a = Guid.CreateVersion7();
        var seenByOther = Guid.Empty;
        var entered = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        var other = Task.Run(async () =>
        {
            await entered.Task;
            seenByOther = currentTenant.Id ?? Guid.Empty;
            release.SetResult();
        }, TestContext.Current.CancellationToken);
        using (currentTenant.Change(a))
        {
            entered.SetResult();
            await release.Task;
        }

        await other;
        seenByOther.ShouldBe(Guid.Empty);
    }
}
