// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Diagnostics.CodeAnalysis;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Claims;

/// <summary>
/// Reads numbers as Chinese texts write them: Arabic digits with <c>,</c> separators, full-width digits and
/// decimals; Chinese numerals (<c>一万亿</c>, <c>两</c>, <c>〇</c>, financial <c>壹贰叁</c>, Traditional <c>萬億兩</c>);
/// mixed forms (<c>2.4 万亿</c>); fractions (<c>2/3</c>); vague numbers (<c>200多</c>, <c>10余</c>, <c>数百万</c>,
/// <c>上千</c>, <c>两位数</c>).
/// </summary>
/// <threadsafety>All members are stateless and safe to call from any thread.</threadsafety>
public static partial class NumberReader
{
    private const int MaxDigits = 24;
    private const int MaxGap = 4;

    /// <summary>Reads a whole string as one number; white space around it is allowed.</summary>
    /// <param name="text">The text.</param>
    /// <param name="reading">The number read.</param>
    /// <returns><see langword="true"/> when the whole text is one number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out NumberReading reading)
    {
        reading = default;
        if (text is null)
        {
            return false;
        }

        return TryParse(text.AsSpan(), out reading);
    }

    /// <summary>Reads a whole span as one number, as <see cref="TryParse(string?, out NumberReading)"/> reads a string.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out NumberReading reading)
    {
        reading = default;
        var trimmed = TextScan.Trim(text);
        if (!TryRead(trimmed, 0, trimmed.Length, out var token) || token.End != trimmed.Length)
        {
            return false;
        }

        reading = new NumberReading(token.Value, token.Lower, token.Upper, token.Precision, token.Qualifier, token.End);
        return true;
    }

    /// <summary>Reads the number that starts at <paramref name="start"/>, never past <paramref name="limit"/>.</summary>
    internal static bool TryRead(ReadOnlySpan<char> text, int start, int limit, out NumberToken token)
    {
        try
        {
            return TryReadUnchecked(text, start, limit, out token);
        }
        catch (OverflowException)
        {
            // 亿亿亿亿…, 99999999999999999999999999999万: a number past decimal's range is no number.
            token = default;
            return false;
        }
    }

    private static bool TryReadUnchecked(ReadOnlySpan<char> text, int start, int limit, out NumberToken token)
    {
        token = default;
        token.Start = start;
        token.Factor = 1m;
        token.MagnitudeStart = -1;
        if (start >= limit)
        {
            return false;
        }

        var c = CharFold.Fold(text[start]);
        bool ok;
        try
        {
            ok = c is >= '0' and <= '9' ? ReadArabic(text, start, limit, ref token) : ReadChinese(text, start, limit, ref token);
        }
        catch (OverflowException)
        {
            return false;
        }

        return ok;
    }

    private static bool ReadArabic(ReadOnlySpan<char> text, int start, int limit, ref NumberToken token)
    {
        Span<char> digits = stackalloc char[MaxDigits + 2];
        var n = 0;
        var i = start;
        var decimals = -1;
        var wrapped = false;
        while (i < limit)
        {
            var c = CharFold.Fold(text[i]);
            if (c is '\n' or '\r' && n > 0 && !wrapped && HardWrapEnd(text, i, limit) is var after and > 0 && CharFold.Fold(text[after]) is >= '0' and <= '9')
            {
                // 27\n  2億元: a converter's hard wrap inside the number; the number goes on after it.
                wrapped = true;
                i = after;
                continue;
            }

            if (c is >= '0' and <= '9')
            {
                if (n >= MaxDigits)
                {
                    return false;
                }

                digits[n++] = c;
                if (decimals >= 0)
                {
                    decimals++;
                }

                i++;
            }
            else if (c == ',' && decimals < 0 && n > 0 && IsThousandsGroup(text, i + 1, limit))
            {
                token.HasSeparators = true;
                i++;
            }
            else if (c == '.' && decimals < 0 && i + 1 < limit && CharFold.Fold(text[i + 1]) is >= '0' and <= '9')
            {
                digits[n++] = '.';
                decimals = 0;
                i++;
            }
            else if (c == '.' && decimals < 0 && !wrapped && i + 1 < limit && text[i + 1] is '\n' or '\r' &&
                HardWrapEnd(text, i + 1, limit) is var resumes and > 0 && CharFold.Fold(text[resumes]) is >= '0' and <= '9')
            {
                // 0.\n  6亿元: the wrap fell right after the decimal point.
                digits[n++] = '.';
                decimals = 0;
                wrapped = true;
                i = resumes;
            }
            else
            {
                break;
            }
        }

        token.IntegerDigits = decimals < 0 ? n : n - decimals - 1;
        token.Decimals = Math.Max(decimals, 0);
        token.Mantissa = ParseDigits(digits[..n]);
        token.End = i;

        // 2/3: a small fraction, read as a percentage of the whole.
        if (decimals < 0 && i + 1 < limit && CharFold.Fold(text[i]) == '/' && TryFraction(text, i + 1, limit, token.Mantissa, out var fraction, out var end))
        {
            token.IsFraction = true;
            token.Value = fraction;
            token.Precision = 0.005m;
            token.End = end;
            return true;
        }

        ReadVagueAndMagnitude(text, limit, ref token);
        return true;
    }

