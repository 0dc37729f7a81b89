using System.Text;
using System.Text.RegularExpressions;

namespace ExerciseRules.Samples.Tests.Docs;

/// <summary>
/// The C# in the docs is compiled and run: it lives in this test project between <c>// begin-snippet: NAME</c> and
/// <c>// end-snippet</c>, and each doc shows it between <c>&lt;!-- snippet: NAME --&gt;</c> and
/// <c>&lt;!-- end-snippet --&gt;</c>. A doc whose copy differs fails here; to rewrite the docs from the code, run
/// <c>UPDATE_DOC_SNIPPETS=1 dotnet test --project tests/ExerciseRules.Samples.Tests</c>.
/// </summary>
public sealed partial class SnippetTests
{
    private const string UpdateVariable = "UPDATE_DOC_SNIPPETS";

    public static TheoryData<string> Documents() => [.. DocumentPaths()];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_Snippets_AreTheCompiledCode(string document)
    {
        var snippets = Snippets();
        var text = Repository.ReadText(document);
        var problems = new List<string>();
        var updated = SnippetBlock().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            if (!snippets.TryGetValue(name, out var code))
            {
                problems.Add($"{document} shows a snippet '{name}' that no test file defines (// begin-snippet: {name})");
                return match.Value;
            }

            var block = $"<!-- snippet: {name} -->\n```csharp\n{code}\n```\n<!-- end-snippet -->";
            if (match.Value != block)
            {
                problems.Add($"{document}: snippet '{name}' differs from the code in the test project");
            }

            return block;
        });

        if (problems.Count > 0 && Environment.GetEnvironmentVariable(UpdateVariable) == "1" && problems.TrueForAll(p => p.Contains("differs", StringComparison.Ordinal)))
        {
            File.WriteAllText(Repository.PathOf(document), updated);
            return;
        }

        problems.Should().BeEmpty($"the docs show the code of the test project; run {UpdateVariable}=1 dotnet test --project tests/ExerciseRules.Samples.Tests to rewrite them from it");
    }

    [Fact]
    public void Snippets_EveryOne_IsShownInADoc()
    {
        var shown = DocumentPaths().Select(path => Repository.ReadText(path))
            .SelectMany(text => SnippetBlock().Matches(text).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);

        Snippets().Keys.Should().OnlyContain(name => shown.Contains(name), "a snippet no doc shows is dead code");
    }

    private static IEnumerable<string> DocumentPaths() =>
        Directory.GetFiles(Repository.PathOf("docs"), "*.md").Append(Repository.PathOf("README.md"))
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Snippets()
    {
        var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
        var folder = Repository.PathOf("tests", "ExerciseRules.Samples.Tests");
        foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string? name = null;
            var lines = new List<string>();
            foreach (var line in File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("// begin-snippet: ", StringComparison.Ordinal))
                {
                    name = trimmed["// begin-snippet: ".Length..].Trim();
                    lines.Clear();
                }
                else if (trimmed == "// end-snippet" && name is not null)
                {
                    snippets.Add(name, Dedent(lines));
                    name = null;
                }
                else if (name is not null)
                {
                    lines.Add(line);
                }
            }
        }

        return snippets;
    }

    private static string Dedent(List<string> lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.Length >= indent ? line[indent..] : line.TrimStart(' ')).Append('\n');
        }

        return text.ToString().Trim('\n');
    }

    [GeneratedRegex(@"<!-- snippet: (?<name>[a-z0-9-]+) -->\n.*?<!-- end-snippet -->", RegexOptions.Singleline)]
    private static partial Regex SnippetBlock();
}
