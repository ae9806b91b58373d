using System.ComponentModel.DataAnnotations;

namespace Commerce.Web.Public.Pages.Store.Checkout;

/// <summary>Card fields for the test gateway: passed to the payment service for this one attempt, never kept or shown again.</summary>
public sealed class CardInput
{
    [StringLength(23)]
    public string? Number { get; set; }

    [StringLength(7)]
    public string? Expiry { get; set; }

    [Display(Name = "CVC")]
    [StringLength(4)]
    public string? Cvc { get; set; }
}
