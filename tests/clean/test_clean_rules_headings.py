"""Heading rules from the cover and notice pages of seed 002 as PDF extractors print them."""

from __future__ import annotations

from booklet.clean.blocks import Blk, Kind
from booklet.clean.headings import promote_bold_siblings
from booklet.clean.layout import Layout
from booklet.clean.stages import Blocks
from booklet.clean.titles import merge_titles
from booklet.model import Heading, block_text
from booklet.report import Report


def stage(blocks: list[Blk]) -> Blocks:
    """A blocks stage for running one rule alone."""
    return Blocks(blocks, (), Layout(28.0, True, True, False))


def merge_wrapped_headings(blocks: list[Blk]) -> list[Blk]:
    return merge_titles(stage(blocks), Report().log("merge_titles")).blocks

# seed 002's notice page, A5, as pdftotext prints it (title wrapped, signature over its date)
NOTICE = """北京理工大学党委宣传部
  宣〔2026〕11号
关于发布《师生理论学习指南》“习近平总书记 在加强基
础研究座谈会上的重要讲话精神”学习专刊的通知
  各基层党委、党总支、直属党支部：
  为深入学习贯彻习近平总书记在加强基础研究座谈会上
的重要讲话精神，进一步统一思想，凝聚共识，为建设科技
强国贡献北理工力量，党委宣传部特发布“习近平总书记在
加强基础研究座谈会上的重要讲话精神”学习专刊。
习近平总书记在加强基础研究座谈会上的重要
讲话精神学习专刊
  党委宣传部
  2026年5月
"""


def headings(doc) -> list[str]:
    out = []
    for article in doc.articles:
        out += [article.title] if article.title else []
        out += [block_text(b) for b in article.blocks if isinstance(b, Heading)]
    return out


def test_letter_title_after_document_number_is_a_heading_however_long(clean):
    doc, _ = clean(NOTICE)
    assert "关于发布《师生理论学习指南》“习近平总书记 在加强基础研究座谈会上的重要讲话精神”学习专刊的通知" \
        in headings(doc)


def test_issuer_over_a_date_line_is_a_signature_not_a_heading(clean):
    doc, _ = clean(NOTICE)
    found = headings(doc)
    assert "党委宣传部" not in found
    assert "习近平总书记在加强基础研究座谈会上的重要讲话精神学习专刊" in found  # the wrapped cover title, whole


def test_short_heading_over_a_date_stays_when_not_an_issuer(clean):
    doc, _ = clean("一、总体要求\n  2026年5月\n  为深入学习贯彻习近平总书记在加强基础研究座谈会上的重要讲话精神，"
                   "进一步统一思想。\n")
    assert "一、总体要求" in headings(doc)


# seed 002, A5, pdftotext without -layout: no indents, the letter's title runs into its salutation
FLUSH_LETTER = """  宣〔2026〕11号
关于发布《师生理论学习指南》“习近平总书记 在加强基
础研究座谈会上的重要讲话精神”学习专刊的通知
各基层党委、党总支、直属党支部：
为深入学习贯彻习近平总书记在加强基础研究座谈会上
的重要讲话精神，进一步统一思想，凝聚共识，为建设科技
强国贡献北理工力量，党委宣传部特发布“习近平总书记在
加强基础研究座谈会上的重要讲话精神”学习专刊。
"""


def test_salutation_after_an_unpunctuated_short_line_starts_a_block(clean):
    doc, _ = clean(FLUSH_LETTER)
    texts = [block_text(b) for a in doc.articles for b in a.blocks]
    assert "各基层党委、党总支、直属党支部：" in texts


def _heading(text: str) -> Blk:
    return Blk(Kind.HEADING, text, 1, 1, level=1)


def test_wrapped_title_tail_that_is_no_name_is_joined():
    # 「自强」 has the shape of a two-character name, but 自 is no surname: the title wrapped
    blocks = [_heading("习近平：加强基础研究 实现高水平科技自立"), _heading("自强"),
              Blk(Kind.SOURCE, "（来源：《求是》，2023年第15期）", 3, 3)]
    assert [b.text for b in merge_wrapped_headings(blocks)][0] == "习近平：加强基础研究 实现高水平科技自立自强"


