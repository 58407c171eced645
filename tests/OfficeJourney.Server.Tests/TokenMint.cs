using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OfficeJourney.Server.Tests;

/// <summary>Access tokens for the API signed by a key made for this run, and the bearer handler set to trust only that key without fetching metadata.</summary>
public sealed class TokenMint(string issuer, string audience, string tenant)
{
    public RsaSecurityKey Key { get; } = new(RSA.Create(2048)) { KeyId = "test-key" };

    public string Token(string user, string? issuer = null, string? audience = null, string? tenant = null, string scope = "access_as_user", DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? IssuerName,
            Audience = audience ?? AudienceName,
            NotBefore = now.AddMinutes(-10),
            IssuedAt = now.AddMinutes(-10),
            Expires = expires ?? now.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["oid"] = user, ["tid"] = tenant ?? TenantId, ["scp"] = scope },
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Trust(IServiceCollection services) => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = IssuerName };
        configuration.SigningKeys.Add(Key);
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);

        // Identity.Web's issuer check learns the cloud's issuer aliases from login.microsoftonline.com, which these
        // offline tests cannot reach: the issuer is checked against this run's own instead.
        options.TokenValidationParameters.IssuerValidator = null;
        options.TokenValidationParameters.ValidIssuer = IssuerName;
    });

    private string IssuerName => issuer;

    private string AudienceName => audience;

    private string TenantId => tenant;
}
