"""Stretches of PDFium's pieces on column pages, rebuilt into their printed lines (issue 10, pdfium12).

PDFium (pypdfium2) cuts a justified column line into pieces wherever its glyph spacing varies
(``农业现`` / ``代化，关键是农业``).  ``runs`` finds the stretch of pieces and ``regroup`` rebuilds
the printed lines that fill the measure; a line rebuilt two em short mid-paragraph would read to
``unwrap`` as a paragraph's end, and pieces left out of the stretch as headings.  Each snippet is
real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in a dev design
(``tests/eval/layouts.py``) and read back by the extractor named; expected values are what the
printed page shows.
"""

from __future__ import annotations

from booklet.clean.lines import to_lines
from booklet.clean.regroup import regroup
from booklet.model import Heading, Paragraph, block_text
from booklet.readers.text import raw_lines
from booklet.report import Report

# dev text news_page_county, design tabloid_three_columns (three columns of 13 characters), read
# by pypdfium2: a commentary under its headline and byline
COMMENTARY = """让科技之花开在
田间地头
□ 本报评论员
农业现
代化，关键是农业
科技现
代化。园区的实践表
明
，
只
要
把科技力量
引到田间
地头，
把
农民培养
成
懂技术、
会经
营
的
新农人，
传统农业
就
能焕发新
的
生机。
推
动农业科技进
步
，
既
要
“顶天”，在关键核心技术上
攻关突破；也要“
立地”，
让
先
进适用技术真正进村
入户。
各级各部门要在完善科技服务
体系上多下功夫
，让更多
农
民
共
享科技进
步的成
果
。
"""

# the same page: a news item's headline, its dateline wrapped over two lines, and its text in pieces
BRIEF = """全市首个社区
“共享工具间”开 放
本报讯（记者 周婷 通讯员 
邱明）
近日，东湖街道青石社
区
“共享
工具间”
正
式
开
放。居
民凭借社
区积分，可免费借
用
电钻
、梯子
、缝纫机等40余种
工
具
。
"""


# dev text appeal_civilised_city, design neikan_three_all (three columns of 16 characters), read by
# pypdfium2: PDFium joined two printed lines with a space (``…网上网下都要文明 发言，…``)
APPEAL = """三、做交通秩序的维护者！自觉
遵守交通法规，行车不闯红灯，行人
走斑马线，停车入位，礼让斑马线，
不在机
动
车道内骑
行电动自行车。
四、做志愿服务的参与者！积极
加入志愿服务队伍
，利用业余时间
参
与社区服务
、
关
爱帮扶
、环境
整治等
志愿活动，每人每年参加志愿服务
不
少于20小时
。
五、做诚信友善的践行者！诚实
守
信，文明经营，不欺客宰客，不
销
售假冒伪劣商品。网上网下都要文明 发言，不造谣、不信谣、不传谣。
市民朋友们，城市是我们共
同
的
家园
。
文明城市，
你我共建！
美好家园
，
你我共享！
"""


# dev text news_page_culture_weekly, design tabloid_three_columns, read by pypdfium2: a feature's
# byline wraps inside a name (``周`` / ``可欣``) before the text's pieces
FEATURE = """一座老粮仓的新 生
——江城市粮食局旧址改建
为城市书房侧记
通讯员 林家豪 本报记者 周
可欣
青砖墙
、木屋架
、
高
窗
户
，始建于
上世纪五十
年
代
的
江城市粮食
局老粮仓
，
如
今
变
成了一座可容纳200人的城市
书房
。改造中，设计
团
队保留
了
原有的屋架
和仓门，只在
内
部
加
装
了书架
和
照明。
开
放一个
月来，书房接待
读者3.6
万人次。不少老
人
专
程赶来，在
当
年自己扛过粮袋
的仓库里坐
下
来
读
一会儿书
。
"""


