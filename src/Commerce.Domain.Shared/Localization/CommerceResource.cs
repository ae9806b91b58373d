using System.Collections.Frozen;
using System.Text.Json;

namespace Commerce.Localization;

/// <summary>The one localization resource: error messages keyed by code, read from embedded JSON files.</summary>
public static class CommerceResource
{
    private static readonly FrozenDictionary<string, string> English = Load("en");

    public static IReadOnlyDictionary<string, string> Texts => English;

    /// <summary>The message for a code with its placeholders filled; the code itself when there is no message.</summary>
    public static string Format(string code, IReadOnlyDictionary<string, object?>? data = null)
    {
        if (!English.TryGetValue(code, out var text))
            return code;
        return Fill(text, data);
    }

    /// <summary>A message (English or a translation of it) with its named placeholders, such as {max}, filled.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, object?>? data)
    {
        if (data is null)
            return text;
        foreach (var (name, value) in data)
            text = text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return text;
    }

    private static FrozenDictionary<string, string> Load(string culture)
    {
        var assembly = typeof(CommerceResource).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Commerce.Localization.Commerce.{culture}.json")
            ?? throw new InvalidOperationException($"The {culture} localization file is not embedded.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("texts").EnumerateObject()
            .ToFrozenDictionary(p => p.Name, p => p.Value.GetString() ?? p.Name, StringComparer.Ordinal);
    }
}
