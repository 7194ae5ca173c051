using ToApis.Balance.Internal;

namespace ToApis.Balance.Tests.Internal;

public sealed class BaseAddressNormalizerTests
{
    [Theory]
    [InlineData("https://toapis.com", "https://toapis.com/")]
    [InlineData("https://toapis.com/", "https://toapis.com/")]
    [InlineData("https://toapis.com/v1", "https://toapis.com/")]
    [InlineData("https://toapis.com/v1/", "https://toapis.com/")]
    [InlineData("https://toapis.com/V1", "https://toapis.com/")]
    [InlineData("https://toapis.com/proxy", "https://toapis.com/proxy/")]
    [InlineData("https://toapis.com/proxy/", "https://toapis.com/proxy/")]
    [InlineData("https://toapis.com/proxy/v1", "https://toapis.com/proxy/")]
    [InlineData("https://toapis.com/v1beta", "https://toapis.com/v1beta/")]
    [InlineData("https://toapis.com/apiv1", "https://toapis.com/apiv1/")]
    [InlineData("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/")]
    public void Normalize_Address_EndsWithOneSlashAndNoV1(string address, string expected) =>
        Assert.Equal(new Uri(expected), BaseAddressNormalizer.Normalize(new Uri(address)));

    [Fact]
    public void Normalize_QueryAndFragment_NothingLeftOfThem() =>
        Assert.Equal("https://toapis.com/", BaseAddressNormalizer.Normalize(new Uri("https://toapis.com/v1?x=1#top")).AbsoluteUri);

    [Fact]
    public void ForDisplay_RelativeAddress_AsWritten() =>
        Assert.Equal("balance/", BaseAddressNormalizer.ForDisplay(new Uri("balance/", UriKind.Relative)));

    [Fact]
    public void ForDisplay_Null_Null() =>
        Assert.Null(BaseAddressNormalizer.ForDisplay(null));

    [Fact]
    public void Normalize_QueryAndFragment_Dropped() =>
        Assert.Equal(new Uri("https://toapis.com/"), BaseAddressNormalizer.Normalize(new Uri("https://toapis.com/v1?x=1#top")));

    [Theory]
    [InlineData("https://toapis.com/v1/balance", "https://toapis.com")]
    [InlineData("http://127.0.0.1:8080/proxy", "http://127.0.0.1:8080")]
    [InlineData("https://user:secret@toapis.com/v1", "https://toapis.com")]
    [InlineData("https://toapis.com:8443/", "https://toapis.com:8443")]
    public void Origin_AbsoluteAddress_SchemeHostAndPortOnly(string address, string expected) =>
        Assert.Equal(expected, BaseAddressNormalizer.Origin(new Uri(address)));

    [Fact]
    public void Origin_RelativeAddress_SaysRelative() =>
        Assert.Equal("(relative address)", BaseAddressNormalizer.Origin(new Uri("/v1/balance", UriKind.Relative)));

    [Theory]
    [InlineData("https://toapis.com/v1/balance", "https://toapis.com/other", true)]
    [InlineData("https://toapis.com/v1/balance", "https://TOAPIS.com:443/other", true)]
    [InlineData("https://toapis.com/v1/balance", "http://toapis.com/v1/balance", false)]
    [InlineData("https://toapis.com/v1/balance", "https://api.toapis.com/v1/balance", false)]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8081/", false)]
    public void IsSameOrigin_TwoAddresses_ComparesSchemeHostAndPort(string left, string right, bool expected) =>
        Assert.Equal(expected, BaseAddressNormalizer.IsSameOrigin(new Uri(left), new Uri(right)));
}
