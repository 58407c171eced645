using OfficeJourney.Vocabulary;

namespace OfficeJourney.Core.Tests.Vocabulary;

public sealed class ChannelTermsTests
{
    // The channel a touchpoint's icon shows is the first one its text names.
    [Theory]
    [InlineData("Instagram ad", "social")]
    [InlineData("Google search", "search")]
    [InlineData("Google Ads campaign", "ads")]
    [InlineData("Call centre", "phone")]
    [InlineData("IVR menu", "phone")]
    [InlineData("LINE chat", "chat")]
    [InlineData("LINE OA broadcast", "chat")]
    [InlineData("Waiting in line at the store", "store")]
    [InlineData("Zalo", "chat")]
    [InlineData("Facebook Messenger", "chat")]
    [InlineData("Push notification", "app")]
    [InlineData("Mobile banking", "app")]
    [InlineData("Online banking", "web")]
    [InlineData("Contact form", "web")]
    [InlineData("Branch visit", "store")]
    [InlineData("ATM", "store")]
    [InlineData("Self-service kiosk", "store")]
    [InlineData("Snapchat story", "social")]
    [InlineData("Livestream", "social")]
    [InlineData("Trustpilot reviews", "word-of-mouth")]
    [InlineData("Postcard", "print")]
    [InlineData("Amazon marketplace", "partner")]
    [InlineData("Help centre", "support")]
    [InlineData("Trade show", "event")]
    [InlineData("Welcome email", "email")]
    [InlineData("คอลเซ็นเตอร์", "phone")]
    [InlineData("แชทไลน์", "chat")]
    [InlineData("แอปธนาคาร", "app")]
    [InlineData("สาขาธนาคาร", "store")]
    [InlineData("อีเมลยืนยัน", "email")]
    [InlineData("ตู้เอทีเอ็ม", "store")]
    [InlineData("Quảng cáo Facebook", "ads")]
    [InlineData("Tổng đài CSKH", "phone")]
    [InlineData("Nhắn tin Zalo", "chat")]
    [InlineData("Fanpage", "social")]
    [InlineData("Ứng dụng ngân hàng", "app")]
    [InlineData("Chi nhánh ngân hàng", "store")]
    [InlineData("Tìm kiếm Google", "search")]
    [InlineData("تبلیغات اینستاگرام", "ads")]
    [InlineData("مرکز تماس", "phone")]
    [InlineData("جستجو در گوگل", "search")]
    [InlineData("همراه بانک", "app")]
    [InlineData("اینترنت بانک", "web")]
    [InlineData("شعبه بانک", "store")]
    [InlineData("روبیکا", "chat")]
    [InlineData("واتساپ", "chat")]
    [InlineData("Instagram reklāma", "social")]
    [InlineData("Zvanu centrs", "phone")]
    [InlineData("Google meklēšana", "search")]
    [InlineData("Internetbanka", "web")]
    [InlineData("Mobilā banka", "app")]
    [InlineData("Bankas filiāle", "store")]
    [InlineData("E-pasta vēstule", "email")]
    [InlineData("Čats ar konsultantu", "chat")]
    public void Finds_the_channel_a_touchpoint_names_in_every_language(string text, string channel)
    {
        Assert.Equal(channel, ChannelTerms.ChannelOf(text, zone: null));
    }

    [Fact]
    public void A_touchpoint_naming_no_channel_takes_its_zones()
    {
        Assert.Equal("social", ChannelTerms.ChannelOf("Unboxing video", "Social media"));
        Assert.Equal("store", ChannelTerms.ChannelOf("Store visit", "Social media"));
        Assert.Null(ChannelTerms.ChannelOf("Unboxing video", "Owned"));
    }

    [Theory]
    [InlineData("Compare prices")]
    [InlineData("Pay the invoice")]
    [InlineData("Nhận hàng")]
    [InlineData("Stand in line to pay")]
    public void Finds_no_channel_in_text_that_names_none(string text)
    {
        Assert.Empty(ChannelTerms.Find(text, ChannelDimension.Channel));
    }
}
