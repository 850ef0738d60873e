using System.IO.Compression;
using System.Text;

namespace Adisteme.Web.Infrastructure.Files;

public enum UploadKind
{
    Unknown,
    Xlsx,
    Docx,
    Pdf,
    Csv,
}

/// <summary>Decides what an upload is by its bytes, never by its name or declared type.</summary>
public static class UploadCheck
{
    public const long DefaultMaxBytes = 5 * 1024 * 1024;

    public static UploadKind Detect(ReadOnlySpan<byte> head, Stream whole)
    {
        if (head.Length >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04)
        {
            return DetectOfficePackage(whole);
        }
        if (head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8))
        {
            return UploadKind.Pdf;
        }
        return IsText(whole) ? UploadKind.Csv : UploadKind.Unknown;
    }

    private static UploadKind DetectOfficePackage(Stream whole)
    {
        try
        {
            whole.Position = 0;
            using var zip = new ZipArchive(whole, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return UploadKind.Xlsx;
            }
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return UploadKind.Docx;
            }
            return UploadKind.Unknown;
        }
        catch (InvalidDataException)
        {
            return UploadKind.Unknown;
        }
        finally
        {
            whole.Position = 0;
        }
    }

    /// <summary>Text means valid UTF-8 (a BOM allowed) with no NUL or other control bytes but tab and line ends.</summary>
    private static bool IsText(Stream whole)
    {
        whole.Position = 0;
        using var buffer = new MemoryStream();
        whole.CopyTo(buffer);
        whole.Position = 0;
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
        {
            return false;
        }
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    public static async Task<(UploadKind Kind, MemoryStream? Content, bool TooLarge)> ReadAsync(IFormFile file, long maxBytes = DefaultMaxBytes, CancellationToken ct = default)
    {
        if (file.Length > maxBytes)
        {
            return (UploadKind.Unknown, null, true);
        }
        var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        if (content.Length > maxBytes)
        {
            return (UploadKind.Unknown, null, true);
        }
        content.Position = 0;
        var head = content.GetBuffer().AsSpan(0, (int)Math.Min(8, content.Length)).ToArray();
        var kind = Detect(head, content);
        return (kind, content, false);
    }
}
