using OfficeJourney.Diagnostics;

namespace OfficeJourney.Server.Http;

/// <summary>
/// A request refused for what it sent (a body that is not a map document, a form that cannot be read, a body
/// over the limit): thrown where the body is read, answered as a problem document by <see cref="ProblemExceptionHandler"/>.
/// </summary>
internal sealed class RequestRefusedException(int status, string detail, IReadOnlyList<Problem>? problems = null) : Exception(detail)
{
    public int Status { get; } = status;

    public IReadOnlyList<Problem>? Problems { get; } = problems;
}
