using System.Globalization;

namespace Commerce.Policies;

public static class PolicyCheckerExtensions
{
    public static async Task<int> GetNumberAsync(this IPolicyChecker policies, string name, CancellationToken ct) =>
        int.Parse(await policies.GetValueAsync(name, ct), CultureInfo.InvariantCulture);

    public static async Task<IReadOnlyList<string>> GetListAsync(this IPolicyChecker policies, string name, CancellationToken ct) =>
        (await policies.GetValueAsync(name, ct)).Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Refuses with 403 <see cref="CommerceErrorCodes.Policies.NotAllowedByPolicy"/> a value the policy's list leaves out.</summary>
    public static async Task EnsureAllowedAsync(this IPolicyChecker policies, string name, string value, CancellationToken ct)
    {
        if (!(await policies.GetListAsync(name, ct)).Contains(value, StringComparer.Ordinal))
            throw new BusinessException(CommerceErrorCodes.Policies.NotAllowedByPolicy, BusinessErrorKind.Forbidden)
                .WithData("policy", CommercePolicyDefinitions.Get(name).DisplayName).WithData("value", value);
    }
}
