// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Archives;
using Bulletin.Model.Utility;
using Bulletin.Model.Validation.CrossIssue;

namespace Bulletin.Model.Validation;

/// <summary>
/// Validates an archive: every issue with the issue rules of <see cref="BulletinValidator"/>, then the issues
/// against one another with the cross-issue rules (<c>BLT22xx</c>: cumulative numbering, the same figure
/// reported differently in two issues). Issues are read one at a time; only the numbering and the figures tied
/// to a subject and a period are kept, so memory grows with the figures, not with the issues' text.
/// </summary>
/// <threadsafety>Instances are immutable and safe to use from several threads at once.</threadsafety>
public sealed class ArchiveValidator
{
    private readonly BulletinValidator _issueValidator;

    // Declared before the members initialised from it.
    internal static ImmutableArray<ICrossIssueRule> CrossIssueRules { get; } = [new CumulativeNumberRule(), new FigureAcrossIssuesRule()];

    private ArchiveValidator(ValidationOptions options)
    {
        Options = options;
        _issueValidator = BulletinValidator.Create(options);
    }

    /// <summary>Gets a validator with every rule at its default severity.</summary>
    public static ArchiveValidator Default { get; } = new(ValidationOptions.Default);

    /// <summary>Gets the options; they apply to the issue rules and the cross-issue rules alike.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Gets the ids of the cross-issue rules, which <see cref="ValidationOptions"/> can switch off or change.</summary>
    public static ImmutableArray<string> CrossIssueRuleIds { get; } = [.. CrossIssueRules.Select(r => r.Id)];


    /// <summary>Creates a validator with options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static ArchiveValidator Create(ValidationOptions options) => new(Preconditions.CheckNotNull(options));

    /// <summary>Reads and validates the archive at a path (a folder or a <c>.zip</c>).</summary>
    /// <param name="path">The archive.</param>
    /// <param name="cancellationToken">Stops the validation between files.</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.IO.DirectoryNotFoundException">No folder or file exists at <paramref name="path"/>.</exception>
    public Task<ArchiveValidationResult> ValidateArchiveAsync(string path, CancellationToken cancellationToken = default) =>
        ValidateAsync(BulletinArchive.ReadAsync(path, cancellationToken), cancellationToken);

    /// <summary>Validates the entries of an archive as they are read.</summary>
    /// <param name="entries">The entries, as <see cref="BulletinArchive.ReadAsync"/> gives them.</param>
    /// <param name="cancellationToken">Stops the validation between entries.</param>
    /// <returns>The diagnostics: unreadable files, each issue's own, then the cross-issue ones.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="entries"/> is <see langword="null"/>.</exception>
    public async Task<ArchiveValidationResult> ValidateAsync(IAsyncEnumerable<ArchiveEntry> entries, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(entries);
        var diagnostics = ImmutableArray.CreateBuilder<ArchiveDiagnostic>();
        var facts = new List<IssueFacts>();
        var unreadable = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            diagnostics.AddRange(entry.Diagnostics.Select(d => new ArchiveDiagnostic(entry.Name, d)));
            if (entry.Issue is not { } issue)
            {
                unreadable++;
                continue;
            }

            diagnostics.AddRange(_issueValidator.Validate(issue).Diagnostics.Select(d => new ArchiveDiagnostic(entry.Name, d)));
            facts.Add(IssueFacts.Of(entry.Name, issue));
        }

        foreach (var rule in CrossIssueRules.Where(r => !Options.DisabledRules.Contains(r.Id)))
        {
            var severity = Options.SeverityOf(rule.Id, rule.DefaultSeverity);
            rule.Check(facts, (issue, message, span) =>
                diagnostics.Add(new ArchiveDiagnostic(issue.EntryName, new Diagnostic(rule.Id, severity, message, span, ImmutableArray<SourceSpan>.Empty))));
        }

        return new ArchiveValidationResult(diagnostics.ToImmutable(), facts.Count, unreadable);
    }
}
