"""A later item's headline set larger than the body in a narrow column, wrapping onto a short
second line that reads like a name (issue 10, branch headline35).

The snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one of
its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.  Expected
values are what a careful reader of the printed page sees, not what the cleaner printed.
"""

from __future__ import annotations

from booklet.clean.blocks import Blk, Kind
from booklet.clean.titles import _wrapped_pair
from booklet.model import Heading, Paragraph, block_text


# dev text briefs_county_work_digest, design wanbao_banner_items (13-character columns, later items'
# headlines at 1.6x), pypdf: 「冬季森林防火进入」 / 「关键期」 is one title wrapped (8 em of a 13-em
# column at 1.6x is a full line), its rest three characters that read like a name, over the item's
# bracketed contributor byline
WANBAO_ITEM = """我县以小微企业、个体工
商户和专业市场为重点，排查
摸底“小个专”经营主体1.2
万家，新组建党组织43个，选
派党建指导员86名，推动党建
工作与经营发展深度融合。
冬季森林防火进入
关键期
（县应急管理局供稿）
我县已于11月1日进入森
林防火紧要期。全县组织护林
员1260名，设立临时检查站75
个，对进山入林人员实行登记
管理，严禁携带火种进山。
"""


def test_a_large_title_wrapped_over_a_contributor_byline_is_one_heading(clean):
    doc, _ = clean(WANBAO_ITEM)
    headings = [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    titles = [a.title for a in doc.articles]
    assert "冬季森林防火进入关键期" in headings + titles
    assert "冬季森林防火进入" not in headings + titles
    assert not any(isinstance(b, Paragraph) and block_text(b) == "关键期" for a in doc.articles for b in a.blocks)


def _heading(text: str) -> Blk:
    return Blk(Kind.HEADING, text, 1, 1)


def test_a_name_under_a_title_is_still_its_byline_without_one_under_it():
    assert not _wrapped_pair(_heading("冬季森林防火进入"), _heading("关键期"))
    assert _wrapped_pair(_heading("冬季森林防火进入"), _heading("关键期"), byline_below=True)
    # names set apart or a reporter's role are a byline of their own, whatever stands under them
    assert not _wrapped_pair(_heading("冬季森林防火进入"), _heading("本报记者 张三"), byline_below=True)
