"""The office registers of texts24 (issue 10, branch manual25): a manual's steps, a speech's byline.

Items of a manual's procedure numbered 1）2）3）.  
A manual or a standard numbers the steps of a procedure under its 1.1.1 clauses with an Arabic
figure closed by a half bracket (「1）」; GB/T 1.1 numbers a list's items a）b） and their sub-items
1）2））.  Each item is a paragraph of its own, ending in ；: such a number at a line's start after a
line that could end a block opens one (``shapes.LIST_START_RE``), as 「（1）」 and 「1.」 do; read as
no numbering, the next step ran on whenever its line was near the measure.  Each snippet is real: a dev text of the evaluation
harness (``tests/eval/texts/dev``) set in one of its designs (``tests/eval/layouts.py``) and read
back by the extractor named above it.  Expected values are written from the document's structure
(its gold), not from the cleaner's output.
"""

from __future__ import annotations

from booklet.model import Heading
from booklet.shapes import LIST_START_RE, list_item

# dev text manual_video_conference_ops, design word_report, pdftotext -raw: the steps of a check,
# the second filling its line and ending in ；, the extractor spacing the figure from its bracket
MANUAL_STEPS = """视频会议室设备操作手册
1 概述
本手册适用于市政府大楼三楼第一、第二视频会议室，供会务保障人
员日常操作和维护使用。会议室主要设备包括视频会议终端、高清摄像
机、数字音频处理器、无线话筒、 LED 显示屏和中控系统。
会务保障人员应熟悉本手册内容，经培训考核合格后方可独立操作设
备。本手册由市政府办公室信息中心负责解释，设备升级或更换后应及时
修订。
2 会前准备
2.1 设备检查
2.1.1 电源与线路
会议开始前 60 分钟，操作人员应到达会议室，按下列顺序检查设
备：
1 ）打开机柜总电源，确认不间断电源（ UPS ）指示灯为绿色；
2 ）检查视频会议终端与摄像机之间的 HDMI 线缆连接是否牢固；
3 ）检查网络接口指示灯是否正常闪烁，终端 IP 地址应为 192.168.1
0.20 。
注：如 UPS 指示灯为红色，应立即联系信息中心值班人员，不得自
行拆卸设备。
2.1.2 音频系统
依次打开数字音频处理器和功放电源，间隔不少于 5 秒。逐一测试主
席台和代表席话筒，确认无啸叫、无杂音。无线话筒电池电量低于 30%
时应及时更换。
2.1.3 显示系统
通过中控面板开启 LED 显示屏，选择“视频会议”信号源，确认画
面清晰、色彩正常。如需播放演示文稿，应提前将文件拷贝至会议电脑并
试播一遍。
2.2 会议连接
接到会议通知后，操作人员应与主会场核对会议号码、入会时间和联
系人，并按下列步骤完成连接：
1 ）在终端主界面选择“加入会议”，输入会议号码和密码；
2 ）入会后将本地麦克风设置为静音，待主会场点名时再开启；
3 ）调整摄像机预置位，使画面完整显示主席台；
4 ）向主会场报告本会场已就绪，并记录入会时间。
警告：会议进行中不得随意切换信号源或重启终端，以免造成会议中断。
"""


def _squeezed(text: str) -> str:
    return text.replace(" ", "")


def test_a_half_bracket_number_opens_a_list_item():
    assert list_item("2）检查视频会议终端") == (2, "）")
    assert list_item("3 ）检查网络接口") == (3, "）")
    assert list_item("（3）检查") == (3, "（")          # the full bracket is another list
    assert LIST_START_RE.match("1 ）打开机柜总电源") is not None
    # a number cited in a sentence, a mark after its bracket, opens nothing (「（5）：88-103．」)
    assert LIST_START_RE.match("5）：88-103．") is None


def test_each_step_of_a_procedure_is_a_paragraph(texts, clean):
    doc, _ = clean(MANUAL_STEPS)
    paragraphs = [_squeezed(t) for t in texts(doc)]
    for step in ("1）打开机柜总电源，确认不间断电源（UPS）指示灯为绿色；",
                 "2）检查视频会议终端与摄像机之间的HDMI线缆连接是否牢固；",
                 "3）检查网络接口指示灯是否正常闪烁，终端IP地址应为192.168.10.20。",
                 "1）在终端主界面选择“加入会议”，输入会议号码和密码；",
                 "2）入会后将本地麦克风设置为静音，待主会场点名时再开启；",
                 "3）调整摄像机预置位，使画面完整显示主席台；",
                 "4）向主会场报告本会场已就绪，并记录入会时间。"):
        assert step in paragraphs, step



