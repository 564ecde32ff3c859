// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Linq;
using System.Collections.Generic;

namespace Bulletin.Model.Lexicons;

/// <summary>
/// Traditional characters and their Simplified forms, for telling the script of a document and for folding
/// Traditional text to Simplified before lexicon look-ups. The folding maps one character to one character,
/// so offsets into folded text are offsets into the source.
/// </summary>
internal static class ChineseScript
{
    // Pairs: each Traditional character followed by its Simplified form. Only characters whose Traditional form
    // is not also an ordinary Simplified character are listed, so that counting them tells the script apart.
    private const string Pairs =
        "這这個个們们來来時时國国會会學学對对發发經经與与為为業业產产長长開开關关實实現现無无於于動动進进後后" +
        "說说機机點点樣样種种當当從从過过還还間间頭头問问題题電电話话見见體体車车東东馬马鳥鸟魚鱼門门億亿萬万" +
        "兩两專专員员報报導导論论據据數数號号區区華华歐欧亞亚資资質质費费貿贸貨货買买賣卖價价錢钱銀银鐵铁鋼钢" +
        "礦矿網网絡络紀纪級级線线統统結结給给總总組组織织細细終终練练續续編编輯辑責责聲声聽听讀读寫写語语議议" +
        "計计設设認认識识證证評评調调譯译試试該该請请講讲談谈謝谢變变讓让觀观覺觉親亲視视覽览規规則则剛刚創创" +
        "劃划劇剧勞劳勢势務务勝胜協协單单廣广廠厂應应廳厅庫库場场塊块堅坚壓压壞坏處处備备復复夠够夢梦奮奋婦妇" +
        "媽妈嚴严圖图團团園园圍围歲岁歷历殺杀氣气漢汉決决沒没況况測测濟济滿满漲涨潔洁熱热燈灯營营燒烧獨独獲获" +
        "環环畫画療疗盡尽監监盤盘眾众礎础確确禮礼穩稳積积競竞筆笔築筑簡简範范糧粮緊紧維维羅罗聯联職职腦脑腳脚" +
        "舉举興兴艦舰藝艺節节藥药蘭兰衛卫術术裝装複复觸触訂订記记訊讯許许訴诉詞词詳详誌志誤误課课護护讚赞豐丰" +
        "貝贝負负財财貢贡販贩貧贫貸贷賀贺賓宾賞赏賠赔賴赖購购贏赢趨趋跡迹躍跃軍军軟软轉转輪轮輕轻載载輸输辦办" +
        "農农連连週周運运達达遠远適适選选遺遗邊边鄉乡針针鐘钟錄录錯错鍵键鏈链閃闪閉闭閱阅隊队階阶陽阳際际隨随" +
        "險险隱隐難难雙双雞鸡離离雲云靈灵靜静頁页項项順顺須须預预領领頻频額额顏颜願愿顯显風风飛飞飯饭飲饮館馆" +
        "養养餘余驗验驚惊鬥斗鳳凤麥麦黃黄齊齐齒齿龍龙龐庞臺台擁拥擊击擴扩擇择擔担換换損损搖摇撐撑擬拟攝摄敵敌" +
        "斷断啟启圓圆參参雜杂陸陆態态憑凭戰战戲戏屬属層层島岛師师帶带幫帮幣币廢废彈弹徑径徹彻恆恒惡恶愛爱慣惯" +
        "慶庆憂忧懷怀懸悬戶户拋抛掃扫掛挂採采揚扬揮挥搶抢條条棄弃極极構构標标樓楼樂乐樞枢權权檢检櫃柜歡欢歸归" +
        "殘残殼壳毀毁氫氢溝沟準准滬沪滯滞漁渔濱滨災灾煉炼煙烟爭争爾尔牆墙狀状猶犹獎奖瑪玛畢毕異异癒愈碼码磚砖" +
        "稅税稱称窮穷簽签籃篮糾纠紅红紙纸純纯納纳紐纽絕绝絲丝綠绿綜综緒绪締缔縮缩績绩繼继罰罚習习聖圣聞闻肅肃" +
        "脅胁膠胶臉脸臨临舊旧艱艰莊庄葉叶蒼苍蓋盖蔣蒋薦荐蘇苏虛虚蟲虫補补製制襲袭訓训託托訪访詢询詩诗誠诚誰谁" +
        "諮咨諾诺謀谋謹谨譜谱貫贯貴贵賃赁賦赋賺赚贈赠趕赶軌轨較较輔辅轄辖辭辞遷迁遲迟遼辽郵邮鄰邻醫医釋释鑒鉴" +
        "鑽钻閒闲閣阁闊阔陳陈陣阵陰阴隸隶雖虽韓韩頂顶頓顿頒颁頗颇顧顾飽饱騎骑騰腾驅驱驟骤鬧闹魯鲁鮮鲜鹽盐麼么" +
        "黨党齡龄裏里裡里麵面籲吁鈔钞銷销鋪铺鍋锅鎮镇鏡镜鑄铸錦锦鋁铝銅铜銳锐鋒锋鎖锁曉晓吳吴頻频倫伦偉伟傳传" +
        "傷伤僅仅價价優优儲储兒儿內内幾几凱凯則则剝剥劍剑勁劲勵励匯汇卻却厲厉噸吨圍围壇坛壯壮奪夺奧奥婁娄孫孙" +
        "寧宁寬宽寶宝尋寻導导屆届岡冈嶺岭峽峡幹干幺么廬庐張张強强彌弥徵征憲宪懲惩戀恋捨舍掃扫擋挡擠挤擬拟攜携" +
        "敗败暢畅暫暂曆历朧胧東东棟栋椏桠榮荣槍枪樁桩橋桥機机歐欧殲歼氣气決决沖冲滅灭濃浓灣湾爐炉牽牵犧牺獵猎" +
        "璽玺甦苏畝亩癥症盜盗睜睁矯矫碩硕礙碍禍祸禦御稻稻穌稣竅窍筍笋築筑籌筹糰团紋纹紛纷紹绍組组絆绊綱纲緩缓" +
        "緣缘縣县繩绳纖纤罷罢聰聪肅肃脈脉臟脏艙舱蘊蕴虧亏蝕蚀衝冲袞衮裝装覆覆訣诀詐诈誇夸誕诞認认諸诸謠谣證证" +
        "譽誉豎竖豬猪賬账賢贤贊赞趙赵踐践軸轴輛辆轎轿辯辩遞递邏逻郵邮醬酱釀酿鈞钧銜衔錄录鍛锻鎊镑鐳镭閘闸閩闽" +
        "闆板闡阐陝陕隴陇雛雏雜杂響响頸颈頌颂頰颊顆颗颱台飼饲餅饼饒饶駐驻騙骗驕骄髒脏鬱郁鱗鳞鴻鸿鵬鹏黴霉" +
        "滷卤鹵卤蘿萝蔔卜補补灑洒澤泽濾滤瀏浏灘滩瀨濑蘋苹檔档壟垄墾垦奬奖妝妆嬰婴孿孪專专尷尴屍尸屜屉嶄崭巖岩" +
        "廈厦彎弯彥彦徠徕懼惧戔戋搾榨擺摆攔拦攤摊斂敛鬆松別别並并衆众綫线麼么嗎吗麽么託托週周鑰钥閱阅穫获約约佔占將将減减淨净鎊镑盧卢隻只頃顷噸吨釐厘" +
        "潤润閏闰書书鍾钟義义討讨違违審审債债劑剂蝦虾僑侨儀仪償偿傑杰嗚呜塗涂墊垫壽寿夾夹寵宠寢寝崗岗嶼屿幟帜廂厢廟庙彙汇恥耻悅悦惱恼慘惨慚惭慮虑憤愤憶忆懇恳懶懒掙挣揀拣搗捣撥拨撫抚撲扑擾扰攏拢敘叙斃毙晝昼暈晕曬晒曠旷" +
        "棧栈棲栖槓杠歎叹毆殴氈毡汙污溫温湧涌漸渐潛潜澀涩濕湿瀉泻烏乌煩烦燦灿爛烂狹狭獄狱獅狮瑣琐瓊琼疊叠瘋疯癢痒盞盏矚瞩穀谷窩窝竄窜箏筝糞粪紡纺絨绒綁绑綢绸綿绵緻致縫缝繡绣纜缆罵骂聳耸膚肤膽胆莖茎萊莱蓮莲" +
        "薑姜薩萨藍蓝蘆芦虜虏蛻蜕蠟蜡褲裤診诊詠咏誦诵諒谅諭谕謂谓謊谎譏讥譴谴豈岂貓猫賊贼賤贱賭赌贓赃蹤踪軀躯輝辉輩辈轟轰辮辫迴回遜逊遙遥邁迈釘钉鈣钙鉛铅銘铭鋸锯錫锡鎢钨鏽锈鑿凿闖闯闢辟隕陨霧雾韌韧韻韵頑顽顛颠" +
        "颳刮餵喂饑饥駁驳駕驾騷骚驢驴髮发鬍胡鯨鲸鴨鸭鵝鹅鶴鹤鷹鹰麗丽龜龟攬揽濤涛瀝沥煥焕燭烛獸兽癱瘫皺皱礫砾稟禀竊窃籤签紮扎綴缀緯纬縱纵繳缴纏缠翹翘膩腻臘腊艷艳蟬蝉襯衬覓觅訝讶誼谊諧谐謎谜貞贞賜赐贖赎轍辙鄭郑" +
        "醞酝鈍钝銹锈錶表鍍镀鎔熔靄霭頹颓顫颤飄飘餃饺饋馈駛驶驛驿骯肮鯉鲤鴿鸽鵲鹊鷺鹭齋斋冊册劉刘厭厌喚唤嘆叹噴喷嚇吓囑嘱堯尧塵尘墜坠壺壶嬌娇屢屡嶇岖幀帧廚厨弔吊慾欲懺忏挾挟捲卷棗枣楊杨檯台櫻樱欄栏殯殡洶汹" +
        "涼凉淒凄漿浆潑泼澆浇濁浊瀾澜爺爷瑤瑶磯矶禎祯窯窑篩筛簾帘紳绅絞绞緝缉縛缚繪绘聾聋腎肾臍脐荊荆葦苇蕭萧蝸蜗螞蚂蠶蚕訛讹詫诧誹诽諷讽譁哗貶贬賄贿贅赘踴踊軼轶輻辐鄧邓醜丑鈴铃錨锚鏢镖鐲镯閥阀韋韦顎颚飆飙駭骇" +
        "鯊鲨鴉鸦鵡鹉鷗鸥刪删勳勋啞哑嘩哗嚨咙壩坝嬸婶巒峦廁厕慫怂撈捞擄掳攢攒曇昙檳槟滌涤潰溃澱淀濺溅燄焰爍烁獰狞瘡疮盪荡禱祷窪洼篤笃簫箫粵粤緬缅繞绕纓缨蔥葱蕪芜藹蔼襖袄謁谒賒赊鄒邹銓铨錘锤閨闺駱骆鯽鲫鴕鸵鵑鹃";