    // Three digits after a separator, read through one hard wrap (1,9\n  86億元).
    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int at, int limit)
    {
        var p = at;
        for (var k = 0; k < 3; k++)
        {
            if (p < limit && text[p] is '\n' or '\r' && k > 0 && HardWrapEnd(text, p, limit) is var after and > 0)
            {
                p = after;
            }

            if (p >= limit || CharFold.Fold(text[p]) is < '0' or > '9')
            {
                return false;
            }

            p++;
        }

        return p == limit || CharFold.Fold(text[p]) is < '0' or > '9';
    }

    /// <summary>
    /// Where the text goes on after a hard wrap at <paramref name="at"/> (a line break and the next line's indent),
    /// or 0 when the break is not one: the line it ends is a line of prose filled to its width, not a short line, a
    /// table row or the end of a paragraph.
    /// </summary>
    internal static int HardWrapEnd(ReadOnlySpan<char> text, int at, int limit)
    {
        var p = at;
        if (p < limit && text[p] == '\r')
        {
            p++;
        }

        if (p >= limit || text[p] != '\n')
        {
            return 0;
        }

        p++;
        while (p < limit && text[p] is ' ' or '\u3000' or '\t')
        {
            p++;
        }

        if (p >= limit || text[p] is '\n' or '\r')
        {
            return 0;
        }

        return EndsFilledProseLine(text, at) ? p : 0;
    }

    // Whether the line that ends at at is prose filled to its width, which a converter may have cut anywhere: not a
    // short line, and not a table's row (ruled with | or ｜, or split by tabs) whatever its width.
    private static bool EndsFilledProseLine(ReadOnlySpan<char> text, int at)
    {
        const int MinWrappedLine = 16;
        const int MaxLookBack = 400;
        var window = text[Math.Max(0, at - MaxLookBack)..at];
        var line = window[(window.LastIndexOf('\n') + 1)..];
        return line.Length >= MinWrappedLine && line.IndexOfAny('|', '\t', '｜') < 0;
    }

    private static bool TryFraction(ReadOnlySpan<char> text, int at, int limit, decimal numerator, out decimal percent, out int end)
    {
        percent = 0m;
        end = at;
        var denominator = 0;
        while (end < limit && CharFold.Fold(text[end]) is >= '0' and <= '9' && end - at < 3)
        {
            denominator = (denominator * 10) + (CharFold.Fold(text[end]) - '0');
            end++;
        }

        if (end == at || denominator < 2 || numerator >= denominator || numerator <= 0 || numerator != decimal.Truncate(numerator) ||
            (end < limit && CharFold.Fold(text[end]) is '/' or '.' or '-' or (>= '0' and <= '9')))
        {
            return false;
        }

        percent = decimal.Round(numerator * 100m / denominator, 2, MidpointRounding.AwayFromZero);
        return true;
    }

    // After the digits: 多/余, then the magnitude (万, 亿, 万亿 …), then 多/余 again: 200多, 1000多万, 2万多.
    private static void ReadVagueAndMagnitude(ReadOnlySpan<char> text, int limit, ref NumberToken token)
    {
        var i = token.End;
        var vague = false;
        var afterGap = SkipGap(text, i, limit);
        if (afterGap < limit && CharFold.Fold(text[afterGap]) is '多' or '余' && token.Decimals == 0)
        {
            vague = true;
            i = afterGap + 1;
        }

        var j = SkipGap(text, i, limit);
        var factor = 1m;
        var magnitudeStart = -1;

        // 十, 百 and 千 count as magnitudes only right after the digits (3千); after a space they begin a word (2025 百度).
        while (j < limit && ClaimLexicon.Magnitude(CharFold.Fold(text[j])) is var m and > 0m && !(m < 10_000m && factor >= 10_000m) &&
            (m >= 10_000m || j == i || magnitudeStart >= 0) && FitsMaxFactor(factor, m))
        {
            magnitudeStart = magnitudeStart < 0 ? j : magnitudeStart;
            factor *= m;
            j++;
        }

        var compound = 0m;
        var compoundPlace = 0m;
        var compounded = false;
        if (magnitudeStart < 0 && j < limit && CharFold.Fold(text[j]) == '兆' && Trillion(text, j + 1, limit, out var trillionEnd, out compound, out compoundPlace))
        {
            // 1兆7,250億元, 4兆608億元, 2.6兆餘元: 兆 before 億 or a currency is 10^12, as Taiwan writes it.
            magnitudeStart = j;
            factor = 1_000_000_000_000m;
            j = trillionEnd;
            compounded = compoundPlace > 0m;
        }

        if (magnitudeStart >= 0 && !(factor < 10_000m && FollowedByNumeralOrNoun(text, j, limit)))
        {
            token.Factor = factor;
            token.MagnitudeStart = magnitudeStart;
            i = j;
            if (!vague && i < limit && CharFold.Fold(text[i]) is '多' or '余')
            {
                vague = true;
                i++;
            }
        }

        token.End = i;
        var value = token.Mantissa;
        if (token.MagnitudeStart >= 0 && !TryMultiply(token.Mantissa, token.Factor, out value))
        {
            // Past decimal's range: no value, and the scanner drops a figure it cannot hold.
            token.Value = null;
            token.Factor = 1m;
            return;
        }

        // Decimal arithmetic is a call each: a figure with no magnitude (most of them) skips the products by one.
        token.Value = compounded ? value + compound : value;
        token.Precision = compounded ? compoundPlace * 0.5m
            : token.MagnitudeStart >= 0 ? HalfUnit(token.Decimals) * token.Factor
            : HalfUnit(token.Decimals);
        if (vague)
        {
            var step = LastPlace(token.Mantissa);
            token.Lower = token.Value;
            token.Upper = (token.Mantissa + step) * token.Factor;
            token.Qualifier = ClaimQualifier.Over;
        }
    }

    // After 兆: digits and 億 (1兆7,250億: the 億 part is added), or 億, 元, a currency, 多/余 straight away; never 兆瓦.
    private static bool Trillion(ReadOnlySpan<char> text, int at, int limit, out int end, out decimal extra, out decimal place)
    {
        end = at;
        extra = 0m;
        place = 0m;
        if (at >= limit)
        {
            return false;
        }

        var c = CharFold.Fold(text[at]);
        if (char.IsAsciiDigit(c))
        {
            var p = at;
            var digits = 0m;
            var count = 0;
            while (p < limit && count < 6 && (char.IsAsciiDigit(CharFold.Fold(text[p])) || (text[p] == ',' && p + 1 < limit && char.IsAsciiDigit(CharFold.Fold(text[p + 1])))))
            {
                if (text[p] != ',')
                {
                    digits = (digits * 10m) + (CharFold.Fold(text[p]) - '0');
                    count++;
                }

                p++;
            }

            if (p < limit && CharFold.Fold(text[p]) == '亿')
            {
                extra = digits * 100_000_000m;
                place = 100_000_000m;
                end = p + 1;
                return true;
            }

            return false;
        }

        return c is '亿' or '元' or '多' or '余' || ClaimLexicon.CurrencyStarts.Contains(c);
    }

    // 十/百/千 after digits are magnitudes only when nothing numeral-like follows (3千 yes, 3千米 no).
    private static bool FollowedByNumeralOrNoun(ReadOnlySpan<char> text, int at, int limit) =>
        at < limit && ClaimLexicon.UnitsAfterSmallMagnitude.Contains(CharFold.Fold(text[at]), StringComparison.Ordinal);

    // Spaces between the digits and 多/余 or a magnitude (1.2 万), and line breaks where prose filled to its width
    // was cut, by a wrap or a converter's stray blank line (超 2000⏎⏎亿美元). After a table's row or a short line the
    // next line is not the number's: | 5.7⏎万元以上企业 | … is a cell and the next row's label.
    private static int SkipGap(ReadOnlySpan<char> text, int i, int limit)
    {
        var j = i;
        var lineChecked = false;
        while (j < limit && j - i < MaxGap && TextScan.IsWhite(text[j]))
        {
            if (text[j] is '\n' or '\r' && !lineChecked)
            {
                if (!EndsFilledProseLine(text, j))
                {
                    return j;
                }

                lineChecked = true;
            }

            j++;
        }

        return j;
    }

    private static decimal ParseDigits(ReadOnlySpan<char> digits)
    {
        // Up to 18 digits fit a long: integer steps, then one decimal built from the mantissa and scale, trailing
        // zeros of the fraction dropped as the division below drops them (5.0 is 5). Decimal steps are for longer runs.
        if (digits.Length <= 19)
        {
            long mantissa = 0;
            var places = 0;
            var pointSeen = false;
            var count = 0;
            foreach (var c in digits)
            {
                if (c == '.')
                {
                    pointSeen = true;
                    continue;
                }

                mantissa = (mantissa * 10) + (c - '0');
                places += pointSeen ? 1 : 0;
                count++;
            }

            if (count <= 18)
            {
                while (places > 0 && mantissa % 10 == 0)
                {
                    mantissa /= 10;
                    places--;
                }

                return new decimal(unchecked((int)(uint)mantissa), unchecked((int)(mantissa >> 32)), 0, false, (byte)places);
            }
        }

        decimal value = 0m;
        var scale = 0;
        var afterPoint = false;
        foreach (var c in digits)
        {
            if (c == '.')
            {
                afterPoint = true;
                continue;
            }

            value = checked((value * 10m) + (c - '0'));
            scale += afterPoint ? 1 : 0;
        }

        return value / Pow10(scale);
    }

    /// <summary>
    /// Reads digits that a PDF converter spaced one a token inside math (<c>6 . 3 6</c>, <c>1 3 . 0 4</c>, <c>4 5</c>):
    /// single digits separated by single spaces, with at most one <c> . </c>. Two digits or more, or it is not such a number.
    /// </summary>
    internal static bool TryReadSpacedDigits(ReadOnlySpan<char> text, int start, int limit, out NumberToken token)
    {
        token = default;
        var mantissa = 0m;
        int integerDigits = 0, decimals = 0, end = start, i = start;
        var point = false;
        var spaced = false;
        while (i < limit && char.IsAsciiDigit(text[i]) && integerDigits + decimals < 20)
        {
            mantissa = (mantissa * 10m) + (text[i] - '0');
            decimals += point ? 1 : 0;
            integerDigits += point ? 0 : 1;
            end = ++i;
            if (i < limit && char.IsAsciiDigit(text[i]))
            {
                // $84 . 1 1 \%$: some converters keep a group of digits together and space the rest.
            }
            else if (i + 1 < limit && text[i] == ' ' && char.IsAsciiDigit(text[i + 1]))
            {
                spaced = true;
                i++;
            }
            else if (!point && i + 3 < limit && text[i] == ' ' && text[i + 1] == '.' && text[i + 2] == ' ' && char.IsAsciiDigit(text[i + 3]))
            {
                spaced = true;
                point = true;
                i += 3;
            }
            else
            {
                break;
            }
        }

        // Digits without a space among them are an ordinary number (12,500), read as one.
        if (integerDigits + decimals < 2 || !spaced)
        {
            return false;
        }

        var scale = Pow10(decimals);
        token.Start = start;
        token.End = end;
        token.Mantissa = mantissa / scale;
        token.Value = token.Mantissa;
        token.Factor = 1m;
        token.MagnitudeStart = -1;
        token.Decimals = decimals;
        token.IntegerDigits = integerDigits;
        token.Precision = 0.5m / scale;
        return true;
    }

    /// <summary>The largest magnitude a number takes (10^24): 亿亿亿 is already more than anything a document counts.</summary>
    internal const decimal MaxFactor = 1_000_000_000_000_000_000_000_000m;

    // factor × m ≤ MaxFactor for the powers of ten magnitudes are, compared in double (exact enough between powers of
    // ten, which lie a factor of ten apart) instead of by a decimal division.
    private static bool FitsMaxFactor(decimal factor, decimal m) => (double)factor * (double)m <= s_maxFactorWithin;

    private static readonly double s_maxFactorWithin = (double)MaxFactor * 1.000001;

    /// <summary>Multiplies unless the product leaves <see cref="decimal"/>'s range (a figure too large to be one).</summary>
    internal static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        // A factor of one with no places (a column with no magnitude, a figure's own precision) changes nothing, not
        // even the scale: no conversion to double, no product.
        if (b == 1m && b.Scale == 0)
        {
            product = a;
            return true;
        }

        // A product whose estimate in double lies well inside the range (below 10^27, against decimal's 7.9 × 10^28)
        // cannot leave it, and nearly every figure is such a product: the exact test, a decimal division, is kept for
        // the rest (it cost a tenth of a parse when every figure paid it).
        if (Math.Abs((double)a * (double)b) >= 1e27)
        {
            var x = Math.Abs(a);
            var y = Math.Abs(b);
            if (x > 1m && y > 1m && x > decimal.MaxValue / y)
            {
                product = 0m;
                return false;
            }
        }

        product = a * b;
        return true;
    }

    /// <summary>Ten to the power <paramref name="exponent"/>, exact, from a table within decimal's 28 places.</summary>
    internal static decimal Pow10(int exponent)
    {
        if (exponent is >= 0 and < 29)
        {
            return s_powers[exponent];
        }

        if (exponent is < 0 and > -29)
        {
            // 10^-k is 1 at scale k: no division.
            return new decimal(1, 0, 0, false, (byte)-exponent);
        }

        var result = 1m;
        for (var k = 0; k < Math.Abs(exponent); k++)
        {
            result *= 10m;
        }

        return exponent < 0 ? 1m / result : result;
    }

    private static readonly decimal[] s_powers = BuildPowers();

    private static decimal[] BuildPowers()
    {
        var powers = new decimal[29];
        powers[0] = 1m;
        for (var k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] * 10m;
        }

        return powers;
    }

    /// <summary>Half the unit of the last of <paramref name="decimals"/> places (2 → 0.005): a figure's rounding.</summary>
    internal static decimal HalfUnit(int decimals) =>
        decimals is >= 0 and < 28 ? new decimal(5, 0, 0, false, (byte)(decimals + 1)) : Pow10(-decimals) / 2m;

    /// <summary>
    /// The same value with no trailing zeros after the point (126050000000.0 → 126050000000, 0.0050 → 0.005),
    /// as dividing by 1.000…0 gives it, without the division for a mantissa that fits 64 bits.
    /// </summary>
    internal static decimal Normalize(decimal value)
    {
        var scale = value.Scale;
        if (scale == 0)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0)
        {
            return value / 1.0000000000000000000000000000m;
        }

        var mantissa = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return new decimal(unchecked((int)(uint)mantissa), unchecked((int)(mantissa >> 32)), 0, value < 0m && mantissa != 0, scale);
    }

    // The step of the last non-zero place: 150 → 10, 200 → 100, 2900 → 100.
    private static decimal LastPlace(decimal value)
    {
        if (value <= 0m)
        {
            return 1m;
        }

        if (value != decimal.Truncate(value))
        {
            // 1.2万余: the step is a tenth of the unit.
            var fraction = 1m;
            while (value / fraction != decimal.Truncate(value / fraction))
            {
                fraction /= 10m;
            }

            return fraction;
        }

        var step = 1m;
        while (value % (step * 10m) == 0m)
        {
            step *= 10m;
        }

        return step;
    }
}
