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

    /// <summary>
    /// Gets a value indicating whether a conversion that neither the options nor the issue gives a rate for is checked
    /// against the year's range of the rates shipped with the library (the renminbi, the US and the Hong Kong dollar;
    /// see <c>docs/rules/BLT2106.md</c>). On by default.
    /// </summary>
    public bool UsesReferenceRates { get; private init; } = true;

    /// <summary>Returns options that check conversions only against rates the caller or the issue states.</summary>
    /// <returns>New options.</returns>
    public ValidationOptions WithoutReferenceRates() => this with { UsesReferenceRates = false };

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
