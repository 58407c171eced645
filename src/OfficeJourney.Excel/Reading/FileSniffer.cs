using System.Text;

namespace OfficeJourney.Excel.Reading;

/// <summary>Tells what a file is from its first bytes, never from its name.</summary>
internal static class FileSniffer
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Pdf = "%PDF"u8.ToArray();
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>Refuses anything that is not a zip package, with a message that says what the file really is.</summary>
    public static void RequireZip(Stream stream, string name)
    {
        Span<byte> head = stackalloc byte[512];
        var read = ReadAtMost(stream, head);
        stream.Position = 0;
        head = head[..read];

        if (read == 0)
        {
            throw new WorkbookRefusedException(RefusalReason.Empty, $"{name} is empty.", name);
        }

        if (head.StartsWith(Zip))
        {
            return;
        }

        if (head.StartsWith(CompoundFile))
        {
            if (Contains(stream, EncryptedPackage))
            {
                throw new WorkbookRefusedException(
                    RefusalReason.Encrypted,
                    $"{name} is protected with a password. Remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password) and try again.",
                    name);
            }

            throw new WorkbookRefusedException(
                RefusalReason.LegacyXls,
                $"{name} is an Excel 97-2003 workbook (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx), and try again.",
                name);
        }

        if (head.StartsWith(Pdf))
        {
            throw new WorkbookRefusedException(RefusalReason.NotAWorkbook, $"{name} is a PDF document, not an Excel workbook.", name);
        }

        if (LooksLikeText(head))
        {
            throw new WorkbookRefusedException(
                RefusalReason.NotAWorkbook,
                $"{name} is a text file (such as CSV or HTML), not an Excel workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).",
                name);
        }

        throw new WorkbookRefusedException(RefusalReason.NotAWorkbook, $"{name} is not an Excel workbook (.xlsx).", name);
    }

    private static int ReadAtMost(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        var printable = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return false;
            }

            if (b is >= 0x20 or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                printable++;
            }
        }

        return printable >= head.Length * 0.95;
    }

    // A compound file keeps stream names in UTF-16 directory sectors; the file is already size-limited.
    private static bool Contains(Stream stream, byte[] pattern)
    {
        var buffer = new byte[64 * 1024];
        var carry = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0)
        {
            var length = carry + read;
            if (buffer.AsSpan(0, length).IndexOf(pattern) >= 0)
            {
                stream.Position = 0;
                return true;
            }

            carry = Math.Min(pattern.Length - 1, length);
            Buffer.BlockCopy(buffer, length - carry, buffer, 0, carry);
        }

        stream.Position = 0;
        return false;
    }
}
