using QRCoder;

namespace Cashless.WebApi.Till;

/// <summary>Draws a payment request's payload as a QR code (error correction M: a phone reads it off a scuffed screen).</summary>
public static class QrCodes
{
    /// <summary>The text a wallet app scans: the scheme and the request's id, nothing else.</summary>
    public static string Payload(string requestId) => "cashless:" + requestId;

    /// <summary>Scales with its box (a viewBox, no fixed size), so a page can draw it as large as the screen allows.</summary>
    public static string Svg(string payload)
    {
        using var data = Encode(payload);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    public static byte[] Png(string payload)
    {
        using var data = Encode(payload);
        return new PngByteQRCode(data).GetGraphic(10);
    }

    private static QRCodeData Encode(string payload)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
    }
}
