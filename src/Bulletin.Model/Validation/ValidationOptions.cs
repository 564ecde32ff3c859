// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Validation;

/// <summary>
/// What a <see cref="BulletinValidator"/> checks: rules switched off, severities changed, rules added, and
/// exchange rates for checking conversions. Immutable; change with the <c>With…</c> methods.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record ValidationOptions
{
    /// <summary>Gets the default options: every built-in rule at its default severity, no extra rates.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Gets the ids of the rules switched off.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableHashSet<string> DisabledRules { get; private init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Gets the severities that replace the rules' defaults, by rule id.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableDictionary<string, DiagnosticSeverity> Severities { get; private init; } = ImmutableDictionary<string, DiagnosticSeverity>.Empty;

    /// <summary>Gets the rules added to the built-in ones.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<IValidationRule> AdditionalRules { get; private init; } = ImmutableArray<IValidationRule>.Empty;

    /// <summary>Gets the exchange rates supplied for checking conversions, besides those the issue states.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<ExchangeRate> ExchangeRates { get; private init; } = ImmutableArray<ExchangeRate>.Empty;

    /// <summary>Returns options with a rule switched off.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>New options.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    public ValidationOptions WithoutRule(string ruleId) => this with { DisabledRules = DisabledRules.Add(Preconditions.CheckNotNull(ruleId)) };

    /// <summary>Returns options that report a rule with another severity.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="severity">The severity to report with.</param>
    /// <returns>New options.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    public ValidationOptions WithSeverity(string ruleId, DiagnosticSeverity severity) =>
        this with { Severities = Severities.SetItem(Preconditions.CheckNotNull(ruleId), severity) };

    /// <summary>Returns options with a rule added.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>New options.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public ValidationOptions WithRule(IValidationRule rule) => this with { AdditionalRules = AdditionalRules.Add(Preconditions.CheckNotNull(rule)) };

    /// <summary>Returns options with exchange rates added.</summary>
    /// <param name="rates">The rates.</param>
    /// <returns>New options.</returns>
    public ValidationOptions WithExchangeRates(params ExchangeRate[] rates) =>
        this with { ExchangeRates = ExchangeRates.AddRange(Preconditions.CheckNotNull(rates)) };

    // A rule reports with its default severity unless the options change it.
    internal DiagnosticSeverity SeverityOf(string ruleId, DiagnosticSeverity defaultSeverity) =>
        Severities.TryGetValue(ruleId, out var changed) ? changed : defaultSeverity;
}
