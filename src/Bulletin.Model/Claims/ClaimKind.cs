// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Claims;

/// <summary>What a quantified claim states (see docs/claims.md, "Kinds").</summary>
public enum ClaimKind
{
    /// <summary>A level of money: <c>1260.5 亿元</c>.</summary>
    Amount,

    /// <summary>A number of things or people: <c>78 万家</c>.</summary>
    Count,

    /// <summary>A physical or technical quantity: <c>120 亿千瓦时</c>, <c>20EFLOPS</c>.</summary>
    Physical,

    /// <summary>A percentage level that is neither a share nor a change: <c>覆盖率达到 81.5%</c>.</summary>
    Percent,

    /// <summary>A part of a whole: <c>占总量的 40.6%</c>, <c>七成</c>, <c>2/3</c>.</summary>
    Share,

    /// <summary>A growth or decline rate in percent: <c>增长 6.1%</c>.</summary>
    Change,

    /// <summary>A change or difference in percentage points.</summary>
    Pp,

    /// <summary>N times: <c>近3倍</c>, <c>翻倍</c>.</summary>
    Multiple,

    /// <summary>An exchange rate or another ratio of two units: <c>1比1.2038</c>, <c>26.30元/股</c>.</summary>
    Rate,

    /// <summary>An index level or score in points: <c>报41563.08点</c>.</summary>
    Index,

    /// <summary>A length of time: <c>连续 16 年</c>, <c>85岁</c>.</summary>
    Duration,
}