    private static readonly FrozenDictionary<char, char> s_toSimplified = Build();

    // The same map as a flat table from U+3400 to the last listed character: folding runs on every character the
    // parser and the validator look up, and an array index costs a fraction of a hash look-up.
    private const char FirstFolded = '\u3400';

    private static readonly char[] s_fold = BuildTable();

    private static readonly SearchValues<char> s_traditional = SearchValues.Create([.. s_toSimplified.Keys]);

    /// <summary>Folds one character to its Simplified form; other characters are returned unchanged.</summary>
    internal static char ToSimplified(char c)
    {
        var i = c - FirstFolded;
        return i >= 0 && i < s_fold.Length ? s_fold[i] : c;
    }

    /// <summary>The Traditional characters that fold to <paramref name="simplified"/>, none for most characters.</summary>
    internal static ReadOnlySpan<char> TraditionalOf(char simplified) =>
        s_traditionalOf.Value.TryGetValue(simplified, out var forms) ? forms : ReadOnlySpan<char>.Empty;

    // Built on first use: only the word tables' prefilters ask, once each.
    private static readonly Lazy<FrozenDictionary<char, string>> s_traditionalOf = new(() =>
        s_toSimplified.GroupBy(p => p.Value).ToFrozenDictionary(g => g.Key, g => new string([.. g.Select(p => p.Key)])));

