using System.ComponentModel.DataAnnotations.Schema;

namespace Commerce.Stores;

/// <summary>
/// The store's one tax rate and how it applies: whether catalog prices already contain it (gross prices, as in the
/// UK) or it is added at checkout (net prices, as in the US), and whether shipping is taxed too.
/// </summary>
[ComplexType]
public sealed record StoreTaxSettings
{
    public static readonly StoreTaxSettings None = new(0m, false, false);

    public StoreTaxSettings(decimal ratePercent, bool pricesIncludeTax, bool taxShipping)
    {
        if (ratePercent < 0 || ratePercent > (decimal)StoreTaxConsts.MaxRatePercent
            || decimal.Round(ratePercent, StoreTaxConsts.RateDecimals) != ratePercent)
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidTaxRate, BusinessErrorKind.Invalid).WithData("rate", ratePercent);
        RatePercent = ratePercent;
        PricesIncludeTax = pricesIncludeTax;
        TaxShipping = taxShipping;
    }

    public decimal RatePercent { get; private set; }

    /// <summary>True: prices are gross and the tax is the part of them; false: tax is added on top.</summary>
    public bool PricesIncludeTax { get; private set; }

    public bool TaxShipping { get; private set; }
}
