"""A column page saved with a blank line after every line, in reading order, is read as written
(issue 10, branch saved54).

A text saved from a PDF the way the dev gold's real extractions are (``realstyle``: a blank line after
every line, a trailing space after a block's last line, a leading space on a page's first line) or
pasted from a viewer (a blank after each line) writes a column page's lines in the order the
typesetter set them.  Its blank lines look like the one-line boxes pdfminer writes at open leading,
so ``order._ordered_loose`` rebuilt its blocks and moved them where the news item grammar seemed
broken — a photo's caption at a column's foot moved after the next item, a commentary box moved
before the item it stands after — and text given in order came out of it.  Such a page gives no
evidence of columns: every line stands after a blank (no box of two lines anywhere: an extractor
that built blocks writes some), and no line cut inside a word has its rest elsewhere, opening after
a sentence's stop (``order._written_in_order``).  It is now read as written.

The snippet is real: the dev text news_page_culture_weekly set in design col53_06 of the column
sweep (``tests/eval/heading_sweep.py --kind columns --seed 53 --designs 8 --texts all --only
realstyle``: two columns on a 16开 page) and written by the harness's ``realstyle``; the whole page.
On main the caption comes after the next item's text and the commentary before the item above it
(fidelity 0.620).
"""

from __future__ import annotations

CULTURE_WEEKLY = "".join(line + "\n\n" for line in (
    ' 江城市委办公室      2026 年 11 月 20 日 ',
    '非遗工坊开进社区： ',
    '老手艺有了新传人 ',
    '本报记者 郑雨桐 文/图 ',
    '周六上午，城西街道文化站的活动室里坐满',
    '了人。剪纸艺人王桂芳把一张红纸对折三次，剪',
    '刀在手里转了几圈，一只昂首的公鸡就跃然纸上，',
    '围观的孩子们发出一阵惊叹。 ',
    '今年以来，市文化和旅游局在 12 个社区设立',
    '非遗工坊，邀请剪纸、竹编、面塑等项目的传承',
    '人定期授课，已累计开课 260 多场，参加学员',
    '4000 余人次。 ',
    '“以前总担心手艺没人学，现在每次课都有',
    '人排队报名。”王桂芳说，她最小的学生才 8 岁，',
    '已经能独立剪出简单的窗花。 ',
    '剪纸艺人王桂芳（右）在社区工坊指导学员。 郑雨',
    '桐 摄 ',
    '市文化和旅游局负责人表示 ',
    '明年将实现非遗工坊街道全覆盖 ',
    '本报讯（记者 郑雨桐） ',
    '记者从市文化和旅游局获悉，明年全市将在',
    '所有街道设立非遗工坊，并探索“工坊＋文创”',
    '模式，支持传承人开发适合年轻人的文创产品。 ',
    '一座老粮仓的新生 ',
    '——江城市粮食局旧址改建为城市书房侧记 ',
    '通讯员 林家豪 本报记者 周可欣 ',
    '青砖墙、木屋架、高窗户，始建于上世纪五',
    '十年代的江城市粮食局老粮仓，如今变成了一座',
    '可容纳 200 人的城市书房。改造中，设计团队保',
    '留了原有的屋架和仓门，只在内部加装了书架和',
    '照明。 ',
    '开放一个月来，书房接待读者 3.6 万人次。',
    '不少老人专程赶来，在当年自己扛过粮袋的仓库',
    '里坐下来读一会儿书。 ',
    '来源：《江城日报》2026 年 11 月 20 日第 7 版 ',
    '让老建筑说新故事 ',
    '□ 短评 ',
    '城市更新不是简单的推倒重来。给老建筑找',
    '到新用途，既留住了城市记忆，也为群众提供了',
    '新的文化空间，这样的更新值得多一些。 ',
    '资料：江城市现有市级以上非物质文化遗产',
    '代表性项目 87 项，其中国家级 4 项、省级 21 项。 ',
))


def test_a_column_page_saved_with_a_blank_after_every_line_is_read_as_written(clean, texts):
    doc, _ = clean(CULTURE_WEEKLY)
    body = "".join(texts(doc)).replace(" ", "")
    caption, next_item = body.index("剪纸艺人王桂芳（右）"), body.index("记者从市文化和旅游局获悉")
    assert body.index("已经能独立剪出简单的窗花。") < caption < next_item
    assert body.index("里坐下来读一会儿书。") < body.index("城市更新不是简单的推倒重来")
