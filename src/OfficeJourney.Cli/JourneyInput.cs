using OfficeJourney.Excel.Reading;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;
using OfficeJourney.Mermaid;
using OfficeJourney.Serialization;

namespace OfficeJourney.Cli;

/// <summary>
/// Reads an input file into maps and problems: a workbook goes through the reader and the one
/// interpreter; a map document (JSON) is checked the same way a grid would be; a Mermaid journey (.mmd, or Markdown
/// with a ```mermaid block) goes through <see cref="MermaidReader"/>. The content decides, and for text that is neither
/// JSON nor a workbook the extension (.mmd, .md) or a "journey" near its start.
/// </summary>
internal static class JourneyInput
{
    public static InterpretationResult Read(string path, InterpretOptions options)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new InputRefusedException($"{path} is a folder; give a workbook (.xlsx), a map (.json) or a Mermaid journey (.mmd, .md).");
        }

        if (!File.Exists(path))
        {
            throw new InputRefusedException($"{path}: no such file.");
        }

        using var stream = File.OpenRead(path);
        if (LooksLikeJson(stream))
        {
            return ReadDocument(stream, name);
        }

        if (LooksLikeMermaid(stream, name))
        {
            return ReadMermaid(stream, name);
        }

        try
        {
            var grid = WorkbookReader.Read(stream, name);
            return new GridInterpreter(options).Interpret(grid);
        }
        catch (WorkbookRefusedException e)
        {
            throw new InputRefusedException(e.Message, e);
        }
    }

    private static InterpretationResult ReadDocument(Stream stream, string name)
    {
        if (stream.Length > JourneyJson.MaxDocumentLength)
        {
            throw new InputRefusedException($"{name} is larger than {JourneyJson.MaxDocumentLength / (1024 * 1024)} MB; that is not a journey map document.");
        }

        using var reader = new StreamReader(stream);
        try
        {
            var document = JourneyJson.Deserialize(reader.ReadToEnd());
            return new InterpretationResult(document.Maps, [], MapChecker.Check(document, name));
        }
        catch (JourneyFormatException e)
        {
            throw new InputRefusedException($"{name}: {e.Message}", e);
        }
    }

    private static InterpretationResult ReadMermaid(Stream stream, string name)
    {
        var limit = MermaidReadOptions.Default.MaxChars;
        if (stream.Length > limit)
        {
            throw new InputRefusedException($"{name} is larger than {limit / (1024 * 1024)} MB; a Mermaid journey is read up to that size.");
        }

        using var reader = new StreamReader(stream);
        return MermaidReader.Read(reader.ReadToEnd(), name);
    }

    private static readonly string[] MermaidExtensions = [".mmd", ".mermaid", ".md", ".markdown"];

    // A workbook is a zip ("PK"); text named as Mermaid or Markdown, or starting with a journey, is a diagram.
    private static bool LooksLikeMermaid(Stream stream, string name)
    {
        Span<byte> head = stackalloc byte[512];
        var read = stream.Read(head);
        stream.Position = 0;
        if (read >= 2 && head[0] == (byte)'P' && head[1] == (byte)'K')
        {
            return false;
        }

        if (Array.Exists(MermaidExtensions, e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var text = System.Text.Encoding.UTF8.GetString(head[..read]);
        return text.Contains("journey", StringComparison.OrdinalIgnoreCase) && !text.Contains('\0', StringComparison.Ordinal);
    }

    private static bool LooksLikeJson(Stream stream)
    {
        Span<byte> head = stackalloc byte[64];
        var read = stream.Read(head);
        stream.Position = 0;
        var start = read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        for (var i = start; i < read; i++)
        {
            if (head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return head[i] == (byte)'{';
        }

        return false;
    }
}
