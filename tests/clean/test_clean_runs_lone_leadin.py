"""A text with one bold lead-in that pypdf cut off its printed line (issue 10, headings read by
pypdf): pypdf starts a line at every change of font, so the lead-in and the rest of its line are
two lines; with no second lead-in in the text the pair is shown by itself (a finished sentence
opening its paragraph, a piece that finishes nothing and has no shape of its own, the two one
printed line, the line after whole).  Otherwise the piece stood alone as a false heading.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named.  Expected values
are written from the document's structure (its gold), not from the cleaner's output.
"""

from __future__ import annotations

from booklet.model import Heading, block_text


def paragraphs(doc) -> list[str]:
    return [block_text(b) for a in doc.articles for b in a.blocks if not isinstance(b, Heading)]


# dev text speech_county_meeting, design wps_block_para (WPS block paragraphs, the page's head a
# unit and a date), read by pypdf: the one bold lead-in of the text (「要把营商环境作为“一把手工程”
# 来抓。」) and the rest of its printed line are two lines, after the page's head
SPEECH = """（三）民生保障更加有力
全年民生支出占一般公共预算支出的比重达到81.4%。新建改扩建中小学和
幼儿园12所，新增学位5400个；县人民医院新院区投入使用，县域就诊率提
高到92%。
成绩来之不易，是全县广大干部群众团结奋斗的结果。在这里，我代表县
委，向大家表示衷心的感谢！
二、准确把握形势任务，进一步明确工作重点
当前，发展环境中的有利条件和不利因素并存。我们既要看到经济长期向好
的基本面没有变，也要清醒认识到，县域经济总量不大、结构不优、创新能
力不强的问题仍然突出。
1.着力扩大有效投资
要坚持项目为王，实行县级领导包联重点项目制度，做到一个项目、一名领
导、一个专班、一抓到底。全年力争新开工亿元以上项目50个以上，完成固
定资产投资增长8%以上。
2.着力培育新兴产业
要围绕新能源装备产业链，引进配套企业，补齐关键环节，推动产业集群发
展。支持企业加大研发投入，力争新增高新技术企业15家、省级专精特新企
业10家。
3.着力优化营商环境
第2页
江城市发展和改革委员会
2026年11月
要把营商环境作为“一把手工程”来抓。
各级各部门要主动靠前服务，对企业
反映的问题实行清单化管理、销号式推进，做到件件有着落、事事有回音。
对损害营商环境的行为，发现一起、查处一起、通报一起。
三、切实转变工作作风，进一步提升落实质效
抓落实，关键在干部。全县各级领导干部要树立正确政绩观，把心思和精力
用在干事创业上，做到重点工作亲自部署、重大问题亲自过问、关键环节亲
自协调。
"""


def test_one_lead_in_cut_off_its_line_is_rejoined(rejoined):
    out = rejoined(SPEECH)
    assert "要把营商环境作为“一把手工程”来抓。各级各部门要主动靠前服务，对企业" in out
    assert "各级各部门要主动靠前服务，对企业" not in out


def test_the_rest_of_a_lone_lead_ins_line_is_no_heading(clean, texts):
    # (the page's head left out: one page of a text shows no running head to drop)
    doc, _ = clean(SPEECH.replace("第2页\n江城市发展和改革委员会\n2026年11月\n", ""))
    heads = texts(doc, Heading)
    assert "3.着力优化营商环境" in heads and "三、切实转变工作作风，进一步提升落实质效" in heads
    assert not any(h.startswith("各级") for h in heads)
    assert "要把营商环境作为“一把手工程”来抓。各级各部门要主动靠前服务，对企业反映的问题实行清单化管理、" \
           "销号式推进，做到件件有着落、事事有回音。对损害营商环境的行为，发现一起、查处一起、通报一起。" \
           in paragraphs(doc)


# dev gold document real_002 (a 读书会材料), design kai_16_hei_heads (16 characters a line),
# read by pypdf: the bold lead-in 「第一，强化基础研究前瞻性、战略性、系统性布局。」 wraps onto a
# second printed line, and the rest of that line (「基础研究处于从」) is a line of pypdf's own
BOOKLET = """鼓励自由探索，作出战略部署，要切
实落实到位。
第一，强化基础研究前瞻性、战
略性、系统性布局。
基础研究处于从
研究到应用、再到生产的科研链条起
始端，地基打得牢，科技事业大厦才
14
北京理工大学党委宣传部
能建得高。加强基础研究要突出前瞻
性、战略性需求导向，优化资源配置
和布局结构，为创新发展提供基础理
论支撑和技术源头供给。
"""


def test_a_lead_in_wrapped_over_two_lines_rejoins_the_rest_of_its_last_line(rejoined):
    out = rejoined(BOOKLET)
    assert "略性、系统性布局。基础研究处于从" in out


def test_the_rest_of_a_wrapped_lead_ins_line_is_no_heading(clean, texts):
    doc, _ = clean(BOOKLET.replace("14\n北京理工大学党委宣传部\n", ""))   # (one page's furniture: see above)
    assert texts(doc, Heading) == []
    assert any(p.startswith("第一，强化基础研究前瞻性、战略性、系统性布局。基础研究处于从研究到应用、再到生产的科研链条起始端，"
                            "地基打得牢，科技事业大厦才能建得高。") for p in paragraphs(doc))


# dev text outline_plenary_lecture, design gongwen_kai_heads (公文, 28 characters a line), read by
# pypdf: a paragraph's last line and the numbered heading after it fill one printed line by
# chance; a numbered heading has a shape of its own and is never the rest of a lead-in's line
OUTLINE = """提升，人民群众获得感、幸福感、安全感更加充实、更有保障、更
可持续。
（1）经济方面
产业结构持续优化，科技创新能力显著增强，数字经济核心产
业增加值占比达到12%左右。
（2）社会方面
基本公共服务均等化水平明显提高，城镇新增就业每年保持在
3万人以上，居民收入增长和经济增长基本同步。
（3）生态方面
生态环境质量持续改善，空气质量优良天数比例稳定在90%以
上，县级以上集中式饮用水水源地水质达标率保持100%。
"""


def test_a_numbered_heading_after_a_paragraphs_end_stays_a_line_of_its_own(rejoined, clean, texts):
    out = rejoined(OUTLINE)
    assert "（3）生态方面" in out and "3万人以上，居民收入增长和经济增长基本同步。" in out
    doc, _ = clean(OUTLINE)
    assert texts(doc, Heading) == ["（1）经济方面", "（2）社会方面", "（3）生态方面"]
