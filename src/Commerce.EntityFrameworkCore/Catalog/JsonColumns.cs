using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Catalog;

/// <summary>Value objects stored as one jsonb column each; a change is detected by comparing the JSON.</summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Maps a list of value objects to a jsonb column. EF Core first takes the element type for an entity when it
    /// meets the list; that leftover entity type is removed here, or the kernel's conventions, which configure
    /// every entity type in the model, would keep it.
    /// </summary>
    public static PropertyBuilder<IReadOnlyList<TElement>> HasJsonList<TEntity, TElement>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, IReadOnlyList<TElement>>> list)
        where TEntity : class
        where TElement : class
    {
        var comparer = new ValueComparer<IReadOnlyList<TElement>>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(StringComparison.Ordinal),
            v => Deserialize<TElement>(Serialize(v)));
        var property = builder.Property(list)
            .HasConversion(v => Serialize(v), v => Deserialize<TElement>(v), comparer)
            .HasColumnType("jsonb");
        if (builder.Metadata.Model.FindEntityType(typeof(TElement)) is { } leftover)
            builder.Metadata.Model.RemoveEntityType(leftover);
        return property;
    }

    private static string Serialize<T>(IReadOnlyList<T>? value) => JsonSerializer.Serialize(value, Options);

    private static List<T> Deserialize<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}
