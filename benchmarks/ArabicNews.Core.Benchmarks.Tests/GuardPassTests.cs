using System.IO;
using ArabicNews.Core.Benchmarks.Guard;
using FluentAssertions;
using Xunit;

namespace ArabicNews.Core.Benchmarks.Tests;

public class GuardPassTests
{
    [Fact]
    public void A_pass_written_by_a_child_reads_back_exactly()
    {
        var pass = new GuardPass(
            [new("ArticleParseBenchmarks.Parse(Seed=000_7788d47285f976e4.txt)", 0.0023750000000000004, 21_544), new("CorpusParseBenchmarks.Parse", 3.15, 14_474_440)],
            [1.04, 0.97]);
        string file = Path.GetTempFileName();
        try
        {
            pass.Save(file);

            GuardPass read = GuardPass.Load(file);

            read.Measurements.Should().Equal(pass.Measurements, "the ratios round-trip to the last bit, so the parent's median is the children's");
            read.Loads.Should().Equal(pass.Loads);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_empty_file_is_a_clear_error()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "null");

            FluentActions.Invoking(() => GuardPass.Load(file)).Should().Throw<InvalidDataException>().WithMessage("*holds no guard pass*");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
