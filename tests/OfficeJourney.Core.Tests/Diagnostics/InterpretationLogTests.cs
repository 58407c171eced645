using OfficeJourney.Diagnostics;

namespace OfficeJourney.Core.Tests.Diagnostics;

public sealed class InterpretationLogTests
{
    [Fact]
    public void Keeps_each_problem_once_in_the_order_first_met()
    {
        var log = new InterpretationLog();
        var unlabelled = Problem.Warning("lane.unlabelled", "No label.", new SourceRef("Journey", "A3"));
        var duplicate = Problem.Warning("stages.duplicate", "Twice.", new SourceRef("Journey", "D1"));

        log.Add(unlabelled);
        log.Add([duplicate, Problem.Warning("lane.unlabelled", "No label.", new SourceRef("Journey", "A3"))]);

        Assert.Equal([unlabelled, duplicate], log.Problems);
        Assert.False(log.HasErrors);
    }

    [Fact]
    public void Gives_back_one_table_without_stages_a_sheet_and_keeps_them_out_of_the_problems()
    {
        var log = new InterpretationLog();

        log.AddStageless(Problem.Error("stages.no-names", "From its labels.", new SourceRef("Journey", "A2")));
        log.AddStageless(Problem.Error("stages.no-names", "From its header row.", new SourceRef("Journey", "B1")));
        log.AddStageless(Problem.Error("stages.no-names", "From its labels.", new SourceRef("Personas", "A5")));

        Assert.Equal(["Journey!A2", "Personas!A5"], log.StagelessTables().Select(p => p.Location!.Display));
        Assert.Empty(log.Problems);
    }
}
