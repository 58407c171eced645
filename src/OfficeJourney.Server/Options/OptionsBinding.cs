namespace OfficeJourney.Server.Options;

/// <summary>The one way a configuration section becomes options.</summary>
internal static class OptionsBinding
{
    /// <summary>
    /// Binds a section for the container (<c>IOptions&lt;T&gt;</c>, bound when the service starts rather than on a
    /// first request), and returns the same values for what startup decides by them (which store, which sign-in).
    /// </summary>
    public static T BindOptions<T>(this WebApplicationBuilder builder, string section)
        where T : class, new()
    {
        builder.Services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
        return builder.Configuration.GetSection(section).Get<T>() ?? new T();
    }
}
