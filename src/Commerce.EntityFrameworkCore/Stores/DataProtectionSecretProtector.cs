using Commerce.Stores.PaymentMethods;
using Microsoft.AspNetCore.DataProtection;

namespace Commerce.EntityFrameworkCore.Stores;

/// <summary>Payment secrets sealed with ASP.NET Core Data Protection, under a purpose of their own.</summary>
internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector protector = provider.CreateProtector("Commerce.Stores.PaymentMethods.Secrets");

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string Unprotect(string protectedText) => protector.Unprotect(protectedText);
}
