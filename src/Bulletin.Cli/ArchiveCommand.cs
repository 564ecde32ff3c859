// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model;
using Bulletin.Model.Archives;
using Bulletin.Model.Parsing;
using Spectre.Console;

namespace Bulletin.Cli;

/// <summary>
/// <c>bulletin archive SRC_DIR OUT [--jobs N]</c>: parses every document under a folder on all cores and writes
/// each issue into the archive as soon as it is parsed, so at most one issue per worker is in memory. A progress
/// bar goes to standard error when it is a terminal; the summary goes to standard output.
/// </summary>
internal static class ArchiveCommand
{

    internal static Command Create()
    {
        var source = new Argument<string>("SRC_DIR") { Description = "A folder of documents (*.md, *.txt), read with its subfolders." };
        var output = new Argument<string>("OUT") { Description = "The archive: a folder, or a file ending in .zip." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many documents to parse at once (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("archive", "Parse every document of a folder into an archive of versioned JSON issues. Example: bulletin archive bulletins/ archive.zip") { source, output, jobs };
        command.SetAction((result, token) => RunAsync(result.GetValue(source)!, result.GetValue(output)!, Math.Max(1, result.GetValue(jobs)), token));
        return command;
    }

    private static async Task<int> RunAsync(string source, string output, int jobs, CancellationToken token)
    {
        if (!Directory.Exists(source))
        {
            await Console.Error.WriteLineAsync($"bulletin: cannot read {source}: no such folder.").ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        var files = DocumentFiles.In(source);
        var summary = new ArchiveSummary();
        var stopwatch = Stopwatch.StartNew();
        var writer = ArchiveWriter.Create(output);
        await using (writer.ConfigureAwait(false))
        {
            var work = (Action<int>? advance) => Parallel.ForEachAsync(
                files,
                new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = token },
                async (file, ct) =>
                {
                    await ArchiveOneAsync(file, writer, summary, ct).ConfigureAwait(false);
                    advance?.Invoke(1);
                });
            if (Console.IsErrorRedirected)
            {
                await work(null).ConfigureAwait(false);
            }
            else
            {
                var progress = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress();
                await progress.StartAsync(async context =>
                {
                    var task = context.AddTask("archiving", maxValue: files.Length);
                    await work(n => task.Increment(n)).ConfigureAwait(false);
                }).ConfigureAwait(false);
            }

            await writer.CompleteAsync().ConfigureAwait(false);
        }

        summary.Print(source, output, files.Length, stopwatch.Elapsed);
        return !summary.Crashed.IsEmpty ? ExitCodes.InternalError : summary.Failed.IsEmpty ? ExitCodes.Success : ExitCodes.ErrorsFound;
    }

    private static async Task ArchiveOneAsync(string file, ArchiveWriter writer, ArchiveSummary summary, CancellationToken token)
    {
        try
        {
            var result = await BulletinParser.Default.ParseFileAsync(file, token).ConfigureAwait(false);
            summary.Count(result.Diagnostics);
            if (result.Value is not { } issue)
            {
                summary.Failed.Add((file, result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error)?.ToString() ?? "no issue"));
                return;
            }

            await writer.WriteAsync(issue, token).ConfigureAwait(false);
            summary.Archived(issue.Claims.Length);
        }
#pragma warning disable CA1031 // One document's failure must not cost the run: it is reported, and the others archived.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            summary.Crashed.Add((file, $"internal error: {e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>What the run did, counted from all workers at once.</summary>
    private sealed class ArchiveSummary
    {
        private int _issues;
        private int _claims;
        private int _errors;
        private int _warnings;

        internal ConcurrentBag<(string File, string Reason)> Failed { get; } = [];

        internal ConcurrentBag<(string File, string Reason)> Crashed { get; } = [];

        internal void Archived(int claims)
        {
            Interlocked.Increment(ref _issues);
            Interlocked.Add(ref _claims, claims);
        }

        internal void Count(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics)
        {
            Interlocked.Add(ref _errors, diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            Interlocked.Add(ref _warnings, diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        }

        internal void Print(string source, string output, int files, TimeSpan elapsed)
        {
            var table = new Table().HideHeaders().AddColumn("what").AddColumn("count");
            table.AddRow("documents read", files.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("issues archived", _issues.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("documents without an issue", Failed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("internal errors", Crashed.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("claims", _claims.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("parse errors / warnings", $"{_errors} / {_warnings}");
            table.AddRow("time", $"{elapsed.TotalSeconds:0.00} s");
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(source)}[/] → [bold]{Markup.Escape(output)}[/]");
            AnsiConsole.Write(table);
            foreach (var (file, reason) in Failed.OrderBy(f => f.File, StringComparer.Ordinal))
            {
                AnsiConsole.MarkupLine($"[red]no issue[/] {Markup.Escape(file)}: {Markup.Escape(reason)}");
            }

            foreach (var (file, reason) in Crashed.OrderBy(f => f.File, StringComparer.Ordinal))
            {
                AnsiConsole.MarkupLine($"[red]failed[/] {Markup.Escape(file)}: {Markup.Escape(reason)}");
            }
        }
    }
}
