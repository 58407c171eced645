using ClosedXML.Excel;

namespace OfficeJourney.Benchmarks;

/// <summary>Builds the workbooks the benchmarks read: a typical map and a big one.</summary>
internal static class SampleWorkbooks
{
    private static readonly string[] LaneLabels =
    [
        "Touchpoints", "Actions", "Thoughts", "Emotions (-2..+2)", "Pain points", "Opportunities", "KPIs", "Owner",
        "Channels", "Goals", "Frontstage", "Backstage", "Support processes", "Physical evidence", "Policies", "Technology",
        "People", "Importance", "Research notes", "Quotes",
    ];

    /// <summary>A title, a persona line, and a grid of <paramref name="stages"/> × <paramref name="lanes"/> with multi-line cells.</summary>
    public static byte[] Journey(int stages, int lanes)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Journey");
        sheet.Cell(1, 1).Value = "Online shoe shopping — current state";
        sheet.Cell(2, 1).Value = "Persona";
        sheet.Cell(2, 2).Value = "Maya, 35, busy parent";
        sheet.Cell(4, 1).Value = "Stage";
        for (var s = 0; s < stages; s++)
        {
            sheet.Cell(4, s + 2).Value = $"Stage {s + 1} >>";
        }

        for (var l = 0; l < lanes; l++)
        {
            var label = LaneLabels[l % LaneLabels.Length];
            sheet.Cell(5 + l, 1).Value = label;
            for (var s = 0; s < stages; s++)
            {
                sheet.Cell(5 + l, s + 2).Value = label switch
                {
                    "Emotions (-2..+2)" => ((s % 5) - 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "KPIs" => $"Conversion {s + 1}.5% (target {s + 3}%)",
                    "Touchpoints" => "Instagram ad, Friend, Website",
                    _ => $"First thing about {label.ToLowerInvariant()} in stage {s + 1}\nSecond thing, a little longer, with detail",
                };
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
