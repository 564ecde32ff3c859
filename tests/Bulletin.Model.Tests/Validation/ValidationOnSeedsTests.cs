// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.IO;
using System.Linq;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>
/// On the real seeds the validator raises only what docs/validation-on-seeds.md lists and argues for: no
/// warning or error on a true figure.
/// </summary>
public sealed class ValidationOnSeedsTests
{
    [SkippableTheory]
    [InlineData("000", new string[0])]
    [InlineData("001", new[] { "BLT2005", "BLT2006" })]
    [InlineData("002", new string[0])]
    [InlineData("003", new string[0])]
    [InlineData("004", new[] { "BLT2007", "BLT2007", "BLT2007", "BLT2008" })]
    public void Validate_Seed_RaisesOnlyTheDocumentedNotes(string seed, string[] expected)
    {
        var result = BulletinValidator.Default.Validate(Corpus.ParseSeed(seed));
        Assert.Equal(expected, result.Diagnostics.Select(d => d.Id).Order());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Id.StartsWith("BLT21", System.StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBuiltInRule_HasADocumentationPage()
    {
        foreach (var rule in BulletinValidator.BuiltInRules)
        {
            var page = Path.Combine(Corpus.RepositoryRoot, "docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), $"{rule.Id} has no page at docs/rules.");
            Assert.Contains(rule.Title, File.ReadAllText(page), System.StringComparison.Ordinal);
        }

        Assert.Equal(BulletinValidator.BuiltInRules.Length, BulletinValidator.BuiltInRules.Select(r => r.Id).Distinct().Count());
    }
}
