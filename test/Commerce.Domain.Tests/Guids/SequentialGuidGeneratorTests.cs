using Microsoft.Extensions.Time.Testing;

namespace Commerce.Guids;

public sealed class SequentialGuidGeneratorTests
{
    [Fact]
    public void Ids_are_version_7_and_ordered_by_the_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var guids = new SequentialGuidGenerator(clock);

        var first = guids.Create();
        clock.Advance(TimeSpan.FromMilliseconds(5));
        var second = guids.Create();

        first.Version.ShouldBe(7);
        first.CompareTo(second).ShouldBeLessThan(0);
    }
}
