// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Claims;

/// <summary>How one claim relates to another in the same sentence or paragraph.</summary>
public enum ClaimRelationKind
{
    /// <summary>Both are members of one list (<c>分别为 A、B、C</c>).</summary>
    ListMember,

    /// <summary>This claim is a part of the other, which is its whole (<c>其中</c>).</summary>
    PartOf,

    /// <summary>This claim is the stated total of the other, one of its parts (<c>合计</c>, <c>共</c>).</summary>
    TotalOf,

    /// <summary>This claim is the starting level of a from→to pair whose end is the other (<c>由 A 跃升至 B</c>).</summary>
    From,

    /// <summary>This claim is the end level of a from→to pair whose start is the other.</summary>
    To,

    /// <summary>This claim converts the other into another unit (<c>约合</c>).</summary>
    ConversionOf,

    /// <summary>This claim is the rate of change of the other level (<c>1.6万亿美元，增长14%</c>).</summary>
    ChangeOf,

    /// <summary>This share is the share of the list it follows, taken together (<c>A、B、C，合计占总额的 49.4%</c>); one relation per member.</summary>
    ShareOfSum,

    /// <summary>This figure in percentage points is the difference between two percentages (<c>A 为 35.5%，比上年的 30.5% 提高 5.0 个百分点</c>); one relation per percentage.</summary>
    DifferenceOf,

    /// <summary>
    /// This share and the other, stated in the clause before, are shares of one whole: groups named alike, of a whole
    /// named once or the same each time (<c>民营企业约占 60%，外资企业占 35%</c>).
    /// </summary>
    SameWholeAs,
}
