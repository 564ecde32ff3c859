// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Bulletin.Model;
using Bulletin.Model.Analytics.Tables;
using Spectre.Console;

namespace Bulletin.Cli;

/// <summary>Prints a readable summary of a parsed issue: masthead, contents, sections, articles, diagnostics.</summary>
internal static class IssueSummary
{
    internal static void Write(IAnsiConsole console, string name, BulletinIssue issue, ImmutableArray<Diagnostic> diagnostics)
    {
        var inv = CultureInfo.InvariantCulture;
        var masthead = new Grid().AddColumn().AddColumn();
        void Row(string label, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                masthead.AddRow(new Markup($"[grey]{label}[/]"), new Text(text));
            }
        }

        Row("file", name);
        Row("kind", issue.Kind);
        Row("script", issue.Script);
        Row("publication", issue.Publication.Name);
        Row("frequency", issue.Publication.Frequency);
        Row("issue", issue.Year is null && issue.Number is null ? null : $"{issue.Year} No. {issue.Number}");
        Row("cumulative", issue.CumulativeNumber);
        Row("published", issue.PublishedOn?.ToString("uuuu-MM-dd", inv));
        Row("publisher", issue.Publication.Publisher);
        Row("editor", issue.Publication.Editor);
        Row("classification", issue.Publication.Classification);
        console.Write(new Panel(masthead).Header("masthead"));

        if (!issue.Contents.IsEmpty)
        {
            var tree = new Tree("contents");
            foreach (var entry in issue.Contents)
            {
                AddEntry(tree.AddNode(Label(entry)), entry);
            }

            console.Write(tree);
        }

        var articles = issue.EnumerateArticles();
        var sections = SectionPaths.Of(issue);

        var table = new Table().AddColumn("#").AddColumn("line").AddColumn("section").AddColumn("title").AddColumn("attribution");
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            table.AddRow(
                (i + 1).ToString(inv),
                a.Span.Line.ToString(inv),
                Markup.Escape(sections.TryGetValue(a, out var path) ? path : string.Empty),
                Markup.Escape(Excerpt(a.Title ?? "(untitled)")),
                Markup.Escape(Attribution(a)));
        }

        console.Write(table);
        console.MarkupLine($"[grey]{issue.Claims.Length} quantified claims (bulletin claims FILE lists them)[/]");
        if (!issue.Distribution.IsEmpty)
        {
            console.MarkupLine($"[grey]distribution:[/] {Markup.Escape(string.Join("; ", issue.Distribution))}");
        }

        if (issue.Contact is { } contact)
        {
            console.MarkupLine($"[grey]contact:[/] {Markup.Escape(string.Join("; ", new[] { contact.Phone, contact.Fax, contact.Email, contact.Address, contact.Web }.Where(s => s is not null)))}");
        }

        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "red",
                DiagnosticSeverity.Warning => "yellow",
                _ => "grey",
            };
            console.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
        }
    }

    private static void AddEntry(TreeNode node, ContentsEntry entry)
    {
        foreach (var child in entry.Children)
        {
            AddEntry(node.AddNode(Label(child)), child);
        }
    }

    private static string Label(ContentsEntry entry) =>
        Markup.Escape(entry.Page is { } page ? $"{Excerpt(entry.Title)}  p.{page}" : Excerpt(entry.Title));

    private static string Attribution(Article article)
    {
        var parts = article.Authors.Select(a => a.Affiliation is null ? a.Name : $"{a.Name} ({a.Affiliation})").ToList();
        if (article.Dateline is { } d)
        {
            parts.Add(Words(d.Agency, d.Place, Readable(d.Date)));
        }

        if (article.Source is { } source)
        {
            parts.Add("source: " + source);
        }

        if (article.OriginalPublication is { } original)
        {
            parts.Add(Words("first in", original.Name, Readable(original.Date)));
        }

        return string.Join("; ", parts);
    }

    // A summary shows a title, not a megabyte of one.
    // A cut between the halves of a surrogate pair would print half a character.
    private static string Excerpt(string text) =>
        text.Length <= 80 ? text : string.Concat(System.MemoryExtensions.AsSpan(text, 0, Bulletin.Model.Parsing.TextScan.WholeCharacter(text, 80, -1)), "…");

    private static string Words(params string?[] words) => string.Join(' ', words.Where(w => !string.IsNullOrEmpty(w)));

    // A date as far as the text gives it, for people: ISO where the year is known, and said so where it is not
    // (a dateline's 3月15日 is "03-15, year not stated", never the ISO "--03-15").
    private static string? Readable(PartialDate? date) => date switch
    {
        null => null,
        { Year: not null } known => known.ToString(),
        { Month: { } month, Day: { } day } => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{month:00}-{day:00}, year not stated"),
        { Month: { } month } => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"month {month:00}, year not stated"),
        _ => null,
    };
}
