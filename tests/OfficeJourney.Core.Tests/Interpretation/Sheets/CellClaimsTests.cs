using OfficeJourney.Interpretation.Sheets;

namespace OfficeJourney.Core.Tests.Interpretation.Sheets;

public sealed class CellClaimsTests
{
    [Fact]
    public void A_reader_that_takes_many_areas_sees_each_of_them_and_no_other_cell()
    {
        var claims = new CellClaims(20, 3);
        for (var r = 0; r < 20; r += 2)
        {
            claims.Add(new CellArea(r, 0, r, 1));
        }

        Assert.All(Enumerable.Range(0, 20), r =>
        {
            Assert.Equal(r % 2 == 0, claims.Contains(r, 0));
            Assert.Equal(r % 2 == 0, claims.Contains(r, 1));
            Assert.False(claims.Contains(r, 2));
        });

        claims.Add(new CellArea(1, 2, 3, 2));
        Assert.True(claims.Contains(3, 2));
        Assert.False(claims.Contains(4, 2));
    }
}
