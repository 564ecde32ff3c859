// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Claims;

/// <summary>A number as the scanner reads it, with what it needs to judge it: digits, magnitude, vagueness.</summary>
internal struct NumberToken
{
    internal int Start;
    internal int End;

    /// <summary>The number before its magnitude (<c>2.4</c> of <c>2.4 万亿</c>).</summary>
    internal decimal Mantissa;

    /// <summary>The product of the magnitude characters, or 1.</summary>
    internal decimal Factor;

    /// <summary>Where the magnitude characters start, or -1.</summary>
    internal int MagnitudeStart;

    internal int Decimals;
    internal int IntegerDigits;
    internal bool IsChinese;
    internal bool IsFraction;
    internal bool HasSeparators;
    internal decimal? Lower;
    internal decimal? Upper;
    internal ClaimQualifier Qualifier;

    internal readonly bool HasMagnitude => Factor > 1m;

    internal readonly bool IsVagueRange => Lower is not null && Upper is not null && Value is null;

    internal decimal? Value;

    internal decimal Precision;
}
