using OfficeJourney.Excel.Reading;
using OfficeJourney.Interpretation;
using OfficeJourney.Interpretation.Options;
using OfficeJourney.Serialization;

namespace OfficeJourney.Cli;

/// <summary>
/// Reads an input file into maps and problems: a workbook goes through the reader and the one
/// interpreter; a map document (JSON) is checked the same way a grid would be. The content decides, not the extension.
/// </summary>
internal static class JourneyInput
{
    public static InterpretationResult Read(string path, InterpretOptions options)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new InputRefusedException($"{path} is a folder; give a workbook (.xlsx) or a map (.json).");
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