    /// <summary>Whether a character is written only in Traditional script.</summary>
    internal static bool IsTraditionalOnly(char c) => ToSimplified(c) != c;

    /// <summary>Whether a character is the Simplified form of a listed Traditional one.</summary>
    internal static bool IsSimplifiedOnly(char c) => c >= '\u3400' && s_simplifiedForms.Contains(c);

    // A SearchValues set: its look-up is a bitmap probe, which Detect makes for every character of a document.
    private static readonly SearchValues<char> s_simplifiedForms = BuildSimplifiedForms();

    /// <summary>Folds a text to Simplified, character for character, so that offsets keep their meaning.</summary>
    internal static string ToSimplified(string text)
    {
        // Most texts hold no Traditional character: a vectorized search proves it without a look-up per character.
        if (text.AsSpan().IndexOfAny(s_traditional) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (dest, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                dest[k] = ToSimplified(source[k]);
            }
        });
    }

    /// <summary>Tells the script of a text by counting characters that exist in only one of the two scripts.</summary>
    internal static ScriptKind Detect(ReadOnlySpan<char> text)
    {
        // One table load per character, no branch on its answer: Detect reads every character of a document.
        var table = s_script;
        var traditional = 0;
        var simplified = 0;
        foreach (var c in text)
        {
            var i = unchecked((uint)(c - FirstFolded));
            if (i < (uint)table.Length)
            {
                var kind = table[i];
                traditional += kind & 1;
                simplified += kind >> 1;
            }
        }

        var total = traditional + simplified;
        if (total < 5)
        {
            return ScriptKind.Unknown;
        }

        return traditional * 10 >= total * 8 ? ScriptKind.Traditional
            : simplified * 10 >= total * 8 ? ScriptKind.Simplified
            : ScriptKind.Mixed;
    }

    private static FrozenDictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            if (Pairs[i] != Pairs[i + 1])
            {
                map.TryAdd(Pairs[i], Pairs[i + 1]);
            }
        }

        return map.ToFrozenDictionary();
    }

    // Per character from U+3400: 1 when it is written only in Traditional script, 2 when it is the Simplified form of a
    // listed Traditional one, 0 otherwise.
    private static readonly byte[] s_script = BuildScriptTable();

    private static byte[] BuildScriptTable()
    {
        var last = FirstFolded;
        foreach (var (traditional, simplified) in s_toSimplified)
        {
            last = (char)Math.Max(last, Math.Max(traditional, simplified));
        }

        var table = new byte[last - FirstFolded + 1];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)(FirstFolded + i);
            table[i] = IsTraditionalOnly(c) ? (byte)1 : IsSimplifiedOnly(c) ? (byte)2 : (byte)0;
        }

        return table;
    }

    private static SearchValues<char> BuildSimplifiedForms()
    {
        var set = new HashSet<char>();
        foreach (var pair in s_toSimplified)
        {
            if (!s_toSimplified.ContainsKey(pair.Value))
            {
                set.Add(pair.Value);
            }
        }

        return SearchValues.Create([.. set]);
    }

    private static char[] BuildTable()
    {
        var last = FirstFolded;
        foreach (var traditional in s_toSimplified.Keys)
        {
            last = traditional > last ? traditional : last;
        }

        var table = new char[last - FirstFolded + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)(FirstFolded + i);
        }

        foreach (var (traditional, simplified) in s_toSimplified)
        {
            if (traditional >= FirstFolded)
            {
                table[traditional - FirstFolded] = simplified;
            }
        }

        return table;
    }
}
