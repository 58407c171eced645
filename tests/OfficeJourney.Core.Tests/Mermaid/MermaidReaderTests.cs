using OfficeJourney.Diagnostics;
using OfficeJourney.Mermaid;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Mermaid;

public sealed class MermaidReaderTests
{
    // Mermaid's own example (docs/syntax/userJourney.md).
    private const string WorkingDay = """
        journey
            title My working day
            section Go to work
              Make tea: 5: Me
              Go upstairs: 3: Me
              Do work: 1: Me, Cat
            section Go home
              Go downstairs: 5: Me
              Sit down: 5: Me
        """;

    [Fact]
    public void Mermaids_own_example_reads_as_sections_over_stages_with_scores_and_actors()
    {
        var result = MermaidReader.Read(WorkingDay, "day.mmd");

        Assert.True(result.IsUsable, string.Join("\n", result.Problems));
        var map = Assert.Single(result.Maps);
        Assert.Equal("My working day", map.Title);
        Assert.Equal(["Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"], map.Stages.Select(s => s.Name));
        Assert.Equal([("Go to work", 0, 3), ("Go home", 3, 2)], map.Phases.Select(p => (p.Name, p.FirstStage, p.StageCount)));
        Assert.Equal(new EmotionScale(1, 5), map.EmotionScale);
        var emotions = Assert.Single(map.Lanes, l => l.Kind == LaneKind.Emotions);
        Assert.Equal([5d, 3, 1, 5, 5], emotions.Cells.Select(c => Assert.Single(c.Items).Emotion!.Score));
        var people = Assert.Single(map.Lanes, l => l.Kind == LaneKind.People);
        Assert.Equal(["Me", "Cat"], people.Cells[2].Items.Select(i => i.Text));
        Assert.Equal("day.mmd line 5", map.Stages[1].Source!.Display);
    }

