// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>One row per claim: where it stands and every field of the claim, then its value in its dimension's base unit.</summary>
internal sealed class ClaimsTable : ExportTableDefinition<ClaimRow>
{
    private ClaimsTable()
        : base(
        [
            Column.String<ClaimRow>("article", "The title of the article the claim stands in.", r => r.Context.ArticleTitle(r.Claim.ArticleIndex)),
            Column.Int32<ClaimRow>("articleIndex", "The article's 0-based index in reading order.", r => r.Claim.ArticleIndex),
            Column.Int32<ClaimRow>("blockIndex", "The block's 0-based index within the article.", r => r.Claim.BlockIndex),
            Column.Int32<ClaimRow>("id", "The claim's number within its issue, from 1.", r => r.Claim.Id),
            Column.String<ClaimRow>("text", "The claim's text, exactly as in the source.", r => r.Claim.Text),
            Column.String<ClaimRow>("kind", "amount, count, physical, percent, share, change, pp, multiple, rate, index or duration.", r => EnumNames<ClaimKind>.Of(r.Claim.Kind)),
            Column.Decimal<ClaimRow>("value", "The stated number, magnitude applied (1195.0 亿元 is 119500000000).", r => r.Claim.Value),
            Column.Decimal<ClaimRow>("lower", "The lower end of a range or a vague number.", r => r.Claim.Lower),
            Column.Decimal<ClaimRow>("upper", "The upper end of a range or a vague number.", r => r.Claim.Upper),
            Column.Decimal<ClaimRow>("precision", "Half a unit of the last stated digit, magnitude applied.", r => r.Claim.Precision),
            Column.String<ClaimRow>("qualifier", "exact, approx, over, under, atLeast, atMost or nearly.", r => EnumNames<ClaimQualifier>.Of(r.Claim.Qualifier)),
            Column.String<ClaimRow>("unit", "The unit code: CNY, %, pp, x, count, point, Energy.TerawattHour …", r => r.Claim.Unit),
            Column.String<ClaimRow>("measure", "For counts, the measure word or counted noun.", r => r.Claim.Measure),
            Column.String<ClaimRow>("period", "The period in the form of docs/claims.md (2025-01/2025-09, asof 2025-11-30).", r => r.Claim.Period?.Text),
            Column.Date<ClaimRow>("periodStart", "The period's first day, when resolved.", r => r.Claim.Period?.Start),
            Column.Date<ClaimRow>("periodEnd", "The period's last day, when resolved.", r => r.Claim.Period?.End),
            Column.String<ClaimRow>("modality", "actual, forecast or target.", r => EnumNames<ClaimModality>.Of(r.Claim.Modality)),
            Column.String<ClaimRow>("basis", "The basis of a change: yoy, mom, or the words that name it.", r => r.Claim.Basis),
            Column.String<ClaimRow>("subject", "The phrase the figure measures.", r => r.Claim.Subject),
            Column.Int32<ClaimRow>("start", "The UTF-16 offset of the claim in the source.", r => r.Claim.Span.Start),
            Column.Int32<ClaimRow>("length", "The claim's length in UTF-16 code units.", r => r.Claim.Span.Length),
            Column.Int32<ClaimRow>("line", "The 1-based line of the claim.", r => r.Claim.Span.Line),
            Column.Int32<ClaimRow>("column", "The 1-based column of the claim.", r => r.Claim.Span.Column),
            Column.Relations<ClaimRow>("relations", "The claim's relations to other claims of the issue: in JSON Lines [{\"kind\":\"partOf\",\"other\":3}] as in the archive, in CSV and Parquet kind:other joined by ';' (partOf:3;listMember:4).", r => r.Claim.Relations),
            Column.String<ClaimRow>("dimension", "The unit's dimension (Currency, Energy, Mass …), for units of the catalogue.", r => Unit(r.Claim)?.Dimension),
            Column.Decimal<ClaimRow>("valueInBase", "For physical figures, the value in the dimension's base unit (kilowatt-hours, kilograms, square meters …; docs/units.md), so that one sum adds figures stated in different units.", ValueInBase),
        ])
    {
    }

    internal static ClaimsTable Instance { get; } = new();

    internal override IEnumerable<ClaimRow> Rows(IssueContext issue) => issue.Issue.Claims.Select(c => new ClaimRow(issue, c));

    private static UnitInfo? Unit(QuantifiedClaim claim) => UnitCatalog.TryGet(claim.Unit, out var unit) ? unit : null;

    private static decimal? ValueInBase(ClaimRow row) =>
        row.Claim is { Kind: ClaimKind.Physical, Value: { } value } && Unit(row.Claim) is { } unit && Multiply(value, unit.FactorToBase) is { } inBase ? inBase : null;

    // A value whose conversion leaves the decimal range has no base value rather than a wrong one.
    private static decimal? Multiply(decimal value, decimal factor)
    {
        try
        {
            return value * factor;
        }
        catch (System.OverflowException)
        {
            return null;
        }
    }
}
