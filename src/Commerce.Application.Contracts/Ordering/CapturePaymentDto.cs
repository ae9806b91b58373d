using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering;

public sealed record CapturePaymentDto
{
    /// <summary>Null captures the whole authorized amount.</summary>
    [Range(typeof(decimal), "0.0001", "79228162514264337593543950335")]
    public decimal? Amount { get; init; }
}
