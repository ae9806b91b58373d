namespace Commerce;

/// <summary>
/// A broken business rule, identified by a code from <see cref="CommerceErrorCodes"/>. The code is the contract;
/// the data fills the placeholders of the code's localized message.
/// </summary>
public class BusinessException : Exception
{
    private readonly Dictionary<string, object?> data = [];

    public BusinessException(string code, BusinessErrorKind kind = BusinessErrorKind.Conflict)
        : this(code, kind, null)
    {
    }

    public BusinessException(string code, Exception innerException)
        : this(code, BusinessErrorKind.Conflict, innerException)
    {
    }

    public BusinessException(string code, BusinessErrorKind kind, Exception? innerException)
        : base(code, innerException)
    {
        Code = code;
        Kind = kind;
    }

    public string Code { get; }

    public BusinessErrorKind Kind { get; }

    public IReadOnlyDictionary<string, object?> Details => data;

    public BusinessException WithData(string name, object? value)
    {
        data[name] = value;
        return this;
    }
}