def test_byline_under_a_title_is_not_joined():
    blocks = [_heading("学习贯彻全国科技大会精神的重要讲话"), _heading("习近平"),
              Blk(Kind.SOURCE, "（来源：新华社，2024年6月24日）", 3, 3)]
    assert [b.text for b in merge_wrapped_headings(blocks)][:2] == ["学习贯彻全国科技大会精神的重要讲话", "习近平"]


def test_heading_over_table_of_contents_rows_stands_alone():
    blocks = [Blk(Kind.PARA, "党委宣传部", 1, 1), _heading("精神学习专刊"), _heading("目录"),
              Blk(Kind.PARA, "习近平在加强基础研究座谈会上强调 以更大力度更实举措加强基\n"
                  "进一步打牢科技强国建设根基 .....\t1 习近平：加强基础研究 实现高水平科", 4, 5)]
    assert [b.text for b in merge_wrapped_headings(blocks)][1:3] == ["精神学习专刊", "目录"]


def test_short_unpunctuated_line_after_a_finished_sentence_is_a_title(clean):
    # pypdf, seed 002: the title follows a full last line of the previous article
    doc, _ = clean("""中央和国家机关有关部门、军队有关单位、部分省市主要负责同志，有关
高校、科研机构、国家实验室、企业负责人和科研人员代表等参加座谈会。
 习近平：加强基础研究 实现高水平科技自立自强
 （来源：《求是》，2023年第15期）
今天，中央政治局进行第三次集体学习，内容是加强基础研究。安排这次
集体学习，目的是分析我国基础研究现状和挑战，了解国外基础研究的重
要做法，探讨加快推进我国基础研究发展的措施。
""")
    assert "习近平：加强基础研究 实现高水平科技自立自强" in headings(doc)


# seed 002 (Markdown): ★ quote headings, two of them set as plain bold paragraphs
STARRED = """# 习近平总书记关于基础研究部分重要论述汇编

### ★归根结底要靠高水平人才

加强基础研究，归根结底要靠高水平人才。

——在二十届中央政治局第三次集体学习时的讲话（2023年2月21日）

**★让投身基础研究成为更多青少年的人生追求**

弘扬科学家精神，加强科普宣传，激发青少年的想象力和探求欲。

**第一，强化基础研究前瞻性、战略性、系统性布局。**

**重要的是坚持原创导向**
"""


def test_bold_paragraph_shaped_like_sibling_headings_becomes_one(clean):
    doc, _ = clean(STARRED, bold_sibling_headings=True)
    found = headings(doc)
    assert "★让投身基础研究成为更多青少年的人生追求" in found
    assert not any(h.startswith(("第一", "重要的是")) for h in found)  # punctuated / no sibling shape


def test_bold_sibling_headings_is_off_by_default(clean):
    doc, _ = clean(STARRED)
    assert "★让投身基础研究成为更多青少年的人生追求" not in headings(doc)


def test_bold_paragraph_without_a_sibling_of_its_shape_stays():
    bold = Blk(Kind.PARA, "★形成持续稳定投入机制", 2, 2, bold=((0, 11),))
    blocks = [Blk(Kind.HEADING, "一、总体要求", 1, 1, level=1), bold,
              Blk(Kind.TITLE, "另一篇", 3, 3), Blk(Kind.PARA, "二、主要任务", 4, 4, bold=((0, 6),))]
    blocks = promote_bold_siblings(stage(blocks), Report().log("bold_sibling_headings")).blocks
    assert [b.kind for b in blocks] == ["heading", "para", "title", "para"]  # ★ ≠ 一、; 二、 in another article


def test_header_of_a_two_page_document_is_furniture(clean):
    doc, report = clean("""                 学习资料汇编
  全国科技大会、国家科学技术奖励大会和中国科学院第二十一次院士大会、中国工
程院第十七次院士大会24日上午在北京人民大会堂隆重召开，战略高技术领域
                   1
\f                学习资料汇编
取得新跨越，创新驱动发展成效日益显现。
""")
    assert "学习资料汇编" not in headings(doc)
    assert [r.text for r in report.removals if r.rule == "strip_furniture"].count("学习资料汇编") == 2


