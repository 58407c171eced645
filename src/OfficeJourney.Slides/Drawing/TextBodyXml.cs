using System.Buffers;
using OfficeJourney.Slides.OpenXml;
using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.Drawing;

/// <summary>Text bodies of shapes and table cells: every paragraph with its direction, every run with its language and fonts.</summary>
internal static class TextBodyXml
{
    private static readonly string[] Insets = ["lIns", "tIns", "rIns", "bIns"];

    // The control characters (C0 and C1) but tab.
    private static readonly SearchValues<char> Controls = SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not '\t')]);

    /// <summary>
    /// p:txBody of a shape (<paramref name="table"/> false) or a:txBody of a table cell; an empty body still holds one
    /// paragraph, of <paramref name="emptySize"/> when given.
    /// </summary>
    public static void TextBody(this PartWriter xml, TextStyle text, IReadOnlyList<Paragraph> paragraphs, Align vertical, long? inset, bool table = false, double? emptySize = null)
    {
        xml.Start(table ? A : P, "txBody");
        xml.Start(A, "bodyPr");
        if (!table)
        {
            xml.Attr("wrap", "square");
            if (inset is { } i)
            {
                foreach (var side in Insets)
                {
                    xml.Attr(side, i);
                }
            }

            xml.Attr("rtlCol", "0");
            xml.Attr("anchor", vertical switch { Align.Center => "ctr", Align.End => "b", _ => "t" });

            // Every box is sized for its text at the size chosen for it; a renderer's shrink-on-overflow (LibreOffice
            // applies it even to text that fits) would set it below the 10 pt the deck promises.
            xml.Empty(A, "noAutofit");
        }

        xml.End();
        xml.Empty(A, "lstStyle");
        if (paragraphs.Count == 0)
        {
            xml.Start(A, "p");
            xml.Start(A, "endParaRPr").Attr("lang", text.Culture);
            if (emptySize is { } size)
            {
                xml.Attr("sz", (long)Math.Round(size * 100));
            }

            xml.End();
            xml.End();
        }

        foreach (var paragraph in paragraphs)
        {
            xml.Paragraph(text, paragraph);
        }

        xml.End();
    }

    private static void Paragraph(this PartWriter xml, TextStyle text, Paragraph paragraph)
    {
        xml.Start(A, "p");
        xml.Start(A, "pPr");
        if (paragraph.Bullet)
        {
            xml.Attr("marL", Emu.Points(14)).Attr("indent", -Emu.Points(14));
        }

        var align = (paragraph.Align, text.RightToLeft) switch
        {
            (Align.Center, _) => "ctr",
            (Align.Start, true) or (Align.End, false) => "r",
            _ => "l",
        };
        xml.Attr("algn", align).Attr("rtl", text.RightToLeft);
        if (paragraph.Bullet)
        {
            xml.Leaf(A, "buFont", "typeface", "Arial");
            xml.Leaf(A, "buChar", "char", "•");
        }
        else
        {
            xml.Empty(A, "buNone");
        }

        xml.End();
        if (paragraph.Prefix is { } prefix)
        {
            xml.Run(text, prefix, paragraph with { Color = paragraph.PrefixColor ?? paragraph.Color, Bold = true });
        }

        if (paragraph.Text.Length > 0)
        {
            xml.Run(text, paragraph.Text, paragraph);
        }

        // The size of the line an empty paragraph still takes: without it a renderer falls back to 18 pt, and an empty
        // table cell made its row twice as tall as measured, pushing the table's last rows off the slide.
        xml.Start(A, "endParaRPr").Attr("lang", text.Culture).Attr("sz", (long)Math.Round(paragraph.Size * 100)).Attr("dirty", "0").End();
        xml.End();
    }

    private static void Run(this PartWriter xml, TextStyle text, string content, Paragraph style)
    {
        xml.Start(A, "r");
        xml.Start(A, "rPr").Attr("lang", text.Culture).Attr("sz", (long)Math.Round(style.Size * 100)).Attr("b", style.Bold).Attr("dirty", "0");
        xml.Look(text, style.Color);
        xml.End();
        xml.Text(A, "t", Clean(content));
        xml.End();
    }

    // Line breaks and other control characters in a:t are no breaks on a slide (that takes a:br): written as spaces, tabs kept.
    private static string Clean(string content) =>
        content.AsSpan().ContainsAny(Controls)
            ? string.Create(content.Length, content, static (cleaned, text) =>
            {
                text.AsSpan().CopyTo(cleaned);
                cleaned.ReplaceAny(Controls, ' ');
            })
            : content;
}
