using System.Reflection;
using System.Runtime.CompilerServices;

namespace ExerciseRules.Tests.Architecture;

/// <summary>The shape every public type of the library keeps: sealed (or static), and immutable unless it is a builder by design.</summary>
public sealed class PublicApiShapeTests
{
    private static readonly Assembly Library = typeof(Advisor).Assembly;

    /// <summary>Types that hold mutable state on purpose, each with the reason.</summary>
    private static readonly Dictionary<Type, string> MutableByDesign = new()
    {
        [typeof(ExerciseRules.Protocol.ComposedMessages)] = "the collector compose rules add message codes to",
        [typeof(ExerciseRules.Model.ProtocolOptionsBuilder)] = "a mutable copy of ProtocolOptions for configuration binding and JSON reading",
        [typeof(ExerciseRules.AdviceTracker)] = "live advice: it holds one person's history and takes events one at a time (one per person, not thread-safe)",
    };

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName);

        open.Should().BeEmpty("public classes are sealed by default; unseal one only with a reason");
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSettersOrFields()
    {
        var mutable = new List<string>();
        foreach (var type in PublicTypes.Where(t => !t.IsEnum && !t.IsInterface && !MutableByDesign.ContainsKey(t.IsGenericType ? t.GetGenericTypeDefinition() : t)))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !IsInitOnly(setter))
                {
                    mutable.Add($"{type.Name}.{property.Name} has a public setter");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly && !field.IsLiteral)
                {
                    mutable.Add($"{type.Name}.{field.Name} is a writable public field");
                }
            }
        }

        mutable.Should().BeEmpty();
    }

    [Fact]
    public void MutableByDesign_ListsOnlyTypesThatExist()
    {
        MutableByDesign.Keys.Should().OnlyContain(t => t.Assembly == Library && (t.IsPublic || t.IsNestedPublic));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
}
