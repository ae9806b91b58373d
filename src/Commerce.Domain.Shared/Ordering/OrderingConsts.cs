namespace Commerce.Ordering;

public static class OrderingConsts
{
    /// <summary>How long stock stays held for an order whose payment is not confirmed yet, unless configured otherwise.</summary>
    public const int ReservationHoldMinutes = 30;

    /// <summary>How long a guest's order link (in the checkout answer and every email) keeps opening the order.</summary>
    public const int GuestLinkLifetimeDays = 180;

    public const int MaxLineQuantity = 99;
    public const int MaxLines = 100;
    public const long FirstOrderNumber = 1001;

    /// <summary>What a reservation's reference starts with when an order holds it: "order:" and the order id.</summary>
    public const string ReservationReferencePrefix = "order:";

    public const int IdempotencyKeyMaxLength = 128;
    public const int VisitorTokenMaxLength = 64;
    public const int EmailMaxLength = 256;
    public const int PhoneMaxLength = 32;
    public const int NameMaxLength = 128;
    public const int TitleMaxLength = 256;
    public const int SkuMaxLength = 64;
    public const int MessageMaxLength = 2000;
    public const int CarrierMaxLength = 64;
    public const int TrackingNumberMaxLength = 128;
    public const int UrlMaxLength = 512;
    public const int CodeMaxLength = 64;
}
