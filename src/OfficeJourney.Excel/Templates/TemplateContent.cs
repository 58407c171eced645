using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeJourney.Vocabulary;

namespace OfficeJourney.Excel.Templates;

/// <summary>
/// The example text of the templates for one language, kept in languages/{language}/template.json so that
/// translators edit words, not code. Figures that do not depend on the language live in <see cref="TemplateFigures"/>.
/// </summary>
internal sealed record TemplateContent(
    string SheetJourney,
    string SheetPersonas,
    string MapTypeKey,
    string TargetWord,
    PersonaKeys PersonaKeys,
    IReadOnlyList<string> DayStages,
    IReadOnlyDictionary<string, IndustryContent> Industries)
{
    private static readonly IReadOnlyDictionary<string, TemplateContent> ByLanguage =
        LanguageFiles.Embedded.Read("template.json", TemplateContentJson.Default.TemplateContent);

    public static TemplateContent For(string language) =>
        ByLanguage.GetValueOrDefault(language) ?? throw new ArgumentException($"There is no template content in '{language}'.", nameof(language));

    public IndustryContent Industry(Industry industry) => Industries[industry switch
    {
        Templates.Industry.Retail => "retail",
        Templates.Industry.Travel => "travel",
        Templates.Industry.Banking => "banking",
        _ => "b2bSoftware",
    }];
}

internal sealed record PersonaKeys(string Name, string Description, string Goals, string Objections, string Demographics, string Motivations);

internal sealed record PersonaContent(string Name, string Description, IReadOnlyList<string> Goals, IReadOnlyList<string> Objections);

internal sealed record IndustryContent(
    string Title,
    PersonaContent Persona,
    IReadOnlyList<string> Stages,
    IReadOnlyList<string> Phases,
    IReadOnlyList<StepContent> Steps);

internal sealed record StepContent(
    string Action,
    IReadOnlyList<string> Touchpoints,
    string Thought,
    string Pain,
    string Opportunity,
    string Kpi,
    string Owner,
    string Frontstage,
    string Backstage,
    string Support);

// Strict: a text missing or a key no template uses stops the loading with the file's name.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(TemplateContent))]
internal sealed partial class TemplateContentJson : JsonSerializerContext;