# dev text exchange_experience_community, design book32_hei_centred, pypdf: a 经验交流材料's title
# (under the book's running head), its —— subtitle naming the meeting, and the speaking body under
# it — both lines centred short, so the measure joins them (and the page's foot: its number and the
# book's title)
EXCHANGE_HEAD = """把“小事”办成群众心里的“大事”
把“小事”办成群众心里的“大事”
——在全市城乡社区治理工作交流会上的发言
江城市南湖街道党工委
近年来，南湖街道坚持以党建引领社区治理，聚焦
群众身边的操心事、烦心事、揪心事，探索形成了“小
事不出网格、大事不出社区、难事不出街道”的工作机
制，群众满意度连续三年位居全区前列，街道先后被评
为全省和谐社区建设示范街道、全市基层治理创新先进
单位。现将有关做法汇报如下。
把网格织密，让问题发现在一线。
街道将8个社区
划分为126个网格，每个网格配备1名专职网格员和若干
名兼职网格员，楼栋长、党员志愿者、物业人员全部纳
入网格队伍。网格员每天入户走访，做到“底数清、情
况明、问题早发现”。今年以来，通过网格发现并解决
各类问题2300余件，占全部问题的七成以上。
把议事平台搭起来，让居民的事居民商量着办。
我
们在每个社区建立“居民议事厅”，凡是涉及居民切身
利益的事项，都先拿到议事厅里议一议。老旧小区加装
电梯，是居民最关心、也最容易起争执的事。桂花苑小
区3号楼的加装方案，前后开了7次议事会，终于让一楼
1
机关读书会文丛
到六楼的住户都点了头。
以前总觉得加装电梯跟我们一楼没关系，还担心挡
光、有噪声。议事会上大家把账算清楚了，补偿方案也
公开了，我们心里服气。
——桂花苑小区居民 张玉梅
"""


def test_the_body_speaking_under_a_subtitle_naming_its_occasion_is_its_byline(texts, clean):
    doc, _ = clean(EXCHANGE_HEAD)
    article = doc.articles[0]
    assert article.title == "把“小事”办成群众心里的“大事”"
    assert article.subtitle == "——在全市城乡社区治理工作交流会上的发言"
    assert "江城市南湖街道党工委" not in (article.subtitle or "")
    assert "江城市南湖街道党工委" not in texts(doc, Heading)


def test_a_subtitle_wrapped_before_its_last_words_keeps_them():
    """A subtitle that names no occasion whole (「——记江城市南湖」 / 「街道党工委」) is not cut before
    an office's name: the line under it is its rest."""
    from booklet.clean.headings import _signs_under
    assert _signs_under("——在全市城乡社区治理工作交流会上的发言", "江城市南湖街道党工委")
    assert not _signs_under("——记江城市南湖", "街道党工委")
    assert _signs_under("——江城区推行政务服务“一次告知”见闻", "本报记者 田思远 通讯员 韩冰")


# dev text regulation_archives_sections, design a5_book, pypdfium2: the last articles of a 条例 on a
# 24 em page, 「第十五条」 after a line of 23 em that ends a sentence (and two page feet)
REGULATION_END = """第十条　档案馆应当定期向社会开放档案，并通过
下列方式为利用者提供便利：
（一）编制档案目录，向社会公布；
（二）建设档案信息化利用平台，提供在线查询服
务；
（三）举办档案展览，开展档案宣传教育活动。
第十一条　单位和个人持合法证明，可以利用已经
开放的档案。利用未开放档案的，应当经档案馆同意，
必要时报经同级档案主管部门批准。
第四章　法律责任
第十二条　违反本条例规定，有下列行为之一的，
3
理论学习读本
由档案主管部门责令限期改正；情节严重的，对直接负
责的主管人员和其他直接责任人员依法给予处分：
（一）不按规定归档或者不按期移交档案的；
（二）丢失、损毁或者擅自销毁档案的；
（三）违反规定对外提供档案的。
第十三条　档案主管部门、档案馆的工作人员玩忽
职守、滥用职权、徇私舞弊的，依法给予处分；构成犯
罪的，依法追究刑事责任。
第五章　附则
第十四条　本条例所称档案，是指过去和现在的机
关、团体、企业事业单位和其他组织以及个人从事经
济、政治、文化、社会、生态文明、军事、外事、科技
等方面活动直接形成的对国家和社会具有保存价值的各
种文字、图表、声像等不同形式的历史记录。
村（居）民委员会档案的管理，参照本条例执行。
第十五条　本条例自2027年1月1日起施行。
4"""


def test_an_article_label_spaced_from_its_text_opens_a_paragraph_after_a_full_sentence(texts, clean):
    doc, _ = clean(REGULATION_END)
    paragraphs = texts(doc)
    assert "村（居）民委员会档案的管理，参照本条例执行。" in paragraphs
    assert "第十五条　本条例自2027年1月1日起施行。" in paragraphs


def test_an_article_cited_in_a_sentence_is_no_label():
    from booklet.shapes import ARTICLE_LABEL_SPACED_RE
    assert ARTICLE_LABEL_SPACED_RE.match("第十五条　本条例自2027年1月1日起施行。")
    assert ARTICLE_LABEL_SPACED_RE.match("第十五条 本条例自") is not None   # (an extractor's narrow space)
    assert ARTICLE_LABEL_SPACED_RE.match("第十五条规定的期限内") is None
