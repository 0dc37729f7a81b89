using BenchmarkDotNet.Running;

namespace ExerciseRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --filter '*'</c> runs the BenchmarkDotNet suites (see docs/benchmarks.md);
/// <c>-- --quick</c> prints the six numbers of issue 11 in well under two minutes without BenchmarkDotNet;
/// <c>-- --experiments</c> measures the prototypes of Experiments.cs; <c>-- --coldstart RUNS VARIANT...</c>
/// times fresh processes round-robin (of this build or another, e.g. a ReadyToRun publish).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--coldstart-child")
        {
            return ColdStart.Child(args[1]);
        }

        if (args.Length >= 3 && args[0] == "--coldstart")
        {
            return ColdStart.Report(args);
        }

        if (args.Length == 1 && args[0] == "--experiments")
        {
            return Experiments.Run();
        }

        if (args.Length == 3 && args[0] == "--loop")
        {
            return Loop.Run(args[1], args[2]);
        }

        if (args.Length > 0 && args[0] == "--api-load")
        {
            return ApiLoad.Run(args);
        }

        if (args.Contains("--quick"))
        {
            return Quick.Run();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
