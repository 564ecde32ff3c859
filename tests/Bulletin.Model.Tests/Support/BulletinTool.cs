// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Bulletin.Model.Tests.Support;

/// <summary>Runs the built <c>bulletin</c> tool as a user's shell does: its own process, exit code, both streams.</summary>
internal static class BulletinTool
{
    internal static async Task<(int Code, string Output, string Error)> RunAsync(string? folder, params string[] arguments)
    {
        using var process = Start(folder, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Starts the tool with both streams redirected, for a test that acts on it while it runs.</summary>
    internal static Process Start(string? folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (folder is not null)
        {
            start.WorkingDirectory = folder;
        }

        // The width a terminal of the page's examples has; piped output ignores it where it should.
        start.Environment["COLUMNS"] = "110";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bulletin.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
