namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Ordering
    {
        public const string InvalidOrderTransition = "Commerce:Ordering:InvalidOrderTransition";
        public const string IdempotencyKeyReused = "Commerce:Ordering:IdempotencyKeyReused";
        public const string IdempotencyKeyRequired = "Commerce:Ordering:IdempotencyKeyRequired";
        public const string InsufficientStock = "Commerce:Ordering:InsufficientStock";
        public const string InvalidQuantity = "Commerce:Ordering:InvalidQuantity";
        public const string UnknownVariant = "Commerce:Ordering:UnknownVariant";
        public const string EmptyCart = "Commerce:Ordering:EmptyCart";
        public const string TooManyLines = "Commerce:Ordering:TooManyLines";
        public const string InvalidAddress = "Commerce:Ordering:InvalidAddress";
        public const string ShippingMethodUnavailable = "Commerce:Ordering:ShippingMethodUnavailable";
        public const string PaymentMethodNotAllowed = "Commerce:Ordering:PaymentMethodNotAllowed";
        public const string StoreClosed = "Commerce:Ordering:StoreClosed";
        public const string InvalidShipment = "Commerce:Ordering:InvalidShipment";
        public const string InvalidRefund = "Commerce:Ordering:InvalidRefund";
    }
}
