"""A 栏目 label wholly in 【】 set on a line of its own over a picture item (图片新闻): the label heads
the caption, it is never the caption's first line.

Snippets are real: dev text news_page_grassroots_items, read back by ``pdftotext`` (design
tabloid_three_columns) and by pdfminer (design daily_span_ruled). Expected values are what the
printed page shows: the label on its own line, then the caption (the whole item) with its credit.
"""

from __future__ import annotations

from booklet.model import Caption

CAPTION = ("11月27日，江城县第一中学学生在县博物馆参观“运河人家”民俗展，感受传统文化的魅力。"
           "该展览共展出农具、服饰、生活用品等实物300余件，将持续至明年2月。通讯员孔德兴/摄")

# pdftotext, tabloid_three_columns: a 12-character column; the caption's first line holds no year,
# so its start is found after the last sentence above — which the label's line ends
TABLOID = """施，对新建的社区养老服务设
施按每张床位给予一次性建设
补助，对普惠托育机构按实际
收托人数给予运营补贴。全县
现有各类养老服务机构57家、
托育机构23家，每千人口拥有
3岁以下婴幼儿托位数达到4.2
个。
【图片新闻】
11月27日，江城县第一中学学生
在县博物馆参观“运河人家”民
俗展，感受传统文化的魅力。该
展览共展出农具、服饰、生活用
品等实物300余件，将持续至明
年2月。 通讯员 孔德兴/摄

让“小窗口”连着
“大民生”
"""

# pdfminer, daily_span_ruled: a blank line before the label, none between it and the caption
DAILY = """服务机构57家、托育机构23家，
每千人口拥有3岁以下婴幼儿托
位数达到4.2个。

【图片新闻】
11月27日，江城县第一中学学生在
县博物馆参观“运河人家”民俗
展，感受传统文化的魅力。该展览
共展出农具、服饰、生活用品等实
物300余件，将持续至明年2月。 通
讯员 孔德兴/摄

让“小窗口”连着
“大民生”
□ 顾明轩
"""


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _check(doc, texts) -> None:
    captions = [_squeezed(t) for t in texts(doc, Caption)]
    assert CAPTION in captions                      # the caption whole, from its dated line
    every = [_squeezed(t) for t in texts(doc)] + [a.title or "" for a in doc.articles] \
        + [a.kicker or "" for a in doc.articles]
    assert "【图片新闻】" in every                   # the label a block (heading or kicker) of its own
    assert not any("【图片新闻】" in t and t != "【图片新闻】" for t in every)


def test_label_over_caption_in_a_narrow_column(clean, texts):
    doc, _ = clean(TABLOID)
    _check(doc, texts)


def test_label_over_caption_after_a_blank_line(clean, texts):
    doc, _ = clean(DAILY)
    _check(doc, texts)


# pypdf, weekly_two_of_three: a title set large in a narrow column under its label wraps every
# four or five characters (「稳住产业链　激活新动能」 over three lines); its middle piece reads like a
# name of four characters but opens on no surname, and more of the title stands under it
WRAPPED_UNDER_LABEL = """下一步，县里将建立服务事项清单
动态调整机制，让群众的“需求
单”变成干部的“任务单”。
东门社区老年食堂里，志愿者为老人
送上午餐。 本报记者 沈佳宁/摄
【基层动态】
稳住产业链
　激活新动
能
本报讯（记者 韩书涛）11月
26日，县经济开发区举行2026年第
四季度重大项目集中开工仪式，12
个项目总投资46.8亿元，涵盖新能
源装备、电子元器件、食品精深加
工等领域。
"""


def test_title_wrapped_in_a_narrow_column_is_one_title(clean):
    doc, _ = clean(WRAPPED_UNDER_LABEL)
    titles = [_squeezed(a.title or "") for a in doc.articles]
    assert "稳住产业链激活新动能" in titles
    item = doc.articles[titles.index("稳住产业链激活新动能")]
    assert item.kicker == "【基层动态】"
    assert not item.author                          # 「激活新动」 is no byline


def test_name_under_a_wrapped_title_is_still_its_byline(clean):
    # (the surname test keeps a real byline of bare names under a title: 「习近平」 opens on 习)
    doc, _ = clean("""【基层动态】
稳住产业链
激活新动能
习近平
本报讯（记者 韩书涛）11月26日，县经济开发区举行2026年第四季度重大项目集中开工仪式，12个项目总投资46.8亿元。
""")
    item = next(a for a in doc.articles if a.title)
    assert _squeezed(item.title) == "稳住产业链激活新动能"
    assert item.author == "习近平"
