using System.Globalization;

namespace Commerce.Features;

public static class FeatureCheckerExtensions
{
    public static async Task<bool> IsEnabledAsync(this IFeatureChecker features, string name, CancellationToken ct) =>
        await features.GetValueAsync(name, ct) == "true";

    public static async Task<int> GetNumberAsync(this IFeatureChecker features, string name, CancellationToken ct) =>
        int.Parse(await features.GetValueAsync(name, ct), CultureInfo.InvariantCulture);

    /// <summary>Refuses with 403 <see cref="CommerceErrorCodes.Features.FeatureDisabled"/>, naming the feature, when the plan lacks it.</summary>
    public static async Task CheckEnabledAsync(this IFeatureChecker features, string name, CancellationToken ct)
    {
        if (!await features.IsEnabledAsync(name, ct))
            throw new BusinessException(CommerceErrorCodes.Features.FeatureDisabled, BusinessErrorKind.Forbidden)
                .WithData("feature", CommerceFeatureDefinitions.Get(name).DisplayName);
    }

    /// <summary>
    /// Refuses with 403 and the given code when the tenant already has as many as its plan allows; the error
    /// carries the limit. Where the limit must hold under concurrency, the caller serializes creations first.
    /// </summary>
    public static async Task EnsureBelowLimitAsync(
        this IFeatureChecker features, string name, Func<CancellationToken, Task<int>> count, string limitReachedCode, CancellationToken ct)
    {
        var limit = await features.GetNumberAsync(name, ct);
        if (await count(ct) >= limit)
            throw new BusinessException(limitReachedCode, BusinessErrorKind.Forbidden).WithData("limit", limit);
    }
}
