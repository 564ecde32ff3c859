// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Claims;

/// <summary>Whether a figure is a fact, a forecast or a target.</summary>
public enum ClaimModality
{
    /// <summary>A stated fact.</summary>
    Actual,

    /// <summary>A forecast: 预计, 预测, 或将, 有望.</summary>
    Forecast,

    /// <summary>A target: 目标, 力争, 计划, 要.</summary>
    Target,
}
