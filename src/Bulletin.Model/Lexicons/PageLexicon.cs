// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;

namespace Bulletin.Model.Lexicons;

/// <summary>Words of the page around a document: distribution lists, contact blocks, platform prompts and notices.</summary>
internal static class PageLexicon
{
    /// <summary>Labels that open a distribution list (<c>印送：…</c>).</summary>
    internal static readonly ImmutableArray<string> DistributionLabels = ["印送", "报送", "抄送", "分送", "发送", "呈送", "送", "报", "发"];

    /// <summary>Headers that open a contact block.</summary>
    internal static readonly ImmutableArray<string> ContactHeaders = ["联系方式", "联系我们", "联系信息", "联系"];

    /// <summary>Contact labels and the field each fills; longest first so that <c>联系电话</c> wins over <c>电话</c>.</summary>
    internal static readonly ImmutableArray<(string Label, ContactField Field)> ContactLabels =
    [
        ("联系电话", ContactField.Phone), ("电话", ContactField.Phone), ("手机", ContactField.Phone), ("Tel", ContactField.Phone),
        ("TEL", ContactField.Phone), ("Phone", ContactField.Phone), ("传真", ContactField.Fax), ("Fax", ContactField.Fax),
        ("FAX", ContactField.Fax), ("电子邮箱", ContactField.Email), ("电子邮件", ContactField.Email), ("邮箱", ContactField.Email),
        ("E-mail", ContactField.Email), ("Email", ContactField.Email), ("email", ContactField.Email), ("E-Mail", ContactField.Email),
        ("通讯地址", ContactField.Address), ("联系地址", ContactField.Address), ("地址", ContactField.Address),
        ("Address", ContactField.Address), ("邮政编码", ContactField.PostalCode), ("邮编", ContactField.PostalCode),
        ("官方网站", ContactField.Web), ("网址", ContactField.Web), ("网站", ContactField.Web), ("Web", ContactField.Web),
        ("官方微博", ContactField.Weibo), ("微博", ContactField.Weibo), ("微信公众号", ContactField.WeChat),
        ("公众号", ContactField.WeChat), ("微信", ContactField.WeChat),
    ];

    /// <summary>Phrases of a platform's prompt to the reader.</summary>
    internal static readonly ImmutableArray<string> PromptPhrases =
    [
        "点击上图", "点击下图", "点击上方", "点击下方", "点击蓝字", "立即收听", "长按识别", "长按二维码", "扫码关注",
        "扫描二维码", "关注我们", "点击关注", "点击拥有", "阅读原文", "点击阅读", "戳这里", "点个在看", "点赞", "在看", "转发",
    ];

    /// <summary>Phrases that open a platform's notice or disclaimer.</summary>
    internal static readonly ImmutableArray<string> NoticePhrases =
    [
        "特别声明", "免责声明", "版权声明", "版权所有", "本平台仅提供信息存储服务", "Notice:", "Disclaimer", "声明：",
    ];

    /// <summary>
    /// The buttons and labels a web page prints around its content (<c>下载</c>, <c>打印</c>, <c>【字号：</c> <c>加大</c>
    /// <c>还原</c> <c>减小</c> <c>】</c>, <c>分享：</c>), each a line of its own; folded, without surrounding spaces.
    /// </summary>
    internal static readonly ImmutableArray<string> ChromeLines =
    [
        "下载", "打印", "全屏", "收藏", "分享", "分享：", "分享到：", "关闭", "关闭窗口", "打印本页", "返回顶部", "【打印】", "【关闭】",
        "【字号：", "字号：", "【字体：", "加大", "还原", "减小", "大", "中", "小", "】", "】【", "[打印]", "[关闭]", "扫一扫",
        "扫一扫在手机打开当前页", "微信", "微博", "QQ空间", "【打印本页】", "【关闭窗口】", "[打印本页]", "[关闭窗口]", "默认", "|",
    ];

    /// <summary>Words that open a web page's breadcrumb trail (<c>当前位置：首页 > 通知公告</c>); folded.</summary>
    internal static readonly ImmutableArray<string> BreadcrumbLeads = ["您现在的位置", "您当前的位置", "您的位置", "当前位置", "所在位置", "当前页面"];

    /// <summary>The first step of a breadcrumb trail, the site's home page (<c>首页 > 政务公开</c>); folded.</summary>
    internal static readonly ImmutableArray<string> BreadcrumbHomes = ["网站首页", "首页", "主页", "Home"];

    /// <summary>Buttons a platform prints to save a page to a service, before the service's name (<c>收藏到</c>); folded.</summary>
    internal static readonly ImmutableArray<string> PlatformButtons = ["收藏到", "保存到", "分享到"];

    /// <summary>Marks that end a piece or an issue (<c>（完）</c>, <c>【全文完】</c>); folded, without surrounding spaces.</summary>
    internal static readonly ImmutableArray<string> EndMarks =
        ["（完）", "(完)", "【完】", "［完］", "（全文完）", "【全文完】", "（终）", "（END）", "(END)", "END", "-END-", "—END—", "（本期完）"];

    /// <summary>A line that stands where a page had a picture the text no longer carries (<c>[图片]</c>); folded.</summary>
    internal static readonly ImmutableArray<string> PicturePlaceholders = ["[图片]", "【图片】", "[图]", "【图】", "[配图]", "【配图】"];

    /// <summary>Tags a platform puts before a headline to say what the item carries (<c>[视频]</c>); folded.</summary>
    internal static readonly ImmutableArray<string> MediaTags = ["[视频]", "【视频】", "[图片]", "【图片】", "[音频]", "【音频】", "[图文]", "[直播]", "【直播】"];
}
