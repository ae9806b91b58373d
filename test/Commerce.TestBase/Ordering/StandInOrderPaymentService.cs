using System.Collections.Concurrent;
using Commerce.Guids;
using Commerce.Payments;
using Commerce.Stores.PaymentMethods;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.TestBase.Ordering;

/// <summary>
/// Test-only stand-in for Payments' <see cref="IOrderPaymentService"/>, registered by Ordering's test fixtures alone
/// until the payments branch is merged, when this file is deleted and the real service takes over. It answers as
/// the real providers do: "manual" stays Pending; the test gateway captures card 4242424242424242 in full, declines
/// 4000000000000002 (CardDeclined), fails 4000000000000119 (ProcessingError) and leaves 4000000000003220 Pending for a
/// webhook. Payments are kept in <see cref="StandInPaymentLedger"/> (in memory), not in the unit of work.
/// </summary>
public sealed class StandInOrderPaymentService(StandInPaymentLedger ledger, IPaymentMethodRepository methods, IGuidGenerator guids, TimeProvider clock)
    : IOrderPaymentService
{
    public async Task<Guid> CreateAsync(OrderPaymentRequest request, CancellationToken ct)
    {
        var method = await methods.GetAsync(request.PaymentMethodId, ct);
        var id = guids.Create();
        ledger.Payments[id] = new StandInPayment(id, request, method.Provider, method.DisplayName, clock.GetUtcNow());
        return id;
    }

    public Task<PaymentOutcomeDto> StartAsync(Guid paymentId, PaymentDetailsDto details, CancellationToken ct)
    {
        var payment = ledger.Payments[paymentId];
        var (status, failure) = payment.Provider != PaymentProviderDefinitions.TestGateway
            ? (PaymentStatus.Pending, null)
            : details.CardNumber switch
            {
                "4242424242424242" => (PaymentStatus.Captured, null),
                "4000000000000002" => (PaymentStatus.Failed, "Commerce:Payments:CardDeclined"),
                "4000000000003220" => (PaymentStatus.Pending, null),
                _ => (PaymentStatus.Failed, (string?)"Commerce:Payments:ProcessingError"),
            };
        payment.Status = status;
        payment.Captured = status == PaymentStatus.Captured ? payment.Request.Amount : 0m;
        return Task.FromResult(new PaymentOutcomeDto { PaymentId = paymentId, Status = status, FailureCode = failure });
    }

    public Task<PaymentOutcomeDto> CaptureAsync(Guid orderId, decimal? amount, CancellationToken ct) =>
        Change(orderId, p => { p.Status = PaymentStatus.Captured; p.Captured = amount ?? p.Request.Amount; });

    public Task<PaymentOutcomeDto> VoidAsync(Guid orderId, CancellationToken ct) => Change(orderId, p => p.Status = PaymentStatus.Voided);

    public Task<PaymentOutcomeDto> RefundAsync(Guid orderId, decimal amount, string? reason, CancellationToken ct) =>
        Change(orderId, p =>
        {
            p.Refunded += amount;
            p.Status = p.Refunded >= p.Captured ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        });

    public Task<IReadOnlyList<PaymentDto>> GetListByOrderAsync(Guid orderId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PaymentDto>>([.. ledger.ForOrder(orderId).Select(p => new PaymentDto
        {
            Id = p.Id, OrderId = orderId, PaymentMethodId = p.Request.PaymentMethodId, Provider = p.Provider, MethodName = p.MethodName,
            Status = p.Status, Currency = p.Request.Currency, Amount = p.Request.Amount, AuthorizedAmount = p.Captured,
            CapturedAmount = p.Captured, RefundedAmount = p.Refunded, CreatedAt = p.CreatedAt, Transactions = [],
        })]);

    private Task<PaymentOutcomeDto> Change(Guid orderId, Action<StandInPayment> change)
    {
        var payment = ledger.ForOrder(orderId).Single();
        change(payment);
        return Task.FromResult(new PaymentOutcomeDto { PaymentId = payment.Id, Status = payment.Status });
    }
}

/// <summary>The stand-in's payments, shared by the test class's scopes.</summary>
public sealed class StandInPaymentLedger
{
    public ConcurrentDictionary<Guid, StandInPayment> Payments { get; } = new();

    public IEnumerable<StandInPayment> ForOrder(Guid orderId) => Payments.Values.Where(p => p.Request.OrderId == orderId);

    /// <summary>Registers the stand-in in place of the real service (a test fixture's services only).</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<StandInPaymentLedger>();
        services.AddScoped<IOrderPaymentService, StandInOrderPaymentService>();
    }
}

public sealed class StandInPayment(Guid id, OrderPaymentRequest request, string provider, string methodName, DateTimeOffset createdAt)
{
    public Guid Id { get; } = id;

    public OrderPaymentRequest Request { get; } = request;

    public string Provider { get; } = provider;

    public string MethodName { get; } = methodName;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public PaymentStatus Status { get; set; } = PaymentStatus.Pending;

    public decimal Captured { get; set; }

    public decimal Refunded { get; set; }
}
