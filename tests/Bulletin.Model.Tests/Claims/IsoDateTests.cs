// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Globalization;
using Bulletin.Model.Claims;
using CsCheck;
using NodaTime;

namespace Bulletin.Model.Tests.Claims;

/// <summary>Period labels write their dates without NodaTime's pattern engine, and must write what it writes.</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData(2024, 8, 14, "2024-08-14", "2024-08")]
    [InlineData(1, 1, 1, "0001-01-01", "0001-01")]
    [InlineData(9999, 12, 31, "9999-12-31", "9999-12")]
    [InlineData(-5, 3, 9, "-0005-03-09", "-0005-03")]
    public void Writes_TheIsoPatternsText(int year, int month, int day, string toTheDay, string toTheMonth)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(toTheDay, new IsoDate(date).ToString());
        Assert.Equal(toTheMonth, IsoDate.Month(date).ToString());
        Assert.Equal($"asof {toTheDay}/{toTheMonth}", $"asof {new IsoDate(date)}/{IsoDate.Month(date)}");
    }

    [Fact]
    public void Writes_WhatNodaTimeWrites_ForAnyDate()
    {
        Gen.Select(Gen.Int[-9998, 9999], Gen.Int[1, 12], Gen.Int[1, 28]).Sample((year, month, day) =>
        {
            var date = new LocalDate(year, month, day);
            return $"{new IsoDate(date)}|{IsoDate.Month(date)}" ==
                date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + "|" + date.ToString("uuuu-MM", CultureInfo.InvariantCulture);
        });
    }

    [Fact]
    public void TryFormat_RefusesABufferTooShort()
    {
        var into = new char[9];

        Assert.False(new IsoDate(new LocalDate(2024, 8, 14)).TryFormat(into, out var written, default, null));
        Assert.Equal(0, written);
        Assert.True(IsoDate.Month(new LocalDate(2024, 8, 14)).TryFormat(into, out written, default, null));
        Assert.Equal("2024-08", new string(into, 0, written));
    }
}
