using System.Text;

namespace OfficeJourney.Cli;

/// <summary>Writes output files whole or not at all: a temporary file beside the target, then a rename.</summary>
internal static class OutputFile
{
    public static void WriteAllText(string path, string text) =>
        Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));

    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new InputRefusedException($"Cannot write {path}: the folder {directory} does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputRefusedException($"Cannot write {path}: permission denied.", e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
