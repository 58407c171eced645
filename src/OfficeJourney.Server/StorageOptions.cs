namespace OfficeJourney.Server;

/// <summary>Where the embedded store keeps its database; empty means the user's local application data folder.</summary>
public sealed class StorageOptions
{
    public string DataFolder { get; set; } = string.Empty;

    public string DatabasePath => Path.Combine(
        string.IsNullOrWhiteSpace(DataFolder)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "OfficeJourney")
            : DataFolder,
        "maps.db");
}
