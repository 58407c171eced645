using OfficeJourney.Storage.SharePoint;

namespace OfficeJourney.Server.Options;

internal enum StorageMode
{
    /// <summary>The embedded SQLite store on this machine (the default; no Microsoft 365 needed).</summary>
    Local,

    /// <summary>Document libraries of the team's SharePoint sites, through Microsoft Graph on behalf of the signed-in user.</summary>
    SharePoint,
}

/// <summary>Where maps are kept (configuration section "Storage").</summary>
internal sealed class StorageOptions
{
    public StorageMode Mode { get; set; } = StorageMode.Local;

    /// <summary>The embedded store's folder; empty means the user's local application data folder.</summary>
    public string DataFolder { get; set; } = string.Empty;

    public SharePointOptions SharePoint { get; set; } = new();

    public string DatabasePath => Path.Combine(
        string.IsNullOrWhiteSpace(DataFolder)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "OfficeJourney")
            : DataFolder,
        "maps.db");
}
