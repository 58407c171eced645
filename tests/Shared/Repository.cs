namespace OfficeJourney;

/// <summary>
/// The repository a test or benchmark was built in, found upwards from its output folder (OfficeJourney.sln
/// marks the root). Linked into the projects that read files of the repository.
/// </summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OfficeJourney.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("This runs inside the repository: OfficeJourney.sln was not found above " + AppContext.BaseDirectory);
    }
}