    [Fact]
    public void A_task_without_a_valid_score_is_a_warning_naming_its_line_and_the_stage_is_kept()
    {
        var text = "journey\n  title T\n  section S\n    No score here\n    Odd: five: Me\n    Too good: 7: Me\n    Fine: 2\n";

        var result = MermaidReader.Read(text, "journey.mmd");

        Assert.True(result.IsUsable);
        Assert.Equal(4, result.Maps[0].Stages.Count);
        Assert.Contains(result.Problems, p => p.Code == "mermaid.no-score" && p.ToString().StartsWith("journey.mmd line 4: ", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Code == "mermaid.score-not-a-number" && p.Location!.Display == "journey.mmd line 5");
        Assert.Contains(result.Problems, p => p.Code == "mermaid.score-out-of-range" && p.Location!.Display == "journey.mmd line 6");
        var emotions = result.Maps[0].Lanes.Single(l => l.Kind == LaneKind.Emotions);
        Assert.Equal([0, 0, 1, 1], emotions.Cells.Select(c => c.Items.Count));
        Assert.Equal(5, emotions.Cells[2].Items[0].Emotion!.Score);
    }

    [Fact]
    public void A_task_line_without_a_name_is_left_out_with_a_warning_naming_its_line()
    {
        var text = "journey\n  section S\n    : : :\n    Make tea: 5: Me\n";

        var result = MermaidReader.Read(text, "journey.mmd");

        Assert.Equal(["Make tea"], result.Maps[0].Stages.Select(s => s.Name));
        var problem = Assert.Single(result.Problems, p => p.Code == "mermaid.task-without-name");
        Assert.Equal("journey.mmd line 3", problem.Location!.Display);
        Assert.Contains("no name before its colon", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flowchart LR\n  A --> B\n", "mermaid.no-journey")]
    [InlineData("Just some notes.\n", "mermaid.no-journey")]
    [InlineData("", "mermaid.no-journey")]
    [InlineData("journey\n  title Empty\n  section Nothing\n", "mermaid.no-tasks")]
    public void Only_structure_refuses(string text, string code)
    {
        var result = MermaidReader.Read(text, "x.mmd");

        Assert.False(result.IsUsable);
        Assert.Empty(result.Maps);
        Assert.Contains(result.Problems, p => p.Severity == ProblemSeverity.Error && p.Code == code && p.Message.Contains("x.mmd", StringComparison.Ordinal));
    }

    [Fact]
    public void In_markdown_the_first_journey_block_is_read_with_lines_counted_in_the_file()
    {
        var text = "# Notes\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n```mermaid\njourney\n  title First\n  section S\n    Step: nine: Me\n```\n\n~~~mermaid\njourney\n  title Second\n  Other: 3\n~~~\n";

        var result = MermaidReader.Read(text, "notes.md");

        Assert.Equal("First", Assert.Single(result.Maps).Title);
        Assert.Contains(result.Problems, p => p.Code == "mermaid.several-journeys" && p.Location!.Display == "notes.md line 9");
        Assert.Contains(result.Problems, p => p.Code == "mermaid.score-not-a-number" && p.Location!.Display == "notes.md line 12");
    }

    [Fact]
    public void Accessibility_texts_comments_and_front_matter_are_read_as_mermaid_does()
    {
        var text = "---\ntitle: Front\n---\n%% a comment\njourney\n  accTitle: Short title\n  accDescr {\n    First line\n    second line\n  }\n  %% another\n  Pay: 4: Ann # the rest is a comment\n";

        var map = MermaidReader.Read(text, "acc.mmd").Maps[0];

        Assert.Equal("Short title", map.Properties.Single(p => p.Name == "accTitle").Value);
        Assert.Equal("First line\nsecond line", Assert.Single(map.Notes).Text);
        Assert.Equal("Pay", Assert.Single(map.Stages).Name);
        Assert.Equal("Ann", map.Lanes.Single(l => l.Kind == LaneKind.People).Cells[0].Items[0].Text);
    }

    [Fact]
    public void Cost_is_bounded_by_the_options()
    {
        var options = new MermaidReadOptions { MaxTasks = 3, MaxTextChars = 10, MaxLines = 50 };
        var tasks = string.Concat(Enumerable.Range(1, 5).Select(i => $"  Task {i}: 3\n"));

        var many = MermaidReader.Read("journey\n  title " + new string('x', 20) + "\n" + tasks, "big.mmd", options);
        var tooLong = MermaidReader.Read("journey\n" + string.Concat(Enumerable.Repeat("  Task: 3\n", 60)), "long.mmd", options);

        Assert.Equal(3, many.Maps[0].Stages.Count);
        Assert.Equal(10, many.Maps[0].Title.Length);
        Assert.Contains(many.Problems, p => p.Code == "mermaid.too-many-tasks" && p.Location!.Display == "big.mmd line 6");
        Assert.Contains(many.Problems, p => p.Code == "mermaid.text-too-long" && p.Location!.Display == "big.mmd line 2");
        Assert.Contains(tooLong.Problems, p => p.Severity == ProblemSeverity.Error && p.Code == "mermaid.too-large");
    }

    [Fact]
    public void A_hundred_and_fifty_broken_lines_give_a_hundred_warnings_and_a_count_of_the_rest()
    {
        var text = "journey\n" + string.Concat(Enumerable.Range(1, 150).Select(i => $"  Task {i}: x\n"));

        var result = MermaidReader.Read(text, "many.mmd");

        Assert.True(result.IsUsable);
        Assert.Equal(150, result.Maps[0].Stages.Count);
        Assert.Equal(101, result.Problems.Count(p => p.Code == "mermaid.score-not-a-number"));
        Assert.Contains(result.Problems, p => p.Message == "… and 50 more lines with the same problem.");
    }

    [Fact]
    public void A_hand_edited_oj_line_is_a_warning_and_the_rest_is_read()
    {
        var text = "journey\n  title T\n  %% oj map {\"title\":\"T\",\"type\":\"current-state\",\"rightToLeft\":false}\n  %% oj lane {\"label\":\"Pains\",\"kind\":\"pain-points\"}\n  %% oj item 1 {\"text\":\"Queue\"}\n  %% oj item 9 {\"text\":\"Nowhere\"}\n  %% oj persona {broken\n  section S\n    Shop: 3\n";

        var result = MermaidReader.Read(text, "edited.mmd");

        Assert.True(result.IsUsable, string.Join("\n", result.Problems));
        Assert.Equal("Queue", result.Maps[0].Lanes.Single().Cells[0].Items.Single().Text);
        Assert.Contains(result.Problems, p => p.Code == "mermaid.oj-stage" && p.Location!.Display == "edited.mmd line 6");
        Assert.Contains(result.Problems, p => p.Code == "mermaid.oj-unreadable" && p.Location!.Display == "edited.mmd line 7");
    }
}
