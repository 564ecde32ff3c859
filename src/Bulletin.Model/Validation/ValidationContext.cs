// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Validation;

/// <summary>What a rule sees while it checks an issue, and how it reports: one context per validation.</summary>
/// <threadsafety>An instance serves one validation on one thread.</threadsafety>
public sealed class ValidationContext
{
    private readonly List<Diagnostic> _diagnostics;
    // Claims by id. The extractor numbers claims densely from zero or one, so an array indexed by id serves; an issue
    // read from JSON may number them any way, and then a dictionary does. (A frozen dictionary took longer to build
    // than most rules take to run.)
    private readonly QuantifiedClaim?[]? _byId;
    private readonly Dictionary<int, QuantifiedClaim>? _sparse;
    private IValidationRule? _rule;

    internal ValidationContext(BulletinIssue issue, ValidationOptions options, List<Diagnostic> diagnostics)
    {
        Issue = issue;
        Options = options;
        Articles = issue.EnumerateArticles();
        _diagnostics = diagnostics;
        (_byId, _sparse) = Index(issue.Claims);
    }

    /// <summary>Gets the issue being checked.</summary>
    public BulletinIssue Issue { get; }

    /// <summary>Gets the options of the validation.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Gets the issue's articles in reading order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Finds a claim of the issue by its id.</summary>
    /// <param name="id">The claim's id.</param>
    /// <returns>The claim, or <see langword="null"/>.</returns>
    public QuantifiedClaim? Claim(int id) =>
        _byId is not null ? (id >= 0 && id < _byId.Length ? _byId[id] : null) : _sparse!.GetValueOrDefault(id);

    private static (QuantifiedClaim?[]? ById, Dictionary<int, QuantifiedClaim>? Sparse) Index(ImmutableArray<QuantifiedClaim> claims)
    {
        var dense = true;
        foreach (var claim in claims)
        {
            dense &= claim.Id >= 0 && claim.Id <= (2 * claims.Length) + 16;
        }

        if (dense)
        {
            var byId = new QuantifiedClaim?[(2 * claims.Length) + 17];
            foreach (var claim in claims)
            {
                // Of two claims with one id (only a hand-edited archive has them) the later wins.
                byId[claim.Id] = claim;
            }

            return (byId, null);
        }

        var sparse = new Dictionary<int, QuantifiedClaim>(claims.Length);
        foreach (var claim in claims)
        {
            sparse[claim.Id] = claim;
        }

        return (null, sparse);
    }

    /// <summary>Reports a problem found by the rule being run.</summary>
    /// <param name="message">The message, quoting the figures and the arithmetic.</param>
    /// <param name="span">The main place in the source.</param>
    /// <param name="claims">The claims involved; their places become the related locations.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public void Report(string message, SourceSpan span, params IEnumerable<QuantifiedClaim> claims)
    {
        Preconditions.CheckNotNull(message);
        var involved = claims.ToList();
        var related = involved.Select(c => c.Span).Where(s => s != span).ToImmutableArray();
        Add(message, span, related, [.. involved.Select(c => c.Id)]);
    }

    /// <summary>Reports a problem found by the rule being run that involves places rather than claims.</summary>
    /// <param name="message">The message.</param>
    /// <param name="span">The main place in the source.</param>
    /// <param name="related">Other places involved (the first copy of a repeated paragraph).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public void ReportAt(string message, SourceSpan span, params IEnumerable<SourceSpan> related)
    {
        Preconditions.CheckNotNull(message);
        Add(message, span, [.. related], ImmutableArray<int>.Empty);
    }

    private void Add(string message, SourceSpan span, ImmutableArray<SourceSpan> related, ImmutableArray<int> claimIds)
    {
        var rule = _rule!;
        var severity = Options.SeverityOf(rule.Id, rule.DefaultSeverity);
        _diagnostics.Add(new Diagnostic(rule.Id, severity, message, span, related, claimIds));
    }

    internal void Run(IValidationRule rule)
    {
        _rule = rule;
        rule.Validate(this);
        _rule = null;
    }
}
