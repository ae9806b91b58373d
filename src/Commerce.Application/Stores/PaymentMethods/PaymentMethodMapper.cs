using Riok.Mapperly.Abstractions;

namespace Commerce.Stores.PaymentMethods;

[Mapper]
internal static partial class PaymentMethodMapper
{
    public static PaymentMethodDto ToDto(PaymentMethod method, IReadOnlyDictionary<string, string> secrets) =>
        ToDtoCore(method) with { SecretsSet = [.. secrets.Keys.Order(StringComparer.Ordinal)] };

    public static PaymentProviderDto ToDto(PaymentProviderDefinition provider, bool isAllowed) =>
        ToDtoCore(provider) with { IsAllowed = isAllowed };

    [MapperIgnoreSource(nameof(PaymentMethod.DomainEvents))]
    [MapperIgnoreSource(nameof(PaymentMethod.TenantId))]
    [MapperIgnoreSource(nameof(PaymentMethod.ProtectedSecrets))]
    [MapperIgnoreSource(nameof(PaymentMethod.CreationTime))]
    [MapperIgnoreSource(nameof(PaymentMethod.CreatorId))]
    [MapperIgnoreSource(nameof(PaymentMethod.LastModificationTime))]
    [MapperIgnoreSource(nameof(PaymentMethod.LastModifierId))]
    [MapperIgnoreSource(nameof(PaymentMethod.IsDeleted))]
    [MapperIgnoreSource(nameof(PaymentMethod.DeletionTime))]
    [MapperIgnoreSource(nameof(PaymentMethod.DeleterId))]
    [MapperIgnoreTarget(nameof(PaymentMethodDto.SecretsSet))]
    private static partial PaymentMethodDto ToDtoCore(PaymentMethod method);

    [MapperIgnoreTarget(nameof(PaymentProviderDto.IsAllowed))]
    private static partial PaymentProviderDto ToDtoCore(PaymentProviderDefinition provider);

    [MapperIgnoreSource(nameof(PaymentSettingDefinition.IsGenerated))]
    private static partial PaymentSettingDefinitionDto ToDtoCore(PaymentSettingDefinition setting);
}
