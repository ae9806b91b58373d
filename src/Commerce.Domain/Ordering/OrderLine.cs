using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Ordering;

/// <summary>A line of an order as it was sold: titles, SKU, price and tax are copies, so catalog changes never rewrite it.</summary>
public sealed class OrderLine : Entity, IMultiTenant
{
    private OrderLine()
    {
        ProductTitle = string.Empty;
    }

    internal OrderLine(Guid id, OrderLineSnapshot snapshot)
        : base(id)
    {
        ProductId = snapshot.ProductId;
        VariantId = snapshot.VariantId;
        ProductTitle = snapshot.ProductTitle;
        VariantTitle = snapshot.VariantTitle;
        Sku = snapshot.Sku;
        UnitPrice = snapshot.UnitPrice;
        Quantity = snapshot.Quantity;
        Tax = snapshot.Tax;
        LineTotal = snapshot.LineTotal;
    }

    public Guid TenantId { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid ProductId { get; private set; }

    public Guid VariantId { get; private set; }

    public string ProductTitle { get; private set; }

    /// <summary>The variant's option values ("M / Blue"), or null for a product without options.</summary>
    public string? VariantTitle { get; private set; }

    public string? Sku { get; private set; }

    public decimal UnitPrice { get; private set; }

    public int Quantity { get; private set; }

    public decimal Tax { get; private set; }

    public decimal LineTotal { get; private set; }

    public int ShippedQuantity { get; private set; }

    public int RefundedQuantity { get; private set; }

    public int UnshippedQuantity => Quantity - ShippedQuantity;

    internal void Ship(int quantity) => ShippedQuantity += quantity;

    internal void Refund(int quantity) => RefundedQuantity += quantity;
}
