namespace Adisteme.Web.Features.Organizations.Import;

/// <summary>
/// A problem found in a file, not yet localized: <see cref="Text"/> is a resource key (English text)
/// with <see cref="Args"/> for its placeholders; <see cref="Column"/> names the column it concerns.
/// Pure classes return these; the page shows them in the user's language.
/// </summary>
public sealed record ImportMessage(StaffColumn? Column, string Text, params string[] Args);
