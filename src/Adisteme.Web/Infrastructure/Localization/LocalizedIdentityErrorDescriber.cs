using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Adisteme.Web.Infrastructure.Localization;

/// <summary>Identity's password and user-name errors in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> s) : IdentityErrorDescriber
{
    private IdentityError E(string code, string text, params object[] args) => new() { Code = code, Description = s[text, args] };

    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Incorrect password.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), "Passwords must be at least {0} characters.", length);
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Passwords must have at least one digit ('0'-'9').");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Passwords must have at least one lowercase letter.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Passwords must have at least one uppercase letter.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Passwords must have at least one non alphanumeric character.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), "Passwords must use at least {0} different characters.", uniqueChars);
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "The login '{0}' is already taken.", userName);
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "The login '{0}' is invalid: use letters, digits and . _ @ - only.", userName ?? "");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "The code is invalid or has expired.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Someone else changed this record; reload and try again.");
    public override IdentityError DefaultError() => E(nameof(DefaultError), "Something went wrong; nothing was saved.");
}
