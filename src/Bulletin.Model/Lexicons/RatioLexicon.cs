// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Lexicons;

/// <summary>
/// Ratios that statistical releases state beside their terms without always defining them, written as a release
/// defines them (<c>名称=分子÷分母×100%</c>) and read by the same reader as a definition in a document
/// (<see cref="Validation.RatioDefinition"/>). A document's own definition of a name comes first.
/// </summary>
internal static class RatioLexicon
{
    /// <summary>The definitions, one per line, in the form a release prints them.</summary>
    internal static readonly string[] Definitions =
    [
        "营业收入利润率=利润总额÷营业收入×100%",
        "资产负债率=负债合计÷资产总计×100%",
        "资产负债率=负债总额÷资产总额×100%",
        "净利润率=净利润÷营业收入×100%",
        "销售利润率=利润总额÷销售收入×100%",
    ];
}
