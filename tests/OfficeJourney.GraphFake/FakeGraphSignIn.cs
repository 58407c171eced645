using Microsoft.Kiota.Abstractions.Authentication;

namespace OfficeJourney.GraphFake;

/// <summary>
/// How a Graph client signs in to the fake: the bearer token is the user's name, which the fake takes as the
/// caller. This replaces only the token exchange; the client's pipeline is the real one.
/// </summary>
public static class FakeGraphSignIn
{
    public static IAuthenticationProvider As(string user) => new BaseBearerTokenAuthenticationProvider(new UserAsToken(user));

    private sealed class UserAsToken(string user) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(user);
    }
}
