namespace Commerce;

/// <summary>
/// Every error code the API can answer with. Codes are "Commerce:{Module}:{Reason}"; each has a message in
/// Localization/Commerce/en.json. Modules add their codes in a partial file of their own.
/// </summary>
public static partial class CommerceErrorCodes
{
    /// <summary>The request's shape is invalid; the problem's errors name the fields.</summary>
    public const string Validation = "Commerce:Validation";

    /// <summary>The resource does not exist (or belongs to another tenant).</summary>
    public const string NotFound = "Commerce:NotFound";

    /// <summary>The caller is not signed in.</summary>
    public const string Unauthorized = "Commerce:Unauthorized";

    /// <summary>The caller may not do this.</summary>
    public const string Forbidden = "Commerce:Forbidden";

    /// <summary>The resource changed since the caller read it; read it again.</summary>
    public const string StaleVersion = "Commerce:StaleVersion";

    /// <summary>A generic conflict with the current state.</summary>
    public const string Conflict = "Commerce:Conflict";

    /// <summary>Too many requests from one address; Retry-After says when to try again.</summary>
    public const string TooManyRequests = "Commerce:TooManyRequests";

    /// <summary>An unexpected failure; nothing about it reaches the client but the trace id.</summary>
    public const string InternalError = "Commerce:InternalError";
}
