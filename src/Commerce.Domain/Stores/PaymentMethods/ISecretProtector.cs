namespace Commerce.Stores.PaymentMethods;

/// <summary>Encrypts secrets at rest (payment keys) with the platform's key ring.</summary>
public interface ISecretProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedText);
}
