using OfficeJourney.Interpretation.Text;
using OfficeJourney.Model;
using static OfficeJourney.Vocabulary.CommonTerms;

namespace OfficeJourney.Interpretation.Personas;

/// <summary>Gathers what is written of one persona, key by key, into a <see cref="Persona"/>.</summary>
internal sealed class PersonaBuilder
{
    private readonly List<string> goals = [];
    private readonly List<string> motivations = [];
    private readonly List<string> objections = [];
    private readonly List<Field> fields = [];
    private string? name;
    private string? description;
    private string? demographics;

    /// <summary>A persona named in one line ("Maya, 34, first-time buyer"): a name, then a description.</summary>
    public static Persona FromLine(string value, SourceRef source)
    {
        var builder = new PersonaBuilder();
        builder.Add(PersonaKey.Name, "Name", value);
        return builder.Build(null, source);
    }

    public void Add(PersonaKey key, string label, string value)
    {
        switch (key)
        {
            case PersonaKey.Name when name is null:
                SplitNameLine(value);
                break;
            case PersonaKey.Description:
                description = Append(description, value);
                break;
            case PersonaKey.Demographics:
                demographics = Append(demographics, value);
                break;
            case PersonaKey.Goals:
                goals.AddRange(ItemSplitter.Split(value, listLane: false));
                break;
            case PersonaKey.Motivations:
                motivations.AddRange(ItemSplitter.Split(value, listLane: false));
                break;
            case PersonaKey.Objections:
                objections.AddRange(ItemSplitter.Split(value, listLane: false));
                break;
            default:
                fields.Add(new Field(label, value));
                break;
        }
    }

    public Persona Build(string? fallbackName, SourceRef source) => new()
    {
        Name = name ?? fallbackName ?? "Persona",
        Description = description,
        Demographics = demographics,
        Goals = goals,
        Motivations = motivations,
        Objections = objections,
        Fields = fields,
        Source = source,
    };

    public Persona MergeInto(Persona persona) => persona with
    {
        Description = persona.Description ?? description,
        Demographics = persona.Demographics ?? demographics,
        Goals = [.. persona.Goals, .. goals],
        Motivations = [.. persona.Motivations, .. motivations],
        Objections = [.. persona.Objections, .. objections],
        Fields = [.. persona.Fields, .. fields],
    };

    // "Maya, 34, first-time buyer": the name, then a description.
    private void SplitNameLine(string value)
    {
        var comma = value.IndexOfAny([',', '،', '—', '–']);
        if (comma > 0 && comma < 40)
        {
            name = value[..comma].Trim();
            description = Append(description, value[(comma + 1)..].Trim());
        }
        else
        {
            name = value.Trim();
        }
    }

    private static string Append(string? existing, string value) => existing is null ? value : existing + "\n" + value;
}
