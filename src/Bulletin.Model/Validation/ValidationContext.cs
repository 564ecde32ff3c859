// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Frozen;
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
    private readonly FrozenDictionary<int, QuantifiedClaim> _claims;
    private IValidationRule? _rule;

    internal ValidationContext(BulletinIssue issue, ValidationOptions options, List<Diagnostic> diagnostics)
    {
        Issue = issue;
        Options = options;
        Articles = issue.EnumerateArticles();
        _diagnostics = diagnostics;
        _claims = issue.Claims.ToFrozenDictionary(c => c.Id);
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
    public QuantifiedClaim? Claim(int id) => _claims.GetValueOrDefault(id);

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
