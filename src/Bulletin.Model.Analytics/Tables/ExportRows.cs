// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Claims;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>A row that belongs to one issue: every table starts with that issue's columns, so a row stands alone.</summary>
internal interface IIssueRow
{
    IssueContext Context { get; }
}

/// <summary>A row of the issues table.</summary>
internal readonly record struct IssueRow(IssueContext Context) : IIssueRow;

/// <summary>A row of the articles table: the article at <paramref name="Index"/> in reading order.</summary>
internal readonly record struct ArticleRow(IssueContext Context, int Index) : IIssueRow
{
    internal Article Article => Context.Articles[Index];
}

/// <summary>A row of the claims table.</summary>
internal readonly record struct ClaimRow(IssueContext Context, QuantifiedClaim Claim) : IIssueRow;
