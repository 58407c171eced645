using OfficeJourney.Interpretation.GridReaders;
using OfficeJourney.Interpretation.Personas;
using OfficeJourney.Interpretation.Sheets;
using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using OfficeJourney.Vocabulary;
using static OfficeJourney.Vocabulary.CommonTerms;

namespace OfficeJourney.Interpretation;

/// <summary>What is written around a grid: its title, "Key: value" facts, persona lines and free notes.</summary>
internal sealed class Surroundings
{
    public string? Title { get; private set; }

    public MapType? MapType { get; private set; }

    public List<Field> Properties { get; } = [];

    public List<Note> Notes { get; } = [];

    public List<Persona> Personas { get; } = [];

    private readonly List<(string Text, SourceRef Source, int Score, bool Above)> texts = [];

    private static readonly string[] MapWords =
    [
        "journey", "map", "blueprint", "hành trình", "bản đồ", "เส้นทาง", "แผนที่", "การเดินทาง", "سفر", "نقشه", "ceļš", "ceļa", "karte",
    ];

    private static readonly string[] InstructionWords =
    [
        "how to", "instruction", "note", "please", "step ", "tip", "hướng dẫn", "lưu ý", "คำแนะนำ", "วิธีใช้", "หมายเหตุ", "راهنما", "توجه", "norādījum", "instrukcij", "piezīme",
    ];

    /// <summary>Sorts every cell no grid or persona block took into the surroundings of the grid it belongs to.</summary>
    public static Surroundings[] Read(SheetView view, IReadOnlyList<RawGrid> grids)
    {
        var result = grids.Select(_ => new Surroundings()).ToArray();
        if (grids.Count == 0)
        {
            return result;
        }

        var crowded = CrowdedRows(view);
        for (var r = 0; r < view.Rows; r++)
        {
            for (var c = 0; c < view.Columns; c++)
            {
                if (view.IsTaken(r, c) || view.OwnText(r, c) is not { } text)
                {
                    continue;
                }

                // Text belongs to the first grid below it; text below every grid to the last one.
                var sheetRow = view.SheetRowOf(r, c);
                var owner = grids.Count - 1;
                for (var g = 0; g < grids.Count; g++)
                {
                    if (grids[g].SheetTop > sheetRow)
                    {
                        owner = g;
                        break;
                    }
                }

                var above = grids[owner].SheetTop > sheetRow;
                if (result[owner].TakePair(view, r, c, text))
                {
                    c++; // the value beside the key is read with it
                    continue;
                }

                result[owner].Take(text, view.Source(r, c), above, view.IsMergedAcross(r, c), !crowded[r]);
            }
        }

        foreach (var surroundings in result)
        {
            surroundings.ChooseTitle();
        }

        return result;
    }

    /// <summary>"Version" in one cell and "3" in the next.</summary>
    private bool TakePair(SheetView view, int row, int column, string key)
    {
        if (column + 1 >= view.Columns || view.IsTaken(row, column + 1) || view.OwnText(row, column + 1) is not { } value
            || key.Length > 40 || KeyValue.TrySplit(key, out _, out _))
        {
            return false;
        }

        return TakeKeyValue(KeyValue.KeyOf(key), value, view.Source(row, column));
    }

    private void Take(string text, SourceRef source, bool aboveGrid, bool mergedAcross, bool alone)
    {
        if (KeyValue.TrySplit(text, out var key, out var value) && TakeKeyValue(key, value, source))
        {
            return;
        }

        // A name beside a student number is a line of a list, not a heading.
        texts.Add((text, source, TitleScore(text, mergedAcross) - (alone ? 0 : 3), aboveGrid));
    }

    /// <summary>Rows holding more than one value (a cell, or a merged area): a line of a list, where no title stands.</summary>
    private static bool[] CrowdedRows(SheetView view)
    {
        var crowded = new bool[view.Rows];
        for (var r = 0; r < view.Rows; r++)
        {
            var first = -1;
            for (var c = 0; c < view.Columns && !crowded[r]; c++)
            {
                if (!view.IsEmpty(r, c))
                {
                    var identity = view.Identity(r, c);
                    crowded[r] = first >= 0 && identity != first;
                    first = first < 0 ? identity : first;
                }
            }
        }

        return crowded;
    }

    /// <summary>
    /// The title is the text above the grid that looks most like one — a merged heading that names a
    /// journey beats the instructions people leave in A1; text that reads as no heading at all (a list of
    /// names, an instruction) is no title. Everything else is kept as notes, in sheet order.
    /// </summary>
    private void ChooseTitle()
    {
        var best = -1;
        if (Title is null)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                if (texts[i].Above && texts[i].Score >= 0 && !Lexicon.IsPlaceholder(texts[i].Text) && (best < 0 || texts[i].Score > texts[best].Score))
                {
                    best = i;
                }
            }
        }

        for (var i = 0; i < texts.Count; i++)
        {
            if (i == best)
            {
                Title = texts[i].Text.Replace('\n', ' ').Trim();
            }
            else
            {
                Notes.Add(new Note(texts[i].Text, texts[i].Source));
            }
        }
    }

    private static int TitleScore(string text, bool mergedAcross)
    {
        var lower = text.ToLowerInvariant();
        var score = (mergedAcross ? 2 : 0) + (text.Length <= 80 ? 1 : 0);
        score += MapWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) ? 1 : 0;
        score -= InstructionWords.Any(w => lower.StartsWith(w, StringComparison.Ordinal)) || char.IsDigit(lower[0]) || text.Length > 120 ? 3 : 0;
        score -= text.TrimEnd().EndsWith(':') ? 1 : 0;
        return score;
    }

    private bool TakeKeyValue(string key, string value, SourceRef source)
    {
        switch (Lexicon.PropertyKeyOf(key))
        {
            case PropertyKey.Title:
                Title = value;
                return true;
            case PropertyKey.MapType:
                MapType = Lexicon.MapTypeOf(value);
                Properties.Add(new Field(key, value));
                return true;
            case PropertyKey.Other:
                Properties.Add(new Field(key, value));
                return true;
        }

        if (Lexicon.PersonaKeyOf(key) == PersonaKey.Name)
        {
            Personas.Add(PersonaBuilder.FromLine(value, source));
            return true;
        }

        return false;
    }
}
