// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;
using NodaTime;

namespace Bulletin.Model.Claims;

/// <summary>
/// A date written as a period label writes it: <c>2024-08-14</c>, or <c>2024-08</c> to the month. Interpolated into a
/// label it writes its digits straight into the buffer: NodaTime's pattern formatting looks up the culture's format
/// info on every call, which had been a few per cent of a parse of a figure-dense document.
/// </summary>
internal readonly struct IsoDate(LocalDate date, bool toTheMonth = false) : ISpanFormattable
{
    /// <summary>The date to the month (<c>2024-08</c>).</summary>
    internal static IsoDate Month(LocalDate date) => new(date, toTheMonth: true);

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var length = toTheMonth ? 7 : 10;
        charsWritten = 0;
        if (date.Year is < 0 or > 9999)
        {
            // Outside four digits the ISO pattern writes a sign or a fifth digit; leave that to NodaTime.
            var text = ToString();
            if (!text.AsSpan().TryCopyTo(destination))
            {
                return false;
            }

            charsWritten = text.Length;
            return true;
        }

        if (destination.Length < length)
        {
            return false;
        }

        Digits(destination, 0, date.Year, 4);
        destination[4] = '-';
        Digits(destination, 5, date.Month, 2);
        if (!toTheMonth)
        {
            destination[7] = '-';
            Digits(destination, 8, date.Day, 2);
        }

        charsWritten = length;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => date.Year is < 0 or > 9999
        ? date.ToString(toTheMonth ? "uuuu-MM" : "uuuu-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(toTheMonth ? 7 : 10, this, static (into, iso) => iso.TryFormat(into, out _, default, null));

    private static void Digits(Span<char> into, int at, int value, int width)
    {
        for (var k = at + width - 1; k >= at; k--)
        {
            into[k] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
