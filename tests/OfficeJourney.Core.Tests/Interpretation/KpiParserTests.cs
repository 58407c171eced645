using OfficeJourney.Interpretation;
using OfficeJourney.Model;

namespace OfficeJourney.Core.Tests.Interpretation;

public sealed class KpiParserTests
{
    [Theory]
    [InlineData("Checkout abandonment 68%", "Checkout abandonment", "68%", null)]
    [InlineData("NPS: 42 (target 50)", "NPS", "42", "50")]
    [InlineData("Conversion rate 2.1% → 3%", "Conversion rate", "2.1%", "3%")]
    [InlineData("Time on site 3:40", "Time on site", "3:40", null)]
    [InlineData("68% checkout abandonment", "checkout abandonment", "68%", null)]
    [InlineData("Reach 1.2M", "Reach", "1.2M", null)]
    [InlineData("Tỷ lệ nhấp 1.8% (mục tiêu 2.5%)", "Tỷ lệ nhấp", "1.8%", "2.5%")]
    [InlineData("نرخ کلیک ۱٫۸٪ (هدف ۲٫۵٪)", "نرخ کلیک", "۱٫۸٪", "۲٫۵٪")]
    [InlineData("Customer satisfaction", "Customer satisfaction", null, null)]
    public void Reads_kpis_as_written(string text, string name, string? value, string? target)
    {
        Assert.Equal(new Kpi(name, value, target), KpiParser.Parse(text));
    }
}
