// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using NodaTime;

namespace Bulletin.Model.Tests.Model;

public sealed class PartialDateTests
{
    public static TheoryData<int?, int?, int?, string> Forms => new()
    {
        { 2026, 1, 29, "2026-01-29" },
        { 2026, 1, null, "2026-01" },
        { 2026, null, null, "2026" },
        { null, 1, 28, "--01-28" },
        { null, 12, null, "--12" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void ToStringThenTryParse_EachForm_RoundTrips(int? year, int? month, int? day, string iso)
    {
        var date = PartialDate.Create(year, month, day);
        Assert.Equal(iso, date.ToString());
        Assert.True(PartialDate.TryParse(iso, out var back));
        Assert.Equal(date, back);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-02-30")]
    [InlineData("yesterday")]
    [InlineData("--")]
    public void TryParse_NotADate_ReturnsFalse(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Create_DayWithoutMonth_Throws() => Assert.Throws<ArgumentException>(() => PartialDate.Create(2026, null, 3));

    [Fact]
    public void Create_February29InAnUnknownYear_IsAllowed() => Assert.Equal(29, PartialDate.Create(null, 2, 29).Day);

    [Fact]
    public void WithYearIfMissing_MonthDay_BecomesComplete()
    {
        var date = PartialDate.Create(null, 1, 28).WithYearIfMissing(2026);
        Assert.True(date.TryGetLocalDate(out var local));
        Assert.Equal(new LocalDate(2026, 1, 28), local);
    }
}
