namespace OfficeJourney.Slides.OpenXml;

/// <summary>A kind of part: its content type, and the type of relationship its owner relates to it by.</summary>
internal sealed record PartKind(string ContentType, string RelationshipType)
{
    public const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";

    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Presentation = "application/vnd.openxmlformats-officedocument.presentationml.";
    private const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    public static readonly PartKind Deck = Pml("presentation.main+xml", "officeDocument");
    public static readonly PartKind SlideMaster = Pml("slideMaster+xml", "slideMaster");
    public static readonly PartKind SlideLayout = Pml("slideLayout+xml", "slideLayout");
    public static readonly PartKind Theme = new("application/vnd.openxmlformats-officedocument.theme+xml", Relationships + "theme");
    public static readonly PartKind NotesMaster = Pml("notesMaster+xml", "notesMaster");
    public static readonly PartKind PresentationProperties = Pml("presProps+xml", "presProps");
    public static readonly PartKind ViewProperties = Pml("viewProps+xml", "viewProps");
    public static readonly PartKind TableStyles = Pml("tableStyles+xml", "tableStyles");
    public static readonly PartKind Slide = Pml("slide+xml", "slide");
    public static readonly PartKind NotesSlide = Pml("notesSlide+xml", "notesSlide");
    public static readonly PartKind Chart = new("application/vnd.openxmlformats-officedocument.drawingml.chart+xml", Relationships + "chart");
    public static readonly PartKind Png = new("image/png", Relationships + "image");
    public static readonly PartKind Svg = new("image/svg+xml", Relationships + "image");

    /// <summary>A workbook embedded in a chart, which "Edit Data" opens.</summary>
    public static readonly PartKind Workbook = new(Spreadsheet + "sheet", Relationships + "package");

    /// <summary>The main part of a workbook package, and its one sheet.</summary>
    public static readonly PartKind WorkbookMain = new(Spreadsheet + "sheet.main+xml", Relationships + "officeDocument");

    public static readonly PartKind Worksheet = new(Spreadsheet + "worksheet+xml", Relationships + "worksheet");

    private static PartKind Pml(string contentType, string relationship) => new(Presentation + contentType, Relationships + relationship);
}
