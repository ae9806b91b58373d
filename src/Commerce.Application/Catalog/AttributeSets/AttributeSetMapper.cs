using Riok.Mapperly.Abstractions;

namespace Commerce.Catalog.AttributeSets;

[Mapper]
internal static partial class AttributeSetMapper
{
    [MapperIgnoreSource(nameof(AttributeSet.TenantId))]
    [MapperIgnoreSource(nameof(AttributeSet.DomainEvents))]
    [MapperIgnoreSource(nameof(AttributeSet.CreatorId))]
    [MapperIgnoreSource(nameof(AttributeSet.LastModificationTime))]
    [MapperIgnoreSource(nameof(AttributeSet.LastModifierId))]
    [MapperIgnoreSource(nameof(AttributeSet.IsDeleted))]
    [MapperIgnoreSource(nameof(AttributeSet.DeletionTime))]
    [MapperIgnoreSource(nameof(AttributeSet.DeleterId))]
    public static partial AttributeSetDto ToDto(AttributeSet set);

    private static partial AttributeDefinitionDto ToDto(AttributeDefinition definition);

    public static List<AttributeDefinition> ToDefinitions(IEnumerable<AttributeDefinitionDto> attributes) =>
        attributes.Select(a => new AttributeDefinition(a.Code, a.Label, a.Type, a.IsRequired, a.Options)).ToList();
}
