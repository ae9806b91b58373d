namespace Commerce.Ordering;

/// <summary>Who changed an order: a staff user, or the system (checkout, payment events, jobs).</summary>
public sealed record OrderActor(Guid? UserId, string Name)
{
    public static readonly OrderActor System = new(null, "system");

    public static OrderActor User(Guid? userId, string? userName) =>
        userId is null ? System : new(userId, string.IsNullOrWhiteSpace(userName) ? userId.Value.ToString() : userName);
}
