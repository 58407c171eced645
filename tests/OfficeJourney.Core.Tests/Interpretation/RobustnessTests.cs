using OfficeJourney.Grids;
using OfficeJourney.Interpretation;

namespace OfficeJourney.Core.Tests.Interpretation;

public sealed class RobustnessTests
{
    private static readonly string[] Vocabulary =
    [
        "", "", "", "Stage", "Actions", "Emotions", "Pain points", "Awareness", "Purchase", "😀", "-", "Fill in",
        "Name", "Age", "Goals", "Version: 2", "happy-ish", "3", "+2", "۴", "ความรู้สึก", "Điểm chạm", "نقاط درد", "Iespējas",
        "Research >>", "KPIs", "NPS 42 (target 50)", "a\nb\n• c", "Touchpoints", "Owner", "Phase",
        "section", "Task", "score", "actors", "Persona", "Stage/Phase", "Lane", "Doing", "Feeling", "x", "Medium",
        "Этапы", "Задача", "Maria, 67", "Out of scope from here down", "Utilisateurs", "DisplayName", "07:00", "Motivated",
    ];

    [Fact]
    public void Never_throws_on_random_grids_with_merges_and_hidden_cells()
    {
        var random = new Random(20261123);
        var interpreter = new GridInterpreter();
        for (var iteration = 0; iteration < 600; iteration++)
        {
            var rows = random.Next(0, 14);
            var columns = random.Next(0, 10);
            var cells = new CellValue[rows * columns];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = random.Next(6) == 0
                    ? CellValue.FromNumber(random.Next(-12, 13) / 2.0)
                    : CellValue.FromText(Vocabulary[random.Next(Vocabulary.Length)]);
            }

            var origin = new CellAddress(random.Next(1, 5), random.Next(1, 5));
            var merges = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
            {
                var r = origin.Row + random.Next(0, Math.Max(1, rows));
                var c = origin.Column + random.Next(0, Math.Max(1, columns));
                return new CellRange(new CellAddress(r, c), new CellAddress(r + random.Next(0, 3), c + random.Next(0, 3)));
            }).ToList();
            var hiddenRows = Enumerable.Range(0, random.Next(0, 3)).Select(_ => origin.Row + random.Next(0, 15)).ToHashSet();
            var hiddenColumns = Enumerable.Range(0, random.Next(0, 3)).Select(_ => origin.Column + random.Next(0, 10)).ToHashSet();
            var sheet = new SheetGrid("S" + iteration, origin, rows, columns, cells, merges, hiddenRows, hiddenColumns, random.Next(2) == 0);

            var result = interpreter.Interpret(sheet);

            Assert.NotNull(result);
            Assert.True(result.Maps.Count > 0 || result.HasErrors, $"iteration {iteration}: no map and no error");
            foreach (var map in result.Maps)
            {
                Assert.All(map.Lanes, lane => Assert.Equal(map.Stages.Count, lane.Cells.Count));
            }
        }
    }
}
