using System.ComponentModel.DataAnnotations;

namespace Commerce.Stores;

public sealed record StoreTaxSettingsDto
{
    /// <summary>Percent, 0–100, up to three decimals (8.875).</summary>
    [Range(0, StoreTaxConsts.MaxRatePercent)]
    public decimal RatePercent { get; init; }

    /// <summary>True: catalog prices contain the tax; false: tax is added at checkout.</summary>
    public bool PricesIncludeTax { get; init; }

    public bool TaxShipping { get; init; }
}