# dev text news_page_science, design weekly_two_of_three (columns of 16 characters), read by
# pypdfium2: a feature's first paragraph in pieces, a sentence's 。 set apart inside a printed line
# (``化楼陆续亮起灯光`` / ``。`` / ``在一家从事传``: printed ``化楼陆续亮起灯光。在一家从事传``)
FEATURE_SPREAD = """强，科技成果就地转化率不够高，
高层次人才仍然短缺。
会议强调，要坚持“四个面
向”，聚焦产业链部署创新链，围
绕创新链布局产业链。要加快建设
实验室体系，支持企业牵头组建创
新联合体，让企业真正成为技术创 新决策、研发投入、科研组织和成
果转化的
主体。要深化科技体制改
革
，赋予科研人员更大的人财物
支
配权和技术路线决定权
。
会议还研究了其他事项
。
江城高新
区：
一条街上的
“创新生态”
——走进科创大道看成果转化
本报记者 赵一鸣
早
上
八点，科创大道两侧
的
孵
化楼陆续亮起灯光
。
在一家从事传
感器研发的
初创企业
里，研发主管
正
在
调
试一台新样机。“从实验室
到
生
产
线
，过去
要两三年，现在
一
年就能走完。”他说
。
"""

def _lines(text: str):
    return to_lines(raw_lines(text))


def _blocks(doc) -> list:
    return [b for a in doc.articles for b in a.blocks]


def test_pieces_before_a_stretch_join_it_and_make_no_headings(clean):
    # ``农业现`` / ``代化，关键是农业``: the second holds a comma, running text cut short, so both join
    # the stretch after them and rebuild ``农业现代化，关键是农业`` (a paragraph's first line)
    doc, _ = clean(COMMENTARY)
    assert not any(isinstance(b, Heading) for b in _blocks(doc))
    paragraphs = [block_text(b) for b in _blocks(doc) if isinstance(b, Paragraph)]
    assert paragraphs == [
        "农业现代化，关键是农业科技现代化。园区的实践表明，只要把科技力量引到田间地头，把农民培养成懂技术、"
        "会经营的新农人，传统农业就能焕发新的生机。",
        "推动农业科技进步，既要“顶天”，在关键核心技术上攻关突破；也要“立地”，让先进适用技术真正进村入户。"
        "各级各部门要在完善科技服务体系上多下功夫，让更多农民共享科技进步的成果。"]


def test_a_line_inside_a_paragraph_fills_the_measure_no_indent_makes_it_short():
    # printed: ``攻关突破；也要“立地”，让`` / ``先进适用技术真正进村入户。`` (13 characters each); the
    # rebuilt ``先进适用技术真正进村`` is two em short after a line that finished nothing, where no
    # paragraph (and no indent) starts, so it is no line
    pieces = _lines("攻关突破；也要“\n立地”，\n让\n先\n进适用技术真正进村\n入户。\n")
    rebuilt = regroup(pieces, 13.0, Report().log("rejoin_runs"), changes=[1, 5])
    assert [line.text for line in rebuilt] == ["攻关突破；也要“立地”，让", "先进适用技术真正进村入户。"]


def test_a_unit_stays_with_its_number_when_the_line_before_must_fill():
    # printed: ``训60余场次，带动周边农户`` / ``1.2万户增收。下一步，园区``: the line after
    # ``…技术培`` goes on from an unfinished one and fills the measure (13) without ``1.2万``
    pieces = _lines("专家工作站，每年组织技术\n培\n训60余场次\n，带动周边农户\n1.2\n万\n户增收\n。\n下\n一\n步，园区\n")
    rebuilt = regroup(pieces, 13.0, Report().log("rejoin_runs"), changes=[6, 10])
    assert [line.text for line in rebuilt] == ["专家工作站，每年组织技术培", "训60余场次，带动周边农户",
                                               "1.2万户增收。下一步，园区"]


def test_a_paragraph_after_a_heading_may_start_with_an_indented_line():
    # dev text brief_one_page, design word_report, read by pypdf (a page of 32 characters): after a
    # heading, a line that stops short, a paragraph starts — its first line set in by two em
    pieces = _lines("市科技局召开一季度重点工作推进会\n4\n月\n8\n日，市科技局召开一季度重点工作推进会，通报一季度全市科\n")
    rebuilt = regroup(pieces, 32.0, Report().log("rejoin_runs"))
    assert [line.text for line in rebuilt] == ["市科技局召开一季度重点工作推进会",
                                               "4月8日，市科技局召开一季度重点工作推进会，通报一季度全市科"]


