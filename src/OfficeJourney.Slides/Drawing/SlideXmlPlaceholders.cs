using static OfficeJourney.Slides.OpenXml.Ns;

namespace OfficeJourney.Slides.Drawing;

/// <summary>Placeholders a slide takes from its layout.</summary>
internal sealed partial class SlideXml
{
    /// <summary>
    /// An empty picture placeholder: the layout's placeholder <paramref name="index"/> (p:ph type="pic"), here at
    /// <paramref name="box"/> and round. PowerPoint shows its "insert picture" icon there, and a picture put in it
    /// takes its place and shape.
    /// </summary>
    public void PicturePlaceholder(string name, int index, Box box)
    {
        xml.Start(P, "sp");
        xml.Start(P, "nvSpPr");
        NonVisual(name);
        xml.Start(P, "cNvSpPr");
        xml.Start(A, "spLocks").Attr("noGrp", "1").Attr("noChangeAspect", "1").End();
        xml.End();
        xml.Start(P, "nvPr");
        xml.Start(P, "ph").Attr("type", "pic").Attr("sz", "quarter").Attr("idx", index).End();
        xml.End();
        xml.End();
        xml.Start(P, "spPr");
        xml.Transform(box);
        xml.PresetGeometry("ellipse");
        xml.End();
        xml.End();
    }
}
