using System.Text.Json;

namespace OfficeJourney.Server.Http;

/// <summary>
/// What the grid's own converters refuse, in words for the person who sent it; the serializer adds where
/// (<see cref="JsonException.Path"/>) and <see cref="ProblemExceptionHandler"/> names both.
/// </summary>
internal sealed class GridJsonException(string message) : JsonException(message);
