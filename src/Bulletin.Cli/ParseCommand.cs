// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;
using Spectre.Console;

namespace Bulletin.Cli;

/// <summary><c>bulletin parse FILE [--format text|json]</c>.</summary>
internal static class ParseCommand
{
    internal static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The document to parse (UTF-8, UTF-16 or GB18030)." };
        var format = new Option<OutputFormat>("--format") { Description = "text (a readable summary) or json (the archived JSON).", DefaultValueFactory = _ => OutputFormat.Text };

        // Only the formats this command writes: any other value is a usage error naming these, never a silent fallback.
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("parse", "Parse a document and print its summary or its archived JSON. Example: bulletin parse brief.md --format json") { file, format };
        command.SetAction((result, token) => RunAsync(result.GetValue(file)!, result.GetValue(format), token));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, OutputFormat format, CancellationToken token)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync((Directory.Exists(file.FullName)
                ? $"bulletin: {file.FullName} is a folder; this command reads one document (archive a folder with: bulletin archive SRC_DIR OUT)."
                : $"bulletin: cannot read {file.FullName}: no such file.")).ConfigureAwait(false);
            return ExitCodes.Unreadable;
        }

        var result = await BulletinParser.Default.ParseFileAsync(file.FullName, token).ConfigureAwait(false);
        if (!result.TryGetValue(out var issue))
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                await Console.Error.WriteLineAsync($"{file.Name}: {diagnostic}").ConfigureAwait(false);
            }

            return result.Diagnostics.Any(d => d.Id == DiagnosticIds.UnreadableFile) ? ExitCodes.Unreadable : ExitCodes.ErrorsFound;
        }

        if (format == OutputFormat.Json)
        {
            Console.Out.Write(BulletinJson.Serialize(issue));
            Console.Out.WriteLine();
            return ExitCodes.Success;
        }

        IssueSummary.Write(AnsiConsole.Console, file.Name, issue, result.Diagnostics);
        return ExitCodes.Success;
    }
}
