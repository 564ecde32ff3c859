// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

// A program of the kind a team writes against the Bulletin.Model package: open an archive made by
// `bulletin archive`, print each issue's figures, and validate every issue and the issues against each other.
using Bulletin.Model;
using Bulletin.Model.Archives;
using Bulletin.Model.Validation;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: ConsumerApp ARCHIVE   (a folder of archived issues or a .zip)");
    return 2;
}

var issues = 0;
await foreach (ArchiveEntry entry in BulletinArchive.ReadAsync(args[0]))
{
    if (entry.Issue is not { } issue)
    {
        Console.Error.WriteLine($"skipped {entry}");
        continue;
    }

    issues++;
    Console.WriteLine($"{entry.Name}: {issue.Publication.Name} {issue.Year} {issue.Number} ({issue.Kind}), {issue.Claims.Length} claims");
    foreach (var claim in issue.Claims)
    {
        var value = claim.Value?.ToString() ?? $"{claim.Lower}..{claim.Upper}";
        Console.WriteLine($"  {claim.Span.Line,4}:{claim.Span.Column,-3} {claim.Text,-14} {claim.Kind,-12} {value} {claim.Unit} {claim.Period?.Text}");
    }
}

ArchiveValidationResult report = await ArchiveValidator.Default.ValidateArchiveAsync(args[0]);
foreach (ArchiveDiagnostic diagnostic in report.Diagnostics)
{
    Console.WriteLine(diagnostic);
}

Console.WriteLine($"{report.IssueCount} issues validated: {report.Diagnostics.Length} diagnostics, errors: {report.HasErrors}");
return issues > 0 && !report.HasErrors ? 0 : 1;
