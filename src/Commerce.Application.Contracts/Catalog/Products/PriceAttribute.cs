using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Products;

/// <summary>A money amount the numeric(18,4) columns can hold, never negative.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PriceAttribute : RangeAttribute
{
    public PriceAttribute()
        : base(typeof(decimal), "0", ProductVariantConsts.MaxPrice)
    {
        ParseLimitsInInvariantCulture = true;
        ConvertValueInInvariantCulture = true;
    }
}
