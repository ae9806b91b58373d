using Commerce.Customers;
using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.Inventory;
using Commerce.Ordering.Carts;
using Commerce.Ordering.Pricing;
using Commerce.Payments;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.Ordering;

/// <summary>
/// Decision 0008's placement: reserve, number, write the order and its payment record in one transaction; then ask
/// the provider and apply its answer in a second one. A lost race on the idempotency key returns the winner. A
/// quantity no longer available is refused before the transaction, without waiting for the stock rows' locks.
/// </summary>
internal sealed class OrderPlacement(
    IOrderRepository orders, OrderManager orderManager, InventoryManager inventory, IOrderPaymentService payments,
    IServiceScopeFactory scopes, ICurrentCustomer customer, IGuidGenerator guids, IUnitOfWork unitOfWork, IGuestOrderLinks guestLinks,
    IOptions<OrderingOptions> options)
{
    /// <summary>The placed order's result, or null when a concurrent request with the same key won (nothing of this one is kept).</summary>
    public async Task<PlaceOrderResultDto?> PlaceAsync(
        Store store, PlaceOrderDto input, IReadOnlyList<CheckoutItem> items, OrderAddress address, ShippingMethod shipping,
        PaymentMethod method, string idempotencyKey, string requestHash, CancellationToken ct)
    {
        var price = OrderPricing.Price(store, CheckoutCatalog.PriceLines(items), shipping, address.CountryCode, address.Region);
        var draft = new OrderDraft
        {
            StoreId = store.Id, Email = input.Email.Trim(), Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim(),
            CustomerId = customer.Id, ShippingAddress = address, ShippingMethodId = shipping.Id, ShippingMethodName = shipping.Name,
            PaymentMethodId = method.Id, PaymentMethodName = method.DisplayName, PaymentProvider = method.Provider, Price = price,
            Lines = [.. items.Zip(price.Lines, (i, p) => new OrderLineSnapshot(i.ProductId, i.VariantId, i.ProductTitle, i.VariantTitle, i.Sku, p.UnitPrice, p.Quantity, p.Tax, p.LineTotal))],
            IdempotencyKey = idempotencyKey, RequestHash = requestHash,
        };

        await inventory.EnsureCouldReserveAsync(items.ToDictionary(i => i.VariantId, i => i.Quantity), ct);
        Order order;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(ct))
        {
            var orderId = guids.Create();
            foreach (var item in items.OrderBy(i => i.VariantId))
                await inventory.ReserveAsync(item.VariantId, item.Quantity, Order.ReservationReferenceOf(orderId), options.Value.ReservationHold, ct);
            order = await orderManager.CreateAsync(orderId, draft, ct);
            await orders.AddAsync(order, ct);
            order.AttachPayment(await payments.CreateAsync(
                new OrderPaymentRequest(order.Id, store.Id, method.Id, order.DisplayNumber, order.GrandTotal, order.Currency, order.Email), ct));
            try
            {
                await unitOfWork.SaveChangesAsync(ct);
            }
            catch (BusinessException ex) when (ex.Code == CommerceErrorCodes.Ordering.IdempotencyKeyReused)
            {
                return null;
            }

            await transaction.CommitAsync(ct);
        }

        var outcome = await payments.StartAsync(order.PaymentId!.Value, input.Payment ?? new PaymentDetailsDto(), ct);
        // A scope of its own: this one still tracks the stock rows as they were before other checkouts changed them.
        await using (var scope = scopes.CreateAsyncScope())
        {
            order = await scope.ServiceProvider.GetRequiredService<OrderPaymentSync>().ApplyAsync(order.Id, outcome.Status, outcome.FailureCode, ct);
            if (order.Status != OrderStatus.Cancelled)
                await EmptyCartAsync(scope.ServiceProvider, store.Id, input.CartToken, ct);
        }

        return OrderResults.ToResult(order, order.CustomerId is null ? guestLinks.Mint(order.TenantId, order.Id) : null, outcome);
    }

    private static async Task EmptyCartAsync(IServiceProvider services, Guid storeId, string? cartToken, CancellationToken ct)
    {
        if (await services.GetRequiredService<CartOwnership>().FindAsync(storeId, cartToken, ct) is not { } cart)
            return;
        cart.Clear(services.GetRequiredService<TimeProvider>().GetUtcNow());
        await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
    }
}
