// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Claims;

/// <summary>How a claim's number is qualified (see docs/claims.md, field <c>qualifier</c>).</summary>
public enum ClaimQualifier
{
    /// <summary>As stated.</summary>
    Exact,

    /// <summary>About: 约, 大约, 约合, 左右, 上下.</summary>
    Approx,

    /// <summary>Close to, at most: 近, 将近, 接近.</summary>
    Nearly,

    /// <summary>More than: 超, 超过, 逾, 突破, 多, 余, 以上.</summary>
    Over,

    /// <summary>At least: 不少于, 至少.</summary>
    AtLeast,

    /// <summary>Less than: 不足, 不到, 低于, 以下, 以内.</summary>
    Under,

    /// <summary>At most: 最高, 至多, 不超过, 最多.</summary>
    AtMost,
}
