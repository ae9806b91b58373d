namespace Commerce;

/// <summary>What kind of rule a <see cref="BusinessException"/> reports; it sets the HTTP status.</summary>
public enum BusinessErrorKind
{
    /// <summary>Duplicate, wrong state or stale version: 409.</summary>
    Conflict,

    /// <summary>Input only the domain can judge: 400.</summary>
    Invalid,

    /// <summary>Plan, feature or policy limit, or a missing permission: 403.</summary>
    Forbidden,

    /// <summary>The caller is not signed in: 401.</summary>
    Unauthenticated,

    /// <summary>Well-formed but unusable with what the server already holds (an idempotency key reused for another request): 422.</summary>
    Unprocessable,
}
