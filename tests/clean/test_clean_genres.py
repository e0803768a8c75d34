"""Cleaner rules found on dev texts of genres the set lacked (issue 10, genres): a 摘编 whose
sources repeat under its passages, a 现场实录 with its stage directions, an 办法, a news page.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one of
its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.  Expected
values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph


# dev text compilation_grassroots_sayings, design kai_centred_bold (the title as running head from
# the second page on), pdftotext: each passage's source line repeats; one copy of the handbook's
# line falls one line under the head of page 3, another two lines under the head of page 4, the
# first mid-page 1 — text at every copy, no running head
SAYINGS_KAI = (
    '基层治理工作要论摘编\n'
    '说明：本摘编选自本市近年来印发的工作手册\n'
    '和简报，供各镇（街道）、村（社区）干部学习参\n'
    '考。\n'
    '一、把群众的事当作自己的事\n'
    '群众的事无小事。一条路灯、一个井盖、一处\n'
    '积水，在机关看来也许是小事，在群众那里就是天\n'
    '天碰到的难事。\n'
    '——在全市基层治理工作推进会上的讲话（2025年\n'
    '3月12日）\n'
    '走访不能只看台账，要看群众脸上的表情。进\n'
    '了门先问冷暖，再问难处，最后才问意见，这样听\n'
    '到的才是真话。\n'
    '——摘自《江城市基层治理工作手册》\n'
    '接访时多一分耐心，办理时就少一分反复。能\n'
    '当场答复的当场答复，不能当场答复的要说清楚什\n'
    '么时候答复、由谁答复。\n'
    '——在市委社会工作会议上的讲话（2024年12月20\n'
    '日）\n'
    '1\n'
    '\n'
    '\x0c基层治理工作要论摘编\n'
    '\n'
    '民有所呼，我有所应。\n'
    '网格员每天在网格里走一遍，发现问题随手上\n'
    '报，小事不出网格，大事不出社区，矛盾就不会越\n'
    '积越多。\n'
    '——在全市基层治理工作推进会上的讲话（2025年\n'
    '3月12日）\n'
    '二、让制度管用、让办法好用\n'
    '村规民约不在条文多，而在大家认、大家守。\n'
    '起草时要挨家挨户征求意见，定下来以后张贴在村\n'
    '口，谁违反了按约定办。\n'
    '（来源：市委社会工作部《基层治理简报》）\n'
    '议事协商要把“议什么、谁来议、怎么议、议\n'
    '了怎么办”讲清楚。议事结果要公开，办理进度要\n'
    '公开，群众满意不满意也要公开。\n'
    '——在市委社会工作会议上的讲话（2024年12月20\n'
    '日）\n'
    '民有所呼，我有所应。\n'
    '减负不是减责任。表格少填一张，台账少报一\n'
    '份，省下的时间要用在走村入户上，用在解决实际\n'
    '问题上。\n'
    '2\n'
    '\n'
    '\x0c基层治理工作要论摘编\n'
    '\n'
    '——摘自《江城市基层治理工作手册》\n'
    '对群众反映集中的问题，要建立清单，明确时\n'
    '限，办结一件销号一件，不能一个问题转几个部\n'
    '门、一件小事拖几个月。\n'
    '——在全市基层治理工作推进会上的讲话（2025年\n'
    '3月12日）\n'
    '三、把力量沉到最基层\n'
    '干部下沉不是换个地方坐办公室。下沉干部要\n'
    '有固定的联系户，要留电话、留微信，群众有事能\n'
    '找到人。\n'
    '——在市委社会工作会议上的讲话（2024年12月20\n'
    '日）\n'
    '社区工作者是离群众最近的人。要让他们有干\n'
    '头、有奔头，在待遇保障、职业发展上给出实实在\n'
    '在的政策。\n'
    '（来源：市委社会工作部《基层治理简报》）\n'
    '民有所呼，我有所应。\n'
    '志愿服务要常态化，不能只在检查前热闹一\n'
    '阵。把志愿者的专长和群众的需求对接起来，修家\n'
    '电的去修家电，教书的去辅导孩子，服务才接得上\n'
    '3\n'
    '\n'
    '\x0c基层治理工作要论摘编\n'
    '\n'
    '地气。\n'
    '——摘自《江城市基层治理工作手册》\n'
    '基层治理的成效，最终要由群众来评判。群众\n'
    '说好才是真的好，群众不满意就要接着改。\n'
    '——在全市基层治理工作推进会上的讲话（2025年\n'
    '3月12日）\n'
    '（市委社会工作部 编）\n'
    '\n'
    '4\n'
    '\n')


def test_a_source_line_repeated_under_passages_stays_though_copies_fall_at_page_breaks(texts, clean):
    doc, _ = clean(SAYINGS_KAI)
    everything = " ".join(texts(doc) + [a.title for a in doc.articles])
    assert everything.count("——摘自《江城市基层治理工作手册》") == 3
    assert everything.count("——在全市基层治理工作推进会上的讲话（2025年3月12日）") == 4
    assert everything.count("民有所呼，我有所应。") == 3


# dev text transcript_reading_month, design a5_book, pdftotext: a stage direction on a line of its
# own over the speaker's salutation
TRANSCRIPT_A5 = (
    '让阅读成为一种生活方式\n'
    '\n'
    '让阅读成为一种生活方式\n'
    '——江城市“全民阅读月”启动仪式暨读书分享会\n'
    '现场实录\n'
    '（根据现场录音整理，小标题为编者所加）\n'
    '主持人：各位领导、各位来宾、各位读者朋友，大\n'
    '家上午好！欢迎来到江城市“全民阅读月”启动仪式暨\n'
    '读书分享会的现场。首先，请市委宣传部分管负责同志\n'
    '致辞。\n'
    '（掌声）\n'
    '同志们、朋友们：\n'
    '今天是世界读书日。我们在这里启动今年的“全民\n'
    '阅读月”活动，就是希望更多的人拿起书本，走进图书\n'
    '馆，让读书成为江城人的一种习惯。（掌声）\n'
    '这几年，全市建成城市书房42家、农家书屋1260\n')


def test_stage_direction_over_a_salutation_is_no_letter_title(texts, clean):
    doc, _ = clean(TRANSCRIPT_A5)
    assert "（掌声）" not in texts(doc, Heading)
    assert "（掌声）" in texts(doc, Paragraph)
    assert "同志们、朋友们：" in texts(doc, Paragraph)


# dev text sayings_rule_of_law, design narrow_20 (20 characters), pdftotext: an attribution closed
# by the title of the work it cites fills the measure; the topic heading under it is its own block,
# while an attribution cut inside its date goes on
SAYINGS_NARROW = (
    '对轻微违法行为，能教育纠正的不一律处\n'
    '罚，首次违法且危害后果轻微并及时改正的，\n'
    '可以不予处罚。\n'
    '——在市政府常务会议上的讲话（2025年9月\n'
    '16日）\n'
    '执法人员要亮证执法、文明执法，不得随\n'
    '意扩大检查范围。\n'
    '——摘自《江城市行政执法人员培训读本》\n'
    '监督问责\n'
    '权力运行到哪里，监督就要跟进到哪里。\n'
    '——在全市法治政府建设工作会议上的讲话\n'
    '（2025年4月8日）\n')


def test_attribution_closed_by_the_cited_works_title_ends_its_block(texts, clean):
    doc, _ = clean(SAYINGS_NARROW)
    assert "监督问责" in texts(doc, Heading)
    assert "——摘自《江城市行政执法人员培训读本》" in texts(doc)
    assert "——在市政府常务会议上的讲话（2025年9月16日）" in texts(doc)
    assert "——在全市法治政府建设工作会议上的讲话（2025年4月8日）" in texts(doc)


# dev text news_page_culture_weekly, design wps_block_para, pdftotext: a reporter who also took the
# pictures signs 「文/图」 after the name: a byline, no heading
CULTURE_PAGE = (
    '江城市发展和改革委员会\n'
    '\n'
    '2026年11月\n'
    '\n'
    '非遗工坊开进社区：\n'
    '\n'
    '老手艺有了新传人\n'
    '本报记者 郑雨桐 文/图\n'
    '\n'
    '周六上午，城西街道文化站的活动室里坐满了人。剪纸艺人王桂芳把一张红\n'
    '纸对折三次，剪刀在手里转了几圈，一只昂首的公鸡就跃然纸上，围观的孩\n'
    '子们发出一阵惊叹。\n'
    '今年以来，市文化和旅游局在12个社区设立非遗工坊，邀请剪纸、竹编、面\n'
    '塑等项目的传承人定期授课，已累计开课260多场，参加学员4000余人次。\n')


def test_byline_with_the_reporters_picture_credit_is_no_heading(texts, clean):
    doc, _ = clean(CULTURE_PAGE)
    heads = texts(doc, Heading) + [a.title for a in doc.articles]   # (the title of its news item)
    assert "老手艺有了新传人" in heads
    assert not [t for t in heads if t.startswith("本报记者")]
    signed = [t for t in texts(doc, Paragraph) + [a.author for a in doc.articles] if t and t.startswith("本报记者")]
    assert signed == ["本报记者 郑雨桐文/图"]


# dev text standard_reading_room, design bold_wide_plain, pdftotext: a local standard's number on the
# line under its title is no part of the title
STANDARD_TOP = (
    '调研报告\n'
    '\n'
    '城市书房建设与服务规范\n'
    'DB 3209/T 0187—2026\n'
    '1 范围\n'
    '本文件规定了城市书房的选址与建设、设施设备、文献资源、服务和管理的要求。\n'
    '本文件适用于本市行政区域内由政府设立或者社会力量参与建设的城市书房。\n'
    '2 规范性引用文件\n')


def test_standard_number_under_the_title_is_no_part_of_it(texts, clean):
    doc, _ = clean(STANDARD_TOP)
    everything = [a.title for a in doc.articles] + texts(doc)
    assert "城市书房建设与服务规范" in everything
    assert "DB 3209/T 0187—2026" in everything
