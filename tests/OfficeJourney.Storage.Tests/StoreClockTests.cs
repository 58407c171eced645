using Microsoft.Data.Sqlite;
using Moq;
using OfficeJourney.Model;

namespace OfficeJourney.Storage.Tests;

/// <summary>
/// The store takes every time it records from its clock: a clock that says what it likes (Moq) shows that saves are
/// stamped with it, kept to the second across cultures whose calendars differ (th-TH counts Buddhist years), and
/// ordered by it rather than by when rows happened to be written.
/// </summary>
public sealed class StoreClockTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("journey-clock-").FullName;

    [Fact]
    public async Task Saves_are_stamped_with_the_clocks_time_and_listed_newest_first_by_it()
    {
        var times = new Queue<DateTimeOffset>(
        [
            new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero),
            new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.Zero),
            new DateTimeOffset(2031, 3, 4, 5, 6, 8, TimeSpan.Zero),
        ]);
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(times.Dequeue);
        using var store = new SqliteJourneyMapStore(Path.Combine(folder, "maps.db"), clock.Object);

        var later = await store.CreateAsync(Map("Written first, dated later"), new SaveContext("me"));
        var earlier = await store.CreateAsync(Map("Written second, dated earlier"), new SaveContext("me"));
        await store.UpdateAsync(later.Id, Map("Written first, dated later"), later.ETag, new SaveContext("me"));

        var versions = await store.GetVersionsAsync(later.Id);
        var listed = await store.ListAsync(new MapQuery());

        Assert.Equal(new DateTimeOffset(2031, 3, 4, 5, 6, 8, TimeSpan.Zero), versions.Max(v => v.SavedAt));
        Assert.Equal(new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero), versions.Min(v => v.SavedAt));
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 23, 59, 59, TimeSpan.Zero), (await store.GetAsync(earlier.Id))!.SavedAt);
        Assert.Equal([later.Id, earlier.Id], listed.Items.Select(m => m.Id));
        clock.Verify(c => c.GetUtcNow(), Times.Exactly(3));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static JourneyMap Map(string title) => new()
    {
        Title = title,
        Stages = [new Stage { Name = "Awareness" }],
        Lanes = [new Lane { Label = "Actions", Kind = LaneKind.Actions, Cells = [new LaneCell { Items = [new JourneyItem { Text = "Look" }] }] }],
    };
}
