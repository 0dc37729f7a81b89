using System.Reflection;
using System.Runtime.CompilerServices;

namespace ExerciseRules.Testing.Tests.Architecture;

/// <summary>The shape of the package's public types, as in the core library: sealed (or static), and immutable unless mutable by design.</summary>
public sealed class PublicApiShapeTests
{
    private static readonly Assembly Package = typeof(ScenarioBuilder).Assembly;

    /// <summary>Types that hold mutable state on purpose, each with the reason.</summary>
    private static readonly Dictionary<Type, string> MutableByDesign = new()
    {
        [typeof(ScenarioBuilder)] = "a fluent builder; the Scenario it builds is immutable",
        [typeof(SetBuilder)] = "a fluent builder of one session",
        [typeof(RuleFixture)] = "one test's rule session and the trace of its last Fire",
    };

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        Package.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSettersOrFields()
    {
        var mutable = new List<string>();
        foreach (var type in Package.GetExportedTypes().Where(t => !t.IsEnum && !MutableByDesign.ContainsKey(t)))
        {
            mutable.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{type.Name}.{p.Name} has a public setter"));
            mutable.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(f => !f.IsInitOnly && !f.IsLiteral)
                .Select(f => $"{type.Name}.{f.Name} is a writable public field"));
        }

        mutable.Should().BeEmpty();
    }
}
