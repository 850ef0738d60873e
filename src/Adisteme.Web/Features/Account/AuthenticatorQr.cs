using QRCoder;

namespace Adisteme.Web.Features.Account;

/// <summary>Draws the authenticator QR code on the server as inline SVG: no script, no image request, no third party.</summary>
internal static class AuthenticatorQr
{
    public static string Svg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        // A viewBox lets CSS size the code; the quiet zone keeps it readable on any background.
        return svg.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
