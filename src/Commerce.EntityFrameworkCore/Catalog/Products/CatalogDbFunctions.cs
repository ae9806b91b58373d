using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.EntityFrameworkCore.Catalog.Products;

/// <summary>The pg_trgm functions the product search uses in LINQ.</summary>
internal static class CatalogDbFunctions
{
    /// <summary>
    /// catalog.fuzzy_match(query, text): query &lt;% text, pg_trgm's word similarity above the session's threshold.
    /// The migration creates it as an inlinable SQL function, so the trigram index still serves it.
    /// </summary>
    public static bool FuzzyMatch(string query, string text) => throw new InvalidOperationException("Translated to SQL only.");

    /// <summary>pg_trgm's word_similarity(query, text), for ranking.</summary>
    public static float WordSimilarity(string query, string text) => throw new InvalidOperationException("Translated to SQL only.");

    public static void Register(IMutableModel model)
    {
        if (model.FindDbFunction(Method(nameof(FuzzyMatch))) is null)
        {
            var fuzzy = model.AddDbFunction(Method(nameof(FuzzyMatch)));
            fuzzy.Name = "fuzzy_match";
            fuzzy.Schema = CatalogSchema.Name;
        }

        if (model.FindDbFunction(Method(nameof(WordSimilarity))) is null)
        {
            var similarity = model.AddDbFunction(Method(nameof(WordSimilarity)));
            similarity.Name = "word_similarity";
            similarity.IsBuiltIn = true;
        }
    }

    private static MethodInfo Method(string name) => typeof(CatalogDbFunctions).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
}
