// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation;

/// <summary>Writes figures in messages the way the text wrote them: a sum of <c>亿元</c> figures in <c>亿元</c>.</summary>
internal static class FigureFormat
{
    /// <summary>The scale a claim was written in: 412.5 亿元 gives (100000000, "亿元").</summary>
    internal static (decimal Factor, string Suffix) Scale(QuantifiedClaim claim)
    {
        var text = claim.Text.AsSpan();
        var start = 0;
        while (start < text.Length && !TextScan.IsDigit(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (TextScan.IsDigit(text[end]) || text[end] is '.' or ','))
        {
            end++;
        }

        if (start == end || claim.Value is not { } value ||
            !decimal.TryParse(text[start..end].ToString().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var written) ||
            written == 0m)
        {
            return (1m, claim.Unit);
        }

        // A value too small for its written digits (an archive may hold any) has no scale to write it in.
        var factor = Math.Abs(value / written);
        return factor == 0m ? (1m, claim.Unit) : (factor, TextScan.Trim(text[end..].ToString()));
    }

    internal static string Write(decimal value, (decimal Factor, string Suffix) scale) =>
        string.Create(CultureInfo.InvariantCulture, $"{decimal.Round(value / scale.Factor, 2, MidpointRounding.AwayFromZero):0.##} {scale.Suffix}").TrimEnd();

    internal static string Write(FigureInterval interval, (decimal Factor, string Suffix) scale) =>
        interval.Low is { } low && interval.High is { } high && high - low < Math.Abs(low) * 0.0001m
            ? Write(low, scale)
            : $"{(interval.Low is { } l ? Write(l, scale) : "−∞")} to {(interval.High is { } h ? Write(h, scale) : "∞")}";

    internal static string Percent(decimal value) =>
        string.Create(CultureInfo.InvariantCulture, $"{decimal.Round(value, 2, MidpointRounding.AwayFromZero):0.##}%");

    // Rates to four significant digits (0.1408, 7.1, 1234): an inverse rate is an endless decimal.
    private const int RateDigits = 4;

    internal static string Rate(decimal rate)
    {
        if (rate == 0m)
        {
            return "0";
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(rate)));
        var decimals = Math.Clamp(RateDigits - 1 - magnitude, 0, 20);
        return decimal.Round(rate, decimals, MidpointRounding.AwayFromZero).ToString("0.####################", CultureInfo.InvariantCulture);
    }
}
