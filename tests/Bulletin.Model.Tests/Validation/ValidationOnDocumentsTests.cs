// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.IO;
using System.Linq;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>
/// On the seeds and the dev documents the validator raises only the warnings and errors that
/// docs/validation-on-documents.md lists and argues for: none on a true figure.
/// </summary>
public sealed class ValidationOnDocumentsTests
{
    [CorpusFact(CorpusPart.SeedsAndDev)]
    public void Validate_SeedsAndDevDocuments_RaiseOnlyTheDocumentedFindings()
    {
        var raised = Corpus.SeedAndDevTexts()
            .SelectMany(d => BulletinValidator.Default.Validate(BulletinParser.Default.Parse(d.Text).GetValueOrThrow()).Diagnostics
                .Where(x => x.Severity >= DiagnosticSeverity.Warning)
                .Select(x => $"{d.Name} | {x.Span.Line} | {x.Id}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(Documented(), raised);
    }

    [Fact]
    public void EveryBuiltInRule_HasADocumentationPage()
    {
        foreach (var rule in BulletinValidator.BuiltInRules)
        {
            var page = Path.Combine(Corpus.RepositoryRoot, "docs", "rules", rule.Id + ".md");
            Assert.True(File.Exists(page), $"{rule.Id} has no page at docs/rules.");
            Assert.Contains(rule.Title, File.ReadAllText(page), StringComparison.Ordinal);
            Assert.Contains($"[{rule.Id}]({rule.Id}.md)", File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "rules", "README.md")), StringComparison.Ordinal);
        }

        Assert.Equal(BulletinValidator.BuiltInRules.Length, BulletinValidator.BuiltInRules.Select(r => r.Id).Distinct().Count());
    }

    // The rows of the page's first table: document, line and id of each finding.
    private static string[] Documented()
    {
        var text = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "validation-on-documents.md")).ReplaceLineEndings("\n");
        var table = text[text.IndexOf("## Every warning and error", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        return table.Split('\n')
            .Where(l => l.StartsWith("| seed ", StringComparison.Ordinal) || l.StartsWith("| dev", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(c => $"{c[1]} | {c[2]} | {c[3]}")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
