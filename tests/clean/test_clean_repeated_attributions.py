"""Attributions repeated on a one-page text are text, not running heads (issue 10 §2, branch repeat54).

A 摘编 prints the same attribution under several quotes (「——在全市法治政府建设工作会议上的讲话
（2025年4月8日）」 two or three times on one page), and a narrow column wraps it the same way each
time.  On a text with no page marks and no page numbers ``bands.pages_from_repeats`` took the
repeated pieces of these attributions (「工作会议上的讲话（2025」, 「法人员培训读本》」) for running
heads a page apart, inferred pages from them, and the furniture rules dropped every copy: the
attributions lost their ends.  The lines of an attribution — the line its dash opens and the lines
that carry it on until it closes (``bands.attribution_lines``) — are no head's: they infer no pages.

The snippet is real: the dev text sayings_rule_of_law set in design col53_03 of the column sweep
(``tests/eval/heading_sweep.py --kind columns --saved --seed 53 --designs 8 --texts all --only
realstyle``: three columns of about nine characters) and written by the harness's ``realstyle``;
the whole page.  On main the attributions lose their wrapped lines (fidelity 0.695).
"""

from __future__ import annotations

from booklet.clean.bands import pages_from_repeats
from booklet.clean.lines import to_lines
from booklet.model import Attribution
from booklet.readers.text import raw_lines

SAYINGS = "".join(line + "\n\n" for line in (
    ' 法治政府建设学习语录 ',
    '法治政府建设学习语录 ',
    '依法行政 ',
    '法定职责必须为，法',
    '无授权不可为。 ',
    '——在全市法治政府建设',
    '工作会议上的讲话（2025',
    '年 4 月 8 日） ',
    '行政机关作出决定，',
    '要先问一问：有没有法律',
    '依据，程序是否合法，当',
    '事人的权利有没有保障。 ',
    '——摘自《江城市行政执',
    '法人员培训读本》 ',
    '重大行政决策必须经',
    '过公众参与、专家论证、',
    '风险评估、合法性审查和',
    '集体讨论决定。 ',
    '——在市政府常务会议上',
    '的讲话（2025 年 9 月 16',
    '日） ',
    '执法不能“一刀',
    '切”，既要有力度，也要',
    '有温度。 ',
    '——在全市法治政府建设',
    '工作会议上的讲话（2025',
    '年 4 月 8 日） ',
    '规范执法 ',
    '执法全过程记录，是',
    '对群众负责，也是对执法',
    '人员的保护。 ',
    '——摘自《江城市行政执',
    '法人员培训读本》 ',
    '对轻微违法行为，能',
    '教育纠正的不一律处罚，',
    '首次违法且危害后果轻微',
    '并及时改正的，可以不予',
    '处罚。 ',
    '——在市政府常务会议上',
    '的讲话（2025 年 9 月 16',
    '日） ',
    '执法人员要亮证执',
    '法、文明执法，不得随意',
    '扩大检查范围。 ',
    '——摘自《江城市行政执',
    '法人员培训读本》 ',
    '监督问责 ',
    '权力运行到哪里，监',
    '督就要跟进到哪里。 ',
    '——在全市法治政府建设',
    '工作会议上的讲话（2025',
    '年 4 月 8 日） ',
    '行政复议和行政诉讼',
    '中败诉的案件，要逐件分',
    '析原因，该纠正的纠正，',
    '该追责的追责。 ',
    '——在市委全面依法治市',
    '委员会会议上的讲话',
    '（2025 年 12 月 2 日） ',
    '政务公开是最好的监',
    '督。能公开的一律公开，',
    '不能公开的要说明理由。 ',
    '——在市政府常务会议上',
    '的讲话（2025 年 9 月 16',
    '日） ',
    '领导干部要带头尊法',
    '学法守法用法，把法治作',
    '为想问题、作决策、办事',
    '情的基本遵循。 ',
    '——在市委全面依法治市',
    '委员会会议上的讲话',
    '（2025 年 12 月 2 日） ',
    '（市司法局 辑） ',
    '第 1 页 ',
))

ATTRIBUTIONS = (
    "——在全市法治政府建设工作会议上的讲话（2025年4月8日）",
    "——摘自《江城市行政执法人员培训读本》",
    "——在市政府常务会议上的讲话（2025年9月16日）",
)


def test_repeated_attributions_infer_no_pages() -> None:
    lines = to_lines(raw_lines(SAYINGS))
    assert pages_from_repeats(lines) == [0]


def test_repeated_attributions_are_kept_whole(clean, bare_texts) -> None:
    doc, _ = clean(SAYINGS)
    attributions = bare_texts(doc, Attribution)
    for attribution in ATTRIBUTIONS:
        assert attributions.count(attribution) >= 2, attribution