def test_a_dateline_the_column_wrapped_ends_its_block_before_the_pieces(clean):
    # ``本报讯（记者 周婷 通讯员`` / ``邱明）``: the second line completes the dateline, so the
    # text's pieces after it never rejoin it
    doc, _ = clean(BRIEF)
    texts = [block_text(b) for b in _blocks(doc)]
    assert "近日，东湖街道青石社区“共享工具间”正式开放。居民凭借社区积分，可免费借用电钻、梯子、缝纫机等40余种工具。" \
        in texts
    assert not any(t.startswith("邱明）") or "邱明）近日" in t for t in texts)


def test_printed_lines_pdfium_joined_with_a_space_are_split_back(clean):
    # the joined line is wider than any printed line (16 characters): read whole it filled the
    # measure, and the next paragraph ran on into it
    doc, _ = clean(APPEAL)
    paragraphs = [block_text(b) for b in _blocks(doc) if isinstance(b, Paragraph)]
    assert "五、做诚信友善的践行者！诚实守信，文明经营，不欺客宰客，不销售假冒伪劣商品。网上网下都要文明发言，" \
           "不造谣、不信谣、不传谣。" in paragraphs
    assert "市民朋友们，城市是我们共同的家园。" in paragraphs


def test_a_byline_wrapped_inside_a_name_ends_before_the_pieces(clean):
    doc, _ = clean(FEATURE)
    assert [a.author for a in doc.articles] == ["通讯员 林家豪 本报记者 周可欣"]
    paragraphs = [block_text(b) for b in _blocks(doc) if isinstance(b, Paragraph)]
    assert paragraphs == [
        "青砖墙、木屋架、高窗户，始建于上世纪五十年代的江城市粮食局老粮仓，如今变成了一座可容纳200人的城市书房。"
        "改造中，设计团队保留了原有的屋架和仓门，只在内部加装了书架和照明。",
        "开放一个月来，书房接待读者3.6万人次。不少老人专程赶来，在当年自己扛过粮袋的仓库里坐下来读一会儿书。"]


def test_a_title_s_last_character_pdfium_joined_with_a_space_is_its_line_again(clean):
    # ``“共享工具间”开 放``: the headline's last character wrapped alone and PDFium joined it back
    # with a space; on a line of its own again, the headline reads whole and the dateline after it
    # stays out of it
    doc, _ = clean(BRIEF)
    assert [a.title for a in doc.articles] == ["全市首个社区“共享工具间”开放"]
    assert not any("本报讯" in block_text(b) for b in _blocks(doc))


def test_a_mark_set_apart_leaves_the_break_after_it_in_doubt(clean):
    # PDFium set ``。`` apart because the line was justified (a paragraph's last line is set ragged):
    # the sentence it ends need not end the printed line, and ``在一家从事传`` goes on in it; left a
    # paragraph of its own, the rebuilt ``里，研发主管正`` stopped short and read as a heading
    doc, _ = clean(FEATURE_SPREAD)
    feature = doc.articles[-1]
    assert feature.title == "一条街上的“创新生态”"
    assert not any(isinstance(b, Heading) for b in feature.blocks)
    assert [block_text(b) for b in feature.blocks] == [
        "早上八点，科创大道两侧的孵化楼陆续亮起灯光。在一家从事传感器研发的初创企业里，研发主管正在调试一台新样机。"
        "“从实验室到生产线，过去要两三年，现在一年就能走完。”他说。"]


def test_a_mark_set_apart_does_not_spread_the_doubt_further():
    # dev text appeal_civilised_city, design neikan_three_all (16 characters), read by pypdfium2: a
    # justified line ends at its 。 (``市民朋友们，城市是我们共同的家园。``); the break after the 。
    # is in doubt, but the centred lines after it are whole lines (``文明城市，`` / ``你我共建！``)
    from booklet.clean import runs
    lines = _lines("市民朋友们，城市是我们共\n同\n的\n家园\n。\n文明城市，\n你我共建！\n")
    doubted = {0, 1, 2, 3}
    assert runs._spread(lines, 17.0, doubted, set()) == {4}
