namespace Commerce.Policies;

/// <summary>The policy values that apply to the current tenant: its own, else its edition's, else the platform's, else the default.</summary>
public interface IPolicyChecker
{
    Task<string> GetValueAsync(string name, CancellationToken ct);

    Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken ct);
}