def test_byline_under_a_full_title_ending_in_its_note_mark_stays_apart():
    title = Blk(Kind.HEADING, "朝着建成科技强国的宏伟目标奋勇前进※", 1, 1, level=1, full=True)
    blocks = [title, _heading("习近平"), Blk(Kind.PARA, "这次大会是在以中国式现代化全面推进强国建设、民族复兴伟业关键时期召开的一次科技盛会。", 3, 3)]
    assert [b.text for b in merge_wrapped_headings(blocks)][:2] == ["朝着建成科技强国的宏伟目标奋勇前进※", "习近平"]


# seed 002 typeset in two columns, pdftotext -layout: the title's centred last line 「自立自强」
# sits in the right column farther from the gutter than ordinary rows
TWO_COLUMNS = """的主攻方向和重点领域。强化国家科研机    究，着力提升原始创新能力，为实现高水
构、高水平研究型大学等引领作用，鼓励    平科技自立自强、建设科技强国努力奋斗。
和规范发展新型研发机构，推动企业主导        尹力、石泰峰、刘国中、张国清、黄
的产学研用深度融合，打通基础研究、应    坤明出席座谈会。
用开发、成果转化的创新链条。加强基础        中央和国家机关有关部门、军队有关
学科建设，促进应用学科与基础学科协调    单位、部分省市主要负责同志，有关高校、
发展。                   科研机构、国家实验室、企业负责人和科
  习近平指出，要一体推进教育科技人    研人员代表等参加座谈会。
才发展，全方位做好培养、引进、使用工     习近平：加强基础研究 实现高水平科技
作，壮大基础研究人才队伍。遵循人才成              自立自强
长规律，提高教育质量，源源不断培养基        （来源：《求是》，2023年第15期）
础研究后备力量。优化科教协同育人机制，       今天，中央政治局进行第三次集体学
注重在科研一线发现和培养人才。坚持任    习，内容是加强基础研究。安排这次集体
务牵引、以老带新，大力扶持青年人才。    学习，目的是分析我国基础研究现状和挑
弘扬科学家精神，加强科普宣传，激发青    战，了解国外加强基础研究的主要做法，
少年的想象力和探求欲，让投身基础研究    探讨加快推进我国基础研究发展的措施。
成为更多青少年的人生追求。             加强基础研究，是实现高水平科技自
"""


def test_centred_right_column_line_goes_to_the_right_column():
    from booklet.clean.columns import split_columns
    from booklet.readers.text import raw_lines
    texts = [line.text.strip() for line in split_columns(raw_lines(TWO_COLUMNS), Report().log("columns"))]
    right = texts.index("自立自强")
    assert texts[right - 1] == "习近平：加强基础研究 实现高水平科技"
    assert "作，壮大基础研究人才队伍。遵循人才成" in texts


# letter_teachers_day (dev), book32_hei_centred, as pdftotext prints its end: a joint letter signs
# with both its issuers' names stacked over the one date (GB/T 9704 7.3.5, 联合行文)
JOINT_SIGNATURE = """各级党委和政府要始终把教育摆在优先发展的战略
位置，在政治上关心教师、在工作上支持教师、在生活
上关怀教师，切实保障教师工资待遇，减轻教师非教学
负担，大力营造尊师重教的良好社会氛围，让广大教师
安心从教、热心从教、舒心从教、静心从教。
衷心祝愿全市广大教师和教育工作者节日快乐、身
体健康、工作顺利、阖家幸福！
此致
敬礼！
中共江城市委
江城市人民政府
2026年9月9日
"""


def test_each_body_of_a_joint_signature_over_its_date_is_no_heading(clean, texts):
    doc, _ = clean(JOINT_SIGNATURE)
    assert headings(doc) == []
    assert texts(doc)[-3:] == ["中共江城市委", "江城市人民政府", "2026年9月9日"]


def test_a_heading_over_a_signature_stays_a_heading(clean):
    # a body's name that heads a passage is a heading: nothing under it is a date or a signing body
    doc, _ = clean("江城市人民政府\n为深入学习贯彻全会精神，进一步统一思想，现将有关事项通知如下。\n"
                   "江城市教育局\n2026年9月9日\n")
    assert headings(doc) == ["江城市人民政府"]


