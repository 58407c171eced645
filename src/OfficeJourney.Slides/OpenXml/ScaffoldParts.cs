namespace OfficeJourney.Slides.OpenXml;

/// <summary>
/// The fixed parts every deck has: theme, master, one blank layout, notes master and its theme,
/// presentation, view and table-style properties. Written as PowerPoint writes them, so that PowerPoint
/// opens the deck without repair; the brand colour is the theme's first accent.
/// </summary>
internal static class ScaffoldParts
{
    public const string MainNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string PresentationNs = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string Namespaces = $"""xmlns:a="{MainNs}" xmlns:r="{RelationshipsNs}" xmlns:p="{PresentationNs}" """;

    public static string Theme(string name, DeckTheme theme) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:theme xmlns:a="{MainNs}" name="{name}">
          <a:themeElements>
            <a:clrScheme name="OfficeJourney">
              <a:dk1><a:srgbClr val="{theme.Ink}"/></a:dk1>
              <a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>
              <a:dk2><a:srgbClr val="{theme.Muted}"/></a:dk2>
              <a:lt2><a:srgbClr val="{theme.Paper}"/></a:lt2>
              <a:accent1><a:srgbClr val="{theme.Brand}"/></a:accent1>
              <a:accent2><a:srgbClr val="{theme.Pain}"/></a:accent2>
              <a:accent3><a:srgbClr val="{theme.Opportunity}"/></a:accent3>
              <a:accent4><a:srgbClr val="{theme.Phase}"/></a:accent4>
              <a:accent5><a:srgbClr val="{theme.Curve}"/></a:accent5>
              <a:accent6><a:srgbClr val="{theme.Line}"/></a:accent6>
              <a:hlink><a:srgbClr val="0563C1"/></a:hlink>
              <a:folHlink><a:srgbClr val="954F72"/></a:folHlink>
            </a:clrScheme>
            <a:fontScheme name="OfficeJourney">
              <a:majorFont><a:latin typeface="{DeckTheme.LatinFont}"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Thai" typeface="{DeckTheme.ThaiFont}"/><a:font script="Arab" typeface="{DeckTheme.PersianFont}"/></a:majorFont>
              <a:minorFont><a:latin typeface="{DeckTheme.LatinFont}"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Thai" typeface="{DeckTheme.ThaiFont}"/><a:font script="Arab" typeface="{DeckTheme.PersianFont}"/></a:minorFont>
            </a:fontScheme>
            <a:fmtScheme name="Office">
              <a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill></a:fillStyleLst>
              <a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
              <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
              <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill><a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill></a:bgFillStyleLst>
            </a:fmtScheme>
          </a:themeElements>
          <a:objectDefaults/>
          <a:extraClrSchemeLst/>
        </a:theme>
        """;

    private const string EmptyTree = """<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>""";

    private const string ColorMap = """bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink" """;

    public static string Master(string layoutRelationshipId) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldMaster {Namespaces}>
          <p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>{EmptyTree}</p:spTree></p:cSld>
          <p:clrMap {ColorMap}/>
          <p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="{layoutRelationshipId}"/></p:sldLayoutIdLst>
          <p:txStyles>
            <p:titleStyle><a:lvl1pPr><a:defRPr sz="3200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/></a:defRPr></a:lvl1pPr></p:titleStyle>
            <p:bodyStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:bodyStyle>
            <p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:otherStyle>
          </p:txStyles>
        </p:sldMaster>
        """;

    public const string Layout = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldLayout {Namespaces} type="blank" preserve="1">
          <p:cSld name="Blank"><p:spTree>{EmptyTree}</p:spTree></p:cSld>
          <p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>
        </p:sldLayout>
        """;

    public const string NotesMaster = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:notesMaster {Namespaces}>
          <p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>{EmptyTree}
            <p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="1143000"/><a:ext cx="5486400" cy="3086100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr></p:sp>
            <p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4400550"/><a:ext cx="5486400" cy="3600450"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>
          </p:spTree></p:cSld>
          <p:clrMap {ColorMap}/>
          <p:notesStyle><a:lvl1pPr marL="0" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:notesStyle>
        </p:notesMaster>
        """;

    public const string PresentationProperties = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:presentationPr {Namespaces}/>
        """;

    public const string ViewProperties = $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:viewPr {Namespaces}><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>
        """;

    public const string TableStyles = $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:tblStyleLst xmlns:a="{{MainNs}}" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>
        """;
}
