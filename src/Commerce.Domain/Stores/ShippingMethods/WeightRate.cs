namespace Commerce.Stores.ShippingMethods;

/// <summary>The price of an order weighing up to a number of grams (above the previous bracket).</summary>
public sealed class WeightRate
{
    private WeightRate()
    {
    }

    public WeightRate(int upToGrams, decimal price)
    {
        if (upToGrams <= 0 || price < 0)
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidShippingRates, BusinessErrorKind.Invalid).WithData("upToGrams", upToGrams);
        UpToGrams = upToGrams;
        Price = price;
    }

    public int UpToGrams { get; private set; }

    public decimal Price { get; private set; }
}
