using System.Text;

namespace OfficeJourney.Model;

/// <summary>
/// Text as every file OfficeJourney writes can hold it. XML 1.0 — and so every part of a deck, a chart or a
/// workbook — cannot carry C0 control characters other than tab, line feed and carriage return, nor U+FFFE,
/// U+FFFF or a lone surrogate: one such character in a cell or a map document would make a part unreadable.
/// They are dropped; everything else (emoji, Persian, Thai, combining marks) is kept as it is.
/// </summary>
public static class CleanText
{
    /// <summary>The text without the characters XML cannot hold; the same instance when it has none.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsAllowed(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The map with every text in it cleaned: title, stages, phases, lanes and items, personas, facts and notes.</summary>
    public static JourneyMap Of(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map with
        {
            Title = Of(map.Title),
            Language = Maybe(map.Language),
            Sheet = Maybe(map.Sheet),
            Personas = [.. map.Personas.Select(p => p is null ? p! : p with
            {
                Name = Of(p.Name),
                Description = Maybe(p.Description),
                Demographics = Maybe(p.Demographics),
                Goals = All(p.Goals),
                Motivations = All(p.Motivations),
                Objections = All(p.Objections),
                Fields = [.. p.Fields.Select(Of)],
            })],
            Phases = [.. map.Phases.Select(p => p is null ? p! : p with { Name = Of(p.Name) })],
            Stages = [.. map.Stages.Select(s => s is null ? s! : s with { Name = Of(s.Name) })],
            Lanes = [.. map.Lanes.Select(l => l is null ? l! : l with
            {
                Label = Of(l.Label),
                Cells = [.. l.Cells.Select(c => c is null ? c! : new LaneCell { Items = [.. c.Items.Select(Of)] })],
            })],
            Properties = [.. map.Properties.Select(Of)],
            Notes = [.. map.Notes.Select(n => n is null ? n! : n with { Text = Of(n.Text) })],
        };
    }

    private static JourneyItem Of(JourneyItem item) => item is null ? item! : item with
    {
        Text = Of(item.Text),
        Emotion = item.Emotion is { } e ? e with { Label = Maybe(e.Label) } : null,
        Kpi = item.Kpi is { } k ? new Kpi(Of(k.Name), Maybe(k.Value), Maybe(k.Target)) : null,
        Impact = item.Impact is { } i ? i with { Written = Of(i.Written) } : null,
        Zone = Maybe(item.Zone),
    };

    private static Field Of(Field field) => field is null ? field! : new Field(Of(field.Name), Of(field.Value));

    private static string? Maybe(string? text) => text is null ? null : Of(text);

    private static IReadOnlyList<string> All(IReadOnlyList<string> texts) => [.. texts.Select(t => t is null ? t! : Of(t))];

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return i;
            }
        }

        return -1;
    }

    // XML 1.0 §2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] (pairs of surrogates are handled above).
    private static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
