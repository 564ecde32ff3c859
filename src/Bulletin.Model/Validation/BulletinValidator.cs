// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;
using Bulletin.Model.Utility;
using Bulletin.Model.Validation.Rules;

namespace Bulletin.Model.Validation;

/// <summary>
/// Runs validation rules over a parsed issue: the contents against the body, the structure of the issue,
/// and the figures against each other. Create one (or use <see cref="Default"/>) and reuse it.
/// </summary>
/// <threadsafety>This type is immutable; one instance may serve any number of threads at once.</threadsafety>
public sealed class BulletinValidator
{
    private BulletinValidator(ValidationOptions options) => Options = options;

    /// <summary>Gets the built-in rules, in the order they run.</summary>
    public static ImmutableArray<IValidationRule> BuiltInRules { get; } =
    [
        new ContentsEntryWithoutArticleRule(),
        new ArticleWithoutContentsEntryRule(),
        new ContentsPagesGoBackwardsRule(),
        new ContentsSectionMismatchRule(),
        new ArticleWithoutAttributionRule(),
        new ParagraphPrintedTwiceRule(),
        new TruncatedDocumentRule(),
        new MastheadIncompleteRule(),
        new ShareOutOfRangeRule(),
        new SharesExceedWholeRule(),
        new PartsVersusTotalRule(),
        new PartVersusWholeRule(),
        new ShareOfSumRule(),
        new FromToVersusChangeRule(),
        new PointsVersusPercentagesRule(),
        new ConversionVersusRateRule(),
        new ChangeAmountVersusRateRule(),
        new BalancesFromOneStartRule(),
        new SameFigureTwiceRule(),
        new TextVersusTableRule(),
        new AmbiguousMultipleRule(),
        new MagnitudeSlipRule(),
        new VagueRateVersusRateRule(),
        new RatioVersusTermsRule(),
    ];

    /// <summary>Gets a validator with the default options.</summary>
    public static BulletinValidator Default { get; } = new(ValidationOptions.Default);

    /// <summary>Gets the options this validator uses.</summary>
    public ValidationOptions Options { get; }

    /// <summary>Creates a validator with the options given.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static BulletinValidator Create(ValidationOptions options) => new(Preconditions.CheckNotNull(options));

    /// <summary>Validates an issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <returns>The diagnostics raised, in source order.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public ValidationResult Validate(BulletinIssue issue)
    {
        Preconditions.CheckNotNull(issue);
        var diagnostics = new List<Diagnostic>();
        var context = new ValidationContext(issue, Options, diagnostics);
        foreach (var rule in BuiltInRules)
        {
            if (!Options.DisabledRules.Contains(rule.Id))
            {
                context.Run(rule);
            }
        }

        foreach (var rule in Options.AdditionalRules)
        {
            if (!Options.DisabledRules.Contains(rule.Id))
            {
                context.Run(rule);
            }
        }

        diagnostics.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new ValidationResult([.. diagnostics]);
    }
}
