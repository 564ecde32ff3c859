// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>
/// A calendar date as far as the source states it: a full date, a year and month, a year, or a month and
/// day with no year (a dateline's <c>1月28日电</c>). Nothing the source leaves out is filled in.
/// </summary>
/// <remarks>
/// The ISO 8601 text forms are <c>2026-01-29</c>, <c>2026-01</c>, <c>2026</c> and <c>--01-28</c>.
/// </remarks>
/// <threadsafety>This type is an immutable value and safe to share between threads.</threadsafety>
[JsonConverter(typeof(Serialization.PartialDateConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>
{
    private PartialDate(int? year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Gets the year, when stated.</summary>
    public int? Year { get; }

    /// <summary>Gets the month (1–12), when stated.</summary>
    public int? Month { get; }

    /// <summary>Gets the day of the month, when stated.</summary>
    public int? Day { get; }

    /// <summary>Gets a value indicating whether year, month and day are all known.</summary>
    public bool IsComplete => Year is not null && Month is not null && Day is not null;

    /// <summary>Creates a date from whatever parts the source stated.</summary>
    /// <param name="year">The year, or <see langword="null"/>.</param>
    /// <param name="month">The month, or <see langword="null"/>.</param>
    /// <param name="day">The day, or <see langword="null"/>; needs a month.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the parts do not form a date.</exception>
    /// <exception cref="ArgumentException">A day is given without a month, or nothing is given.</exception>
    public static PartialDate Create(int? year, int? month, int? day)
    {
        Preconditions.CheckArgument(year is not null || month is not null, nameof(year), "A date needs at least a year or a month.");
        Preconditions.CheckArgument(day is null || month is not null, nameof(day), "A day needs a month.");
        Preconditions.CheckArgumentRange(year is null or >= 1 and <= 9999, nameof(year), "The year must be between 1 and 9999.");
        Preconditions.CheckArgumentRange(month is null or >= 1 and <= 12, nameof(month), "The month must be between 1 and 12.");
        var maxDay = month is null ? 31 : CalendarSystem.Iso.GetDaysInMonth(year ?? 2000, month.Value);
        Preconditions.CheckArgumentRange(day is null || (day >= 1 && day <= maxDay), nameof(day), "The day does not exist in that month.");
        return new PartialDate(year, month, day);
    }

    /// <summary>Creates a complete date from a <see cref="LocalDate"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date.</returns>
    public static PartialDate FromLocalDate(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Tries to build a date from parts read out of text, without throwing.</summary>
    internal static bool TryCreate(int? year, int? month, int? day, out PartialDate date)
    {
        date = default;
        if ((year is null && month is null) || (day is not null && month is null) ||
            year is < 1 or > 9999 || month is < 1 or > 12)
        {
            return false;
        }

        if (day is not null && (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year ?? 2000, month!.Value)))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Gets this date as a <see cref="LocalDate"/> when it is complete.</summary>
    /// <param name="date">The date, when complete.</param>
    /// <returns><see langword="true"/> when year, month and day are all known.</returns>
    public bool TryGetLocalDate(out LocalDate date)
    {
        if (IsComplete)
        {
            date = new LocalDate(Year!.Value, Month!.Value, Day!.Value);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Completes a date that lacks its year with the year given (a dateline read in a dated issue).</summary>
    /// <param name="year">The year to assume when none is stated.</param>
    /// <returns>This date with the year filled in where it was missing.</returns>
    public PartialDate WithYearIfMissing(int year) =>
        Year is null && TryCreate(year, Month, Day, out var completed) ? completed : this;

    /// <summary>Parses the ISO 8601 forms that <see cref="ToString"/> writes.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date read.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is one of the forms.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parts = text.StartsWith("--", StringComparison.Ordinal) ? ("0000" + text[1..]).Split('-') : text.Split('-');
        if (parts.Length is < 1 or > 3)
        {
            return false;
        }

        var values = new int?[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            values[i] = value;
        }

        if (values[0] == 0 && text.StartsWith("--", StringComparison.Ordinal))
        {
            values[0] = null;
        }

        return TryCreate(values[0], values[1], values[2], out date);
    }

    /// <inheritdoc/>
    public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Month, Day);

    /// <summary>Compares two dates for equality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Compares two dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Formats the date in its ISO 8601 form.</summary>
    /// <returns><c>2026-01-29</c>, <c>2026-01</c>, <c>2026</c> or <c>--01-28</c>.</returns>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        return (Year, Month, Day) switch
        {
            (null, null, _) => string.Empty,
            (null, { } m, null) => string.Create(inv, $"--{m:00}"),
            (null, { } m, { } d) => string.Create(inv, $"--{m:00}-{d:00}"),
            ({ } y, null, _) => string.Create(inv, $"{y:0000}"),
            ({ } y, { } m, null) => string.Create(inv, $"{y:0000}-{m:00}"),
            ({ } y, { } m, { } d) => string.Create(inv, $"{y:0000}-{m:00}-{d:00}"),
        };
    }
}
