using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.Stores.PaymentMethods;
using Commerce.Users;

namespace Commerce.Payments;

/// <summary>
/// Ordering's way into Payments. Creating joins the caller's unit of work without saving; every later call asks the
/// provider, applies its result to the payment and saves the payment with the transaction it leaves.
/// </summary>
internal sealed class OrderPaymentService(
    IPaymentRepository payments, IPaymentMethodRepository methods, PaymentMethodManager methodManager, PaymentManager manager,
    PaymentProviders providers, IAsyncQueryExecutor queryExecutor, IUnitOfWork unitOfWork, IGuidGenerator guids, TimeProvider clock,
    ICurrentUser currentUser)
    : IOrderPaymentService
{
    public async Task<Guid> CreateAsync(OrderPaymentRequest request, CancellationToken ct)
    {
        var payment = await manager.CreateAsync(request.StoreId, request.PaymentMethodId, request.OrderId, request.Amount, request.Currency, ct);
        await payments.AddAsync(payment, ct);
        return payment.Id;
    }

    public async Task<PaymentOutcomeDto> StartAsync(Guid paymentId, PaymentDetailsDto details, CancellationToken ct)
    {
        var payment = await payments.GetAsync(paymentId, ct);

        // Started before (a retried checkout): the provider is not asked twice for one payment.
        if (payment.Transactions.Count > 0)
            return PaymentMapper.ToOutcome(payment, null);
        var context = await ContextAsync(payment, ct);
        var input = new PaymentDetails(details.CardNumber, details.CardExpiry, details.CardCvc, details.ProviderPaymentMethodId, details.ReturnUrl);
        return await ApplyAsync(payment, await providers.For(context.Method).AuthorizeAsync(context, input, ct), ct);
    }

    public async Task<PaymentOutcomeDto> CaptureAsync(Guid orderId, decimal? amount, CancellationToken ct)
    {
        var payment = await LiveAsync(orderId, ct);
        var value = amount ?? payment.Capturable;
        payment.EnsureCanCapture(value);
        var context = await ContextAsync(payment, ct);
        return await ApplyAsync(payment, await providers.For(context.Method).CaptureAsync(context, value, ct), ct);
    }

    public async Task<PaymentOutcomeDto> VoidAsync(Guid orderId, CancellationToken ct)
    {
        var payment = await LiveAsync(orderId, ct);
        payment.EnsureCanVoid();
        var context = await ContextAsync(payment, ct);
        return await ApplyAsync(payment, await providers.For(context.Method).VoidAsync(context, ct), ct);
    }

    public async Task<PaymentOutcomeDto> RefundAsync(Guid orderId, decimal amount, string? reason, CancellationToken ct)
    {
        var payment = await LiveAsync(orderId, ct);
        payment.EnsureCanRefund(amount);
        var context = await ContextAsync(payment, ct);
        return await ApplyAsync(payment, await providers.For(context.Method).RefundAsync(context, amount, reason, ct), ct);
    }

    public async Task<IReadOnlyList<PaymentDto>> GetListByOrderAsync(Guid orderId, CancellationToken ct)
    {
        var list = await queryExecutor.ToListAsync(payments.Query().Where(p => p.OrderId == orderId).OrderBy(p => p.CreationTime).ThenBy(p => p.Id), ct);
        return [.. list.Select(PaymentMapper.ToDto)];
    }

    private async Task<Payment> LiveAsync(Guid orderId, CancellationToken ct) =>
        await payments.FindLiveByOrderAsync(orderId, ct) ?? throw new EntityNotFoundException(typeof(Payment), orderId);

    private async Task<PaymentProviderContext> ContextAsync(Payment payment, CancellationToken ct)
    {
        // A method disabled or deleted after checkout still settles the payments made with it.
        var method = await methods.GetAsync(payment.PaymentMethodId, ct);
        return new PaymentProviderContext(payment, method, methodManager.ReadSecrets(method), currentUser.Id);
    }

    private async Task<PaymentOutcomeDto> ApplyAsync(Payment payment, PaymentProviderResult result, CancellationToken ct)
    {
        payment.Apply(guids.Create(), result, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return PaymentMapper.ToOutcome(payment, result);
    }
}
