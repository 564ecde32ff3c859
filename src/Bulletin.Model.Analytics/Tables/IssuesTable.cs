// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>One row per issue: its masthead, the file it was read from, and what it holds.</summary>
internal sealed class IssuesTable : ExportTableDefinition<IssueRow>
{
    private IssuesTable()
        : base(
        [
            Column.String<IssueRow>("kind", "What kind of document it is: bulletinIssue, paper, article, newsPage or report.", r => EnumNames<DocumentKind>.Of(r.Context.Issue.Kind)),
            Column.String<IssueRow>("script", "The Chinese script: simplified, traditional, mixed or unknown.", r => EnumNames<ScriptKind>.Of(r.Context.Issue.Script)),
            Column.String<IssueRow>("frequency", "How often the periodical appears, as the masthead says.", r => r.Context.Issue.Publication.Frequency),
            Column.String<IssueRow>("publisher", "The publisher on the masthead.", r => r.Context.Issue.Publication.Publisher),
            Column.String<IssueRow>("editor", "The editor on the masthead.", r => r.Context.Issue.Publication.Editor),
            Column.String<IssueRow>("classification", "The classification mark (内部资料).", r => r.Context.Issue.Publication.Classification),
            Column.String<IssueRow>("sourceFile", "The file the issue was parsed from.", r => r.Context.Issue.Source?.FileName),
            Column.String<IssueRow>("sourceSha256", "The SHA-256 of that file, in hex.", r => r.Context.Issue.Source?.Sha256),
            Column.Int64<IssueRow>("sourceLength", "That file's length in bytes.", r => r.Context.Issue.Source?.Length),
            Column.Int32<IssueRow>("contentsEntries", "The entries of the table of contents, nested ones included.", r => r.Context.Issue.EnumerateContents().Count()),
            Column.Int32<IssueRow>("sections", "The top-level sections of the body.", r => r.Context.Issue.Sections.Length),
            Column.Int32<IssueRow>("articles", "The articles, in sections or not.", r => r.Context.Articles.Count),
            Column.Int32<IssueRow>("claims", "The quantified claims.", r => r.Context.Issue.Claims.Length),
        ])
    {
    }

    internal static IssuesTable Instance { get; } = new();

    internal override IEnumerable<IssueRow> Rows(IssueContext issue) => [new IssueRow(issue)];
}
