// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Globalization;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Archives;

/// <summary>Short issues of our own, numbered as a test needs, for archives and cross-issue rules.</summary>
internal static class ArchiveDocuments
{
    internal static string Text(int year, int number, int cumulative, string body, string publication = "海港经贸参考") =>
        string.Create(CultureInfo.InvariantCulture, $"""
            # {publication}

            {year} 年第 {number} 期（总第 {cumulative} 期）

            海港市商务局

            # 外贸运行情况

            {body}

            （转自海港日报）
            """);

    internal static BulletinIssue Issue(int year, int number, int cumulative, string body = "港口集装箱吞吐量保持增长。", string publication = "海港经贸参考") =>
        BulletinParser.Default.Parse(Text(year, number, cumulative, body, publication)).GetValueOrThrow();
}
