using System.ComponentModel.DataAnnotations;

namespace OfficeJourney.Server.Options;

/// <summary>How many decks the service makes at once and how many may wait their turn (configuration section "Decks").</summary>
internal sealed class DeckConcurrencyOptions
{
    /// <summary>Decks made at once; by default one per processor, since a deck is processor work from start to end.</summary>
    [Range(1, 1024)]
    public int AtOnce { get; set; } = Environment.ProcessorCount;

    /// <summary>Decks that may wait before the next is answered 503; far more than clients wait in practice.</summary>
    [Range(0, 100_000)]
    public int Waiting { get; set; } = 256;
}
