// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Tests.Validation;

/// <summary>A short bulletin of our own whose figures agree with each other, for mutation tests.</summary>
internal static class ValidationDocuments
{
    internal const string Consistent = """
        # 海港经贸参考

        2025 年第 4 期（总第 40 期）

        海港市商务局

        2025 年 4 月 15 日

        ## 【数据】

        1. 一季度外贸运行情况..... 1

        2. 园区与产品结构..... 3

        ## 【数据】

        # 一季度外贸运行情况

        一季度，全市进出口总额 1195.0 亿元，同比增长 8.2%。其中，出口 739.4 亿元，占 61.9%。

        2025年一季度全市进出口总额增长 8.2%，高于全省平均水平。

        外资企业进出口占比 56.3%。

        跨境电商交易额由 120 亿元增至 150 亿元，增长 25%。

        服务外包执行额由 20 亿元增至 60 亿元，增长 2 倍。

        高新技术产品出口占比从 30.5% 提高到 35.5%，提高 5.0 个百分点。

        按 1美元对人民币7.1元 计，全年订单 500 万美元（约合 3550 万元人民币）。

        （转自海港日报）

        # 园区与产品结构

        东部、中部、西部三个园区出口分别为 412.5 亿元、230.8 亿元和 96.1 亿元，合计 739.4 亿元。

        机电产品、农产品和纺织品出口额占比分别为 45.2%、20.1% 和 18.3%。

        全年服务外包执行额 800.0 亿元。

        美国、欧盟、日本的执行额分别为 200.0 亿元、150.0 亿元、50.0 亿元，合计占服务外包执行总额的 50.0%。

        2025年一季度全市进出口总额增长 8.2%，其中民营企业贡献最大。

        （转自海港日报）
        """;
}
