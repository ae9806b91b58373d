using Fluid;

namespace Commerce.Notifications.Templates;

/// <summary>
/// Liquid as Fluid parses it: no code runs, only the values the model exposes are read. One parser serves every
/// thread.
/// </summary>
public static class NotificationTemplateParser
{
    private static readonly FluidParser Parser = new();

    public static bool TryParse(string source, out IFluidTemplate template, out string error) =>
        Parser.TryParse(source, out template, out error);

    /// <summary>Null when the source parses, else the parser's message.</summary>
    public static string? Validate(string source) => TryParse(source, out _, out var error) ? null : error;
}
