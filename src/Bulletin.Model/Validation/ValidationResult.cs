// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.Linq;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Validation;

/// <summary>The diagnostics a validation raised, in source order.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ValidationResult
{
    internal ValidationResult(ImmutableArray<Diagnostic> diagnostics) => Diagnostics = diagnostics.OrEmpty();

    /// <summary>Gets the diagnostics, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Gives the parser's diagnostics and this result's together, one finding one diagnostic: a parse finding that a
    /// validation rule states again at the same place (a paragraph printed twice, BLT1007 and BLT2007; a document cut
    /// off, BLT1006/BLT1009 and BLT2008; a contents entry without its article, BLT1008 and BLT2001) is given once, as
    /// the rule's.
    /// </summary>
    /// <param name="parseDiagnostics">The diagnostics of the parse that gave the validated issue.</param>
    /// <returns>The diagnostics in source order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="parseDiagnostics"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Diagnostic> MergeWith(System.Collections.Generic.IEnumerable<Diagnostic> parseDiagnostics)
    {
        Preconditions.CheckNotNull(parseDiagnostics);
        var restated = Diagnostics.Select(d => (d.Id, d.Span.Start)).ToHashSet();
        var merged = parseDiagnostics
            .Where(d => !(s_restatedBy.TryGetValue(d.Id, out var rule) && restated.Contains((rule, d.Span.Start))))
            .Concat(Diagnostics)
            .ToList();
        merged.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return [.. merged];
    }

    // The parse findings a built-in rule restates, by the rule's id.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string> s_restatedBy =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(new System.Collections.Generic.Dictionary<string, string>
        {
            [DiagnosticIds.DuplicateParagraph] = "BLT2007",
            [DiagnosticIds.TruncatedStart] = "BLT2008",
            [DiagnosticIds.TruncatedEnd] = "BLT2008",
            [DiagnosticIds.UnmatchedContentsEntry] = "BLT2001",
        });

    /// <summary>Throws when the validation raised an error.</summary>
    /// <exception cref="BulletinValidationException">At least one diagnostic is an error.</exception>
    public void EnsureValid()
    {
        if (HasErrors)
        {
            throw new BulletinValidationException(Diagnostics);
        }
    }
}
