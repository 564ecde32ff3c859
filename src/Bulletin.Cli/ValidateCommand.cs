// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model;
using Bulletin.Model.Archives;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;
using Spectre.Console;

namespace Bulletin.Cli;

/// <summary>
/// <c>bulletin validate PATH [--format text|jsonl]</c>: a document, a folder of documents, or an archive (a
/// <c>.zip</c>, or a folder holding archived <c>.json</c> issues), which also gets the cross-issue rules.
/// Exit 1 when there are errors, 2 when input cannot be read.
/// </summary>
internal static class ValidateCommand
{
    private static readonly JsonWriterOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "A document, a folder of documents (*.md, *.txt), or an archive (a .zip or a folder of archived .json issues)." };
        var format = new Option<OutputFormat>("--format") { Description = "text (a report by article) or jsonl (one diagnostic per line).", DefaultValueFactory = _ => OutputFormat.Text };

        // Only the formats this command writes: any other value is a usage error naming these, never a silent fallback.
        format.AcceptOnlyFromAmong("text", "jsonl");
        var command = new Command("validate", "Check the contents against the body and the figures against each other. Example: bulletin validate archive.zip --format jsonl") { path, format };
        command.SetAction((result, token) => RunAsync(result.GetValue(path)!, result.GetValue(format), token));
        return command;
    }

    private static async Task<int> RunAsync(string path, OutputFormat format, CancellationToken token)
    {
        if (IsArchive(path))
        {
            return await RunArchiveAsync(path, format, token).ConfigureAwait(false);
        }

        string[] files;
        if (Directory.Exists(path))
        {
            files = DocumentFiles.In(path);
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            await Console.Error.WriteLineAsync($"bulletin: cannot read {path}: no such file or folder.").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        if (files.Length == 0)
        {
            await Console.Error.WriteLineAsync($"bulletin: {path} holds no documents (*.md, *.txt) and no archived issues (*.json).").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        var errors = false;
        var unreadable = false;
        using var stdout = Console.OpenStandardOutput();
        var crashed = false;
        var parsedIssues = new List<ArchiveEntry>();
        foreach (var file in files)
        {
            List<Diagnostic> diagnostics;
            IReadOnlyList<Article> articles = [];
            try
            {
                var parsed = await BulletinParser.Default.ParseFileAsync(file, token).ConfigureAwait(false);
                diagnostics = parsed.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).ToList();
                if (parsed.TryGetValue(out var issue))
                {
                    diagnostics = [.. BulletinValidator.Default.Validate(issue).MergeWith(diagnostics)];
                    articles = issue.EnumerateArticles();
                    parsedIssues.Add(new ArchiveEntry(Path.GetRelativePath(path, file), issue, []));
                }
                else
                {
                    unreadable |= parsed.Diagnostics.Any(d => d.Id == DiagnosticIds.UnreadableFile);
                }
            }
#pragma warning disable CA1031 // One document's failure must not cost the others their report.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                crashed = true;
                await Console.Error.WriteLineAsync($"bulletin: internal error on {file}: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
                continue;
            }

            diagnostics.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            errors |= diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            if (format == OutputFormat.Jsonl)
            {
                WriteJsonLines(stdout, file, diagnostics);
            }
            else
            {
                WriteReport(Path.GetFileName(file), diagnostics, articles);
            }
        }

        // Documents of one periodical read together are checked across issues as their archive would be.
        if (parsedIssues.Count > 1)
        {
            errors |= await ReportCrossIssueAsync(parsedIssues, format, stdout, token).ConfigureAwait(false);
        }

        return crashed ? ExitCodes.InternalError : unreadable ? ExitCodes.Unreadable : errors ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static async Task<bool> ReportCrossIssueAsync(List<ArchiveEntry> entries, OutputFormat format, Stream stdout, CancellationToken token)
    {
        var result = await ArchiveValidator.Default.ValidateAsync(ToAsync(entries), token).ConfigureAwait(false);
        var crossIssue = result.Diagnostics.Where(d => ArchiveValidator.CrossIssueRuleIds.Contains(d.Diagnostic.Id)).ToList();
        foreach (var entry in crossIssue.GroupBy(d => d.EntryName).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var diagnostics = entry.Select(d => d.Diagnostic).ToList();
            if (format == OutputFormat.Jsonl)
            {
                WriteJsonLines(stdout, entry.Key, diagnostics);
            }
            else
            {
                WriteReport(entry.Key + " (across issues)", diagnostics, []);
            }
        }

        return crossIssue.Any(d => d.Diagnostic.Severity == DiagnosticSeverity.Error);

#pragma warning disable CS1998 // The issues are already in memory.
        static async IAsyncEnumerable<ArchiveEntry> ToAsync(List<ArchiveEntry> items)
#pragma warning restore CS1998
        {
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static bool IsArchive(string path) =>
        (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) ||
        (Directory.Exists(path) && FolderFiles.Under(path, "*.json").Any());

    private static async Task<int> RunArchiveAsync(string path, OutputFormat format, CancellationToken token)
    {
        var result = await ArchiveValidator.Default.ValidateArchiveAsync(path, token).ConfigureAwait(false);
        using var stdout = Console.OpenStandardOutput();
        foreach (var entry in result.Diagnostics.GroupBy(d => d.EntryName).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var diagnostics = entry.Select(d => d.Diagnostic).ToList();
            if (format == OutputFormat.Jsonl)
            {
                WriteJsonLines(stdout, entry.Key, diagnostics);
            }
            else
            {
                WriteReport(entry.Key, diagnostics, []);
            }
        }

        if (format != OutputFormat.Jsonl)
        {
            var all = result.Diagnostics.Select(d => d.Diagnostic).ToList();
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(path)}[/]: {result.IssueCount} issues, {result.UnreadableCount} unreadable files; " +
                $"{all.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, {all.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings, {all.Count(d => d.Severity == DiagnosticSeverity.Info)} notes");
        }

        return result.HasErrors ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static void WriteReport(string name, List<Diagnostic> diagnostics, IReadOnlyList<Article> articles)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(name)}[/]: {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings, {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info)} notes");
        foreach (var group in diagnostics.GroupBy(d => ArticleOf(d, articles)))
        {
            AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(group.Key)}[/]");
            foreach (var d in group)
            {
                var colour = d.Severity switch { DiagnosticSeverity.Error => "red", DiagnosticSeverity.Warning => "yellow", _ => "grey" };
                var place = d.Span.IsEmpty ? "-" : $"{d.Span.Line}:{d.Span.Column}";
                AnsiConsole.MarkupLine($"    {place} [{colour}]{d.Severity.ToString().ToLowerInvariant()} {d.Id}[/] {Markup.Escape(d.Message)}");
            }
        }
    }

    private static string ArticleOf(Diagnostic diagnostic, IReadOnlyList<Article> articles)
    {
        foreach (var article in articles)
        {
            if (diagnostic.Span.Start >= article.Span.Start && diagnostic.Span.Start < article.Span.End && !diagnostic.Span.IsEmpty)
            {
                return article.Title ?? "(untitled article)";
            }
        }

        return "(issue)";
    }

    private static void WriteJsonLines(Stream stream, string file, List<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            using (var writer = new Utf8JsonWriter(stream, s_json))
            {
                writer.WriteStartObject();
                writer.WriteString("file", file);
                writer.WriteString("id", d.Id);
                writer.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                writer.WriteString("message", d.Message);
                writer.WriteNumber("line", d.Span.Line);
                writer.WriteNumber("column", d.Span.Column);
                writer.WriteNumber("start", d.Span.Start);
                writer.WriteNumber("length", d.Span.Length);
                writer.WriteStartArray("related");
                foreach (var s in d.AdditionalSpans)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", s.Line);
                    writer.WriteNumber("column", s.Column);
                    writer.WriteNumber("start", s.Start);
                    writer.WriteNumber("length", s.Length);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteStartArray("claims");
                foreach (var id in d.ClaimIds)
                {
                    writer.WriteNumberValue(id);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        stream.Flush();
    }
}
