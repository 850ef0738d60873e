namespace Adisteme.Web;

/// <summary>
/// Marker for the one resource set, Resources/SharedResource.{kk,ru,ky,en}.resx. Keys are the
/// English text; a test fails when any key used in code is missing from any of the four files.
/// </summary>
public sealed class SharedResource;
