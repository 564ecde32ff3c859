// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Bulletin.Cli;

/// <summary><c>bulletin claims FILE|--text "…" [--date YYYY-MM-DD] [--format text|jsonl]</c>.</summary>
internal static class ClaimsCommand
{
    internal static Command Create()
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "The document to read.", Arity = ArgumentArity.ZeroOrOne };
        var text = new Option<string?>("--text") { Description = "Read this text instead of a file." };
        var format = new Option<OutputFormat>("--format") { Description = "text (a table) or jsonl (one claim per line).", DefaultValueFactory = _ => OutputFormat.Text };
        var date = new Option<string?>("--date") { Description = "With --text: the day the text was written (YYYY-MM-DD), for 今年, 一季度 and the like. A document dates itself." };

        // Only the formats this command writes: any other value is a usage error naming these, never a silent fallback.
        format.AcceptOnlyFromAmong("text", "jsonl");
        var command = new Command("claims", "List every quantified claim of a document or a string. Example: bulletin claims --text \"海港市一季度进口下降 2.7%，为 860 亿元。\" --date 2026-04-16 --format jsonl") { file, text, format, date };
        command.Validators.Add(result =>
        {
            if (result.GetResult(date) is { } given && given.GetValueOrDefault<string?>() is { } value)
            {
                if (!LocalDatePattern.Iso.Parse(value).Success)
                {
                    result.AddError($"--date must be a day written YYYY-MM-DD, not '{value}'.");
                }
                else if (result.GetResult(text) is null)
                {
                    result.AddError("--date goes with --text: a document states its own date.");
                }
            }
        });
        command.SetAction((result, token) => RunAsync(
            result.GetValue(file),
            result.GetValue(text),
            result.GetValue(date) is { } day ? LocalDatePattern.Iso.Parse(day).GetValueOrThrow() : null,
            result.GetValue(format),
            token));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo? file, string? text, LocalDate? date, OutputFormat format, CancellationToken token)
    {
        ImmutableArray<QuantifiedClaim> claims;
        IReadOnlyList<Article> articles = [];
        if (text is not null)
        {
            claims = ClaimExtractor.Default.Extract(text, new ClaimExtractorOptions { ReferenceDate = date });
        }
        else if (file is { Exists: true })
        {
            var result = await BulletinParser.Default.ParseFileAsync(file.FullName, token).ConfigureAwait(false);
            if (!result.TryGetValue(out var issue))
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    await Console.Error.WriteLineAsync($"{file.Name}: {diagnostic}").ConfigureAwait(false);
                }

                return result.Diagnostics.Any(d => d.Id == DiagnosticIds.UnreadableFile) ? ExitCodes.Unreadable : ExitCodes.ErrorsFound;
            }

            claims = issue.Claims;
            articles = issue.EnumerateArticles();
        }
        else
        {
            await Console.Error.WriteLineAsync(file is null ? "bulletin: give a FILE or --text." : (Directory.Exists(file.FullName)
                ? $"bulletin: {file.FullName} is a folder; this command reads one document (archive a folder with: bulletin archive SRC_DIR OUT)."
                : $"bulletin: cannot read {file.FullName}: no such file.")).ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        string? TitleOf(QuantifiedClaim claim) => claim.ArticleIndex is { } a && a < articles.Count ? articles[a].Title : null;
        if (format == OutputFormat.Jsonl)
        {
            using var stdout = Console.OpenStandardOutput();
            ClaimLineWriter.Write(stdout, claims, TitleOf);
            return ExitCodes.Success;
        }

        var table = new Table().AddColumn("line:col").AddColumn("text").AddColumn("kind").AddColumn("value").AddColumn("unit").AddColumn("qualifier").AddColumn("period");
        foreach (var claim in claims)
        {
            var value = claim.Value?.ToString(CultureInfo.InvariantCulture) ??
                $"{claim.Lower?.ToString(CultureInfo.InvariantCulture)}..{claim.Upper?.ToString(CultureInfo.InvariantCulture)}";
            table.AddRow(
                $"{claim.Span.Line}:{claim.Span.Column}",
                Markup.Escape(claim.Text.Replace("\n", " ", StringComparison.Ordinal)),
                ClaimLineWriter.Name(claim.Kind),
                value,
                Markup.Escape(claim.Unit + (claim.Measure is null ? string.Empty : $" ({claim.Measure})")),
                ClaimLineWriter.Name(claim.Qualifier),
                Markup.Escape(claim.Period?.Text ?? string.Empty));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{claims.Length} claims[/]");
        return ExitCodes.Success;
    }
}