# quiz_qa_knowledge (dev), two_columns_hanging, as pdftotext prints the page after the first (its
# number and running date between): each 问：/答： turn runs on from its label; a turn's first line is
# never a heading, however the lines were cut — the question whole is one (qa52: a 问答's question set as a block of
# its own over its answer is its heading; quiz_qa_knowledge's gold so)
QA_TURNS = """问：接到暴雨预警后，居民应当做些什
么？
答：（1）关注天气预报和预警信息，
尽量减少外出；（2）检查房屋，特别是低
洼地带和危旧房屋，必要时提前转移；
（3）把贵重物品放到高处，准备好手电筒、
1

星期二

饮用水和常用药品；（4）不要在河边、桥
下、山脚等危险地带停留。
问：在户外遇到洪水怎么办？
答：应迅速向山坡、高地等处转移，不
要沿着行洪的河道方向跑，更不要涉水过河。
如果已经被洪水围困，要尽快与当地防汛部
门取得联系，报告自己的方位和险情，积极
寻求救援，同时就近抓住木板、树干等漂浮
物。
问：发现堤防出现管涌、渗漏等险情，
应当如何处置？
答：发现险情后，要立即向村（社区）
或者当地防汛指挥机构报告，并设置明显标
志，提醒周围群众远离。在专业人员到达之
前，不要擅自处置，以免险情扩大。
问：干旱期间怎样科学节约用水？
答：生活上要一水多用，如淘米水浇花、
洗衣水冲厕；农业上要推广喷灌、滴灌等节
水灌溉技术，合理安排灌溉时间；企业要加
强循环用水，减少跑冒滴漏。
问：台风来临前，渔船和水上作业人员
应当怎么做？
答：渔船要按照防汛部门的通知及时回
港避风，船上人员全部上岸；正在水上作业
的人员要停止作业，撤到安全地带。台风过
境期间，不要到海边、江边观潮，也不要冒
险出海。
※本问答中涉及的具体时间和标准，以
当地防汛抗旱指挥机构发布的最新规定为准。


"""


def test_the_first_line_of_a_question_turn_is_no_heading(clean):
    doc, _ = clean(QA_TURNS)
    assert headings(doc) == ["问：接到暴雨预警后，居民应当做些什么？", "问：在户外遇到洪水怎么办？",
                             "问：发现堤防出现管涌、渗漏等险情，应当如何处置？", "问：干旱期间怎样科学节约用水？",
                             "问：台风来临前，渔船和水上作业人员应当怎么做？"]


def test_a_turn_s_first_line_short_by_the_lost_indent_runs_on(clean):
    # the design indents its paragraphs two em and the reader dropped the indent: a turn's first
    # line (「答：应迅速向山坡、高地等处转移，不」) stops that short of the measure, as every
    # paragraph's first line does, and the layout study counts turns among the first lines that
    # show it (``layout._set_as_paragraph``): the turn runs on into its next line
    doc, _ = clean(QA_TURNS)
    texts = [block_text(b) for a in doc.articles for b in a.blocks]
    assert any(t.startswith("答：应迅速向山坡、高地等处转移，不要沿着行洪的河道方向跑") for t in texts)
    assert any(t.startswith("答：发现险情后，要立即向村（社区）或者当地防汛指挥机构报告") for t in texts)
    assert "问：台风来临前，渔船和水上作业人员应当怎么做？" in texts
    assert not any(t.startswith(("要沿着", "或者当地", "应当怎么做")) for t in texts)


def test_a_speakers_turn_is_a_short_lines_role_not_a_bare_label():
    from booklet.shapes import short_line_role
    # (pdfminer's cut of an interview's answer, open_leaded_three: 「答：产业发展没有捷径，要一年」)
    assert short_line_role("答：产业发展没有捷径，要一年") == "turn"
    assert short_line_role("记者：那么小农户怎么参与进来") == "turn"
    assert short_line_role("问答") is None             # the word, no label
    assert short_line_role("答：") is None              # the label alone: the turn follows it
