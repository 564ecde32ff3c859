// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Tests.Lexicons;

/// <summary>Folding Traditional text to Simplified, one character for one.</summary>
public sealed class ChineseScriptTests
{
    [Theory]
    [InlineData("書面質詢", "书面质询")]
    [InlineData("鍾先生審議債務", "钟先生审议债务")]
    [InlineData("違規討論義務", "违规讨论义务")]
    [InlineData("已是简体字", "已是简体字")]
    public void Traditional_FoldsToSimplified_KeepingItsLength(string traditional, string simplified)
    {
        var folded = ChineseScript.ToSimplified(traditional);

        Assert.Equal(simplified, folded);
        Assert.Equal(traditional.Length, folded.Length);
    }

    [Fact]
    public void EverySimplifiedForm_IsLeftAsItIs()
    {
        // A Simplified character folded again must not move: otherwise folding twice would differ from once.
        var text = ChineseScript.ToSimplified("書鍾義討違審債劑蝦僑儀償傑嗚塗墊壽夾寵寢崗嶼幟廂廟彙恥悅惱慘");

        Assert.Equal(text, ChineseScript.ToSimplified(text));
        Assert.All(text, c => Assert.Equal(c, ChineseScript.ToSimplified(c)));
        Assert.Equal(text.Length, text.Distinct().Count());
    }
}
