using AdviceApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ExerciseRules.Samples.Tests.Api;

/// <summary>The API's own settings: the time allowed for a request body, read strictly.</summary>
public sealed class AdviceApiHostingTests
{
    [Fact]
    public void RequestBodyTimeout_NotSet_IsTenSeconds()
    {
        AdviceApiHosting.RequestBodyTimeout(Configuration(null)).Should().Be(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("00:00:01", 1)]
    [InlineData("00:01:30", 90)]
    [InlineData("23:59:59", 86_399)]
    public void RequestBodyTimeout_HhMmSs_IsRead(string text, int seconds)
    {
        AdviceApiHosting.RequestBodyTimeout(Configuration(text)).Should().Be(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("10")]          // TimeSpan.Parse would read ten days
    [InlineData("00:00:00")]
    [InlineData("-00:00:10")]
    [InlineData("0:0:10")]
    [InlineData("00:00:10\n")]
    [InlineData("1.00:00:00")]
    public void RequestBodyTimeout_AnythingElse_StopsTheStartWithTheSetting(string text)
    {
        var read = () => AdviceApiHosting.RequestBodyTimeout(Configuration(text));

        read.Should().Throw<InvalidOperationException>()
            .WithMessage($"AdviceApi:RequestBodyTimeout is '{text}'; it should be a duration as hh:mm:ss from 00:00:01 to 23:59:59, e.g. 00:00:10.");
    }

    [Fact]
    public void Startup_BadRequestBodyTimeout_FailsWithTheMessage()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("AdviceApi:RequestBodyTimeout", "10"));

        var start = () => factory.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("AdviceApi:RequestBodyTimeout is '10'; *");
    }

    private static IConfiguration Configuration(string? timeout) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(timeout is null ? [] : [new KeyValuePair<string, string?>("AdviceApi:RequestBodyTimeout", timeout)])
            .Build();
}
