// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using System.Reflection;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Tests.Claims;

/// <summary>The scanner's working draft: a draft reused for the next number must carry nothing from the last.</summary>
public sealed class ClaimDraftTests
{
    [Fact]
    public void Reset_LeavesEveryFieldAsANewDraftHasIt()
    {
        var draft = new ClaimDraft
        {
            Start = 3, End = 9, NumberStart = 4, Kind = ClaimKind.Share, Value = 1.5m, Lower = 1m, Upper = 2m, Precision = 0.05m,
            Qualifier = ClaimQualifier.Over, Unit = "%", Measure = "企业", HasUnitWord = true, Modality = ClaimModality.Forecast,
            Period = new ClaimPeriod("2024年", "2024年", null, null), Basis = "yoy", Subject = "出口", Sign = -1, KindFromContext = true,
            KindByDefault = true, SentenceStart = 2, Id = 7, FromBasisPoints = true, RocYears = true,
        };
        draft.AddRelation(ClaimRelationKind.ListMember, new ClaimDraft());

        draft.Reset();

        // Every instance field, so that a field added later and forgotten in Reset fails here.
        var fields = typeof(ClaimDraft).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
        var fresh = new ClaimDraft();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Equal(f.GetValue(fresh), f.GetValue(draft)));
        Assert.Equal(0, draft.Relations.Count);
    }

    [Fact]
    public void Extract_AfterRefusedNumbers_ReadsTheNextFigureCleanly()
    {
        // 2024年 and 第3 are refused before 5.2% is read into the draft they left.
        var claims = ClaimExtractor.Default.Extract("2024年第3季度，出口增长5.2%。").ToArray();
        var claim = Assert.Single(claims, c => c.Unit == "%");
        Assert.Equal(5.2m, claim.Value);
        Assert.Equal(ClaimQualifier.Exact, claim.Qualifier);
        Assert.Empty(claim.Relations);
    }
}
