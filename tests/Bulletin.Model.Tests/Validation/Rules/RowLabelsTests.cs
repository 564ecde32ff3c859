// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Validation.Rules;
using CsCheck;

namespace Bulletin.Model.Tests.Validation.Rules;

/// <summary>The row a text figure's subject names, read through the label index as the plain comparison reads it.</summary>
public sealed class RowLabelsTests
{
    [Theory]
    [InlineData("东区工业增加值", "东区", true)]             // a two-character label is held whole, and shares no longer run
    [InlineData("制造业增加值", null, false)]          // 电子设备制造业 shares 制造业, longer than the label 制造
    [InlineData("全区工业增加值", null, true)]
    public void Read_FindsTheRowTheSubjectNames(string subject, string? row, bool sharesNoName) =>
        Assert.Equal((row, sharesNoName), new RowLabels(["东区", "西区", "电子设备制造业", "制造"]).Read(subject));

    [Fact]
    public void Read_IsWhatComparingWithEveryLabelGives()
    {
        var word = Gen.String[Gen.Char["甲乙丙丁戊"], 1, 6];
        Gen.Select(word.Array[1, 8], Gen.String[Gen.Char["甲乙丙丁戊"], 0, 10]).Sample((labels, subject) =>
            new RowLabels(labels).Read(subject) == Plain(labels, subject));
    }

    // The comparison the index stands for: the longest shared run with each label, longest labels first.
    private static (string? Row, bool SharesNoName) Plain(string[] labels, string subject)
    {
        var (label, common) = (default(string), 0);
        foreach (var candidate in labels.Distinct(StringComparer.Ordinal).OrderByDescending(l => l.Length).ThenBy(l => l, StringComparer.Ordinal))
        {
            var length = FigureRuleTests.LongestRun(candidate, subject);
            if (length > common || (length == common && length == candidate.Length))
            {
                (label, common) = (candidate, length);
            }
        }

        return (label is not null && common == label.Length ? label : null, common < RowLabels.MinRowName);
    }
}
