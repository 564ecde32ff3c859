// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Docs;

/// <summary>
/// Each rule page of <c>docs/rules</c> shows what it says: every example under "Fires" raises the rule (with the
/// message the page quotes, where it quotes one), and every example under "Does not fire" does not.
/// </summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> IssueRules() =>
        new(BulletinValidator.BuiltInRules.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(IssueRules))]
    public void RulePage_Examples_DoWhatThePageSays(string id)
    {
        var page = File.ReadAllText(Path.Combine(Corpus.RepositoryRoot, "docs", "rules", id + ".md")).ReplaceLineEndings("\n");
        var fires = Examples(page, "## Fires").ToList();
        Assert.NotEmpty(fires);
        foreach (var (text, message) in fires)
        {
            var raised = Validate(text).Where(d => d.Id == id).ToList();
            Assert.True(raised.Count > 0, $"{id}: the example under Fires raises nothing:\n{text}");
            if (message is not null)
            {
                Assert.Contains(message, raised.Select(d => d.Message));
            }
        }

        foreach (var (text, _) in Examples(page, "## Does not fire"))
        {
            Assert.DoesNotContain(Validate(text), d => d.Id == id);
        }
    }

    private static IEnumerable<Diagnostic> Validate(string text) => Validated.Diagnostics(text);

    // The ```text blocks of one section, each without its "Message: `…`" line, with the message it quotes. Headings
    // inside a block (an example's own ## 【要闻】) are the example's text, not the page's sections.
    private static IEnumerable<(string Text, string? Message)> Examples(string page, string heading)
    {
        var section = string.Empty;
        List<string>? block = null;
        foreach (var line in page.Split('\n'))
        {
            if (block is null)
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    section = line;
                }
                else if (line == "```text" && section == heading)
                {
                    block = [];
                }
                else if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    block = null;
                }

                continue;
            }

            if (line != "```")
            {
                block.Add(line);
                continue;
            }

            var quoted = block.FindIndex(l => l.StartsWith("Message: `", StringComparison.Ordinal));
            var message = quoted < 0 ? null : block[quoted]["Message: `".Length..^1];
            if (quoted >= 0)
            {
                block.RemoveRange(quoted, block.Count - quoted);
            }

            yield return (string.Join('\n', block).TrimEnd() + "\n", message);
            block = null;
        }
    }
}
