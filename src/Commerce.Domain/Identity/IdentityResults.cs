using Microsoft.AspNetCore.Identity;

namespace Commerce.Identity;

/// <summary>Turns Identity's result objects into the one error path: coded business exceptions.</summary>
public static class IdentityResults
{
    public static void ThrowOnFailure(IdentityResult result)
    {
        if (result.Succeeded)
            return;
        var error = result.Errors.First();
        var code = error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail) => CommerceErrorCodes.Identity.DuplicateEmail,
            nameof(IdentityErrorDescriber.DuplicateRoleName) => CommerceErrorCodes.Identity.DuplicateRoleName,
            nameof(IdentityErrorDescriber.ConcurrencyFailure) => CommerceErrorCodes.StaleVersion,
            nameof(IdentityErrorDescriber.InvalidToken) => CommerceErrorCodes.Identity.InvalidToken,
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => CommerceErrorCodes.Identity.WeakPassword,
            _ => CommerceErrorCodes.Identity.InvalidUser,
        };
        var kind = code is CommerceErrorCodes.Identity.DuplicateEmail or CommerceErrorCodes.Identity.DuplicateRoleName or CommerceErrorCodes.StaleVersion
            ? BusinessErrorKind.Conflict
            : BusinessErrorKind.Invalid;
        throw new BusinessException(code, kind).WithData("reason", error.Description);
    }
}
