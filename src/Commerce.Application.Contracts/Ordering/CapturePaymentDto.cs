using System.ComponentModel.DataAnnotations;

namespace Commerce.Ordering;

/// <summary>Captures an authorized payment; refused with 409 when the version is stale, so a double submit captures once.</summary>
public sealed record CapturePaymentDto : OrderVersionDto
{
    /// <summary>Null captures the whole authorized amount.</summary>
    [Range(typeof(decimal), "0.0001", "79228162514264337593543950335")]
    public decimal? Amount { get; init; }
}
