using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores.ShippingMethods;

/// <summary>The price for orders weighing up to <see cref="UpToGrams"/> (above the previous bracket).</summary>
public sealed record WeightRateDto
{
    [Range(1, int.MaxValue)]
    public int UpToGrams { get; init; }

    [Range(typeof(decimal), "0", "1000000000")]
    public decimal Price { get; init; }
}
