"""Paragraph boundaries in single-column designs (issue 10): join or break, found on dev texts.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of the harness designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Paragraph


# dev text guide_office_system_ops, design a5_no_indent_larger (no paragraph indent, 23 characters),
# pdftotext: a FAQ whose rows are 「problem：remedy。」, the third as wide as the measure
GUIDE_FAQ = """发文办理分为拟稿、核稿、签发、编号、用印、分发
六个环节。各环节操作要点如下：
（1）拟稿：使用系统内置的公文模板，不得自行修
改版头、字体和页边距；
（2）核稿：核稿人应重点检查文种、主送机关、附
件说明和印发日期；
（3）签发：签发人在手机端或电脑端均可签批，签
批后不可撤回；
（4）编号：由办公室统一编号，系统自动生成发文
字号；
（5）用印：电子印章仅限本单位授权人员使用；
（6）分发：选择分发范围后点击“发送”，系统记
录每个单位的签收时间。

五、常见问题
页面显示空白：清除浏览器缓存后重试。
附件无法打开：安装版式文件阅读器。
证书无法识别：重新插拔UKey或更换USB接口。
待办数量不更新：按F5刷新页面。
打印格式错乱：使用“导出版式文件”后再打印。
"""


def test_row_after_a_full_row_of_the_same_shape_starts_a_block(clean, texts):
    doc, _ = clean(GUIDE_FAQ)
    rows = texts(doc, Paragraph)[-5:]
    assert rows == ["页面显示空白：清除浏览器缓存后重试。", "附件无法打开：安装版式文件阅读器。",
                    "证书无法识别：重新插拔UKey或更换USB接口。", "待办数量不更新：按F5刷新页面。",
                    "打印格式错乱：使用“导出版式文件”后再打印。"]



# dev text essay_canal_history, design a5_no_indent_larger (no paragraph indent, 23 characters),
# pdftotext; the page's footnotes, folio and page break left out.  Lines of Chinese characters only
# are counted exactly, and the measure is the width most of them reach.
ESSAY_NO_INDENT = """二、漕运变迁
清代中叶以后，黄河屡次决口，运河淤塞日益严重，
漕运时断时续。咸丰年间，漕粮改由海运，运河的地
位一落千丈③。城中依赖漕运为生的船户、脚夫纷纷
失业，会馆逐渐冷落，昔日繁华的码头杂草丛生。
光绪末年铁路通车，交通格局彻底改变。旧时“因河
而兴”的城市，如果不能及时转型，便难免“因河而
衰”。江城的一些有识之士开始兴办新式学堂和实
业，试图为这座城市寻找新的出路④。
"""


def test_sentence_end_that_left_room_for_the_next_character_ends_the_paragraph(clean, texts):
    # 22 of 23 characters: 「光」 would have fitted after 「。」 had the paragraph gone on
    doc, _ = clean(ESSAY_NO_INDENT)
    assert texts(doc, Paragraph)[0].endswith("昔日繁华的码头杂草丛生。")
    assert texts(doc, Paragraph)[1].startswith("光绪末年铁路通车")


def test_sentence_end_that_reaches_the_measure_goes_on(clean, texts):
    # the same line one character wider reaches the measure: nothing says the paragraph ended
    doc, _ = clean(ESSAY_NO_INDENT.replace("昔日繁华的码头杂草丛生。", "昔日繁华的码头已杂草丛生。"))
    assert any("杂草丛生。光绪末年" in p for p in texts(doc, Paragraph))


# dev text lecture_party_style, design a5_book (24 characters, first lines indented two), pdftotext,
# which drops the indents; the footnote and the page break between the two pages left out.
LECTURE_HEADING = """一、深刻认识作风建设的重要意义
作风问题从来不是小事。古人讲：“其身正，不令
而行；其身不正，虽令不从。”①作风正，则人心聚；
作风散，则事业衰。市委在部署机关作风建设时明确提
出：
作风建设永远在路上，没有休止符。机关党员干部
要把作风建设作为经常性工作，一抓到底，久久为功，
以好的作风推动各项工作落地见效。
——《中共江城市委关于深化机关作风建设的意见》
（2019年4月）
这段话讲得很透彻。作风建设不是一阵风，而是一
场持久战。
二、准确把握当前机关作风方面存在的突出问题
对照要求，我们机关作风还存在一些不容忽视的问
题。一是有的同志担当意识不强。遇到矛盾绕着走，碰
到难题往上推，满足于“不出事”。二是有的同志调查
研究不深。习惯于坐在办公室听汇报、看材料，对基层
实际情况知之不多②。三是有的同志文风会风不实。文
件越发越长，会议越开越多，落实却打了折扣。
"""


def test_first_line_after_a_numbered_heading_that_left_room_for_the_next_unit(clean, texts):
    # 「对照要求…的问」 is a first line's width (22 of 24); read as the heading's run-on line,
    # 「题。」 would have fitted after it
    doc, _ = clean(LECTURE_HEADING)
    assert "二、准确把握当前机关作风方面存在的突出问题" in texts(doc)
    assert any(p.startswith("对照要求，我们机关作风") for p in texts(doc, Paragraph))


# dev text interview_rural_revitalization, design a5_no_indent_larger (23 characters), pypdf,
# which sets each bold speaker's label on a line of its own
INTERVIEW_BARE_LABELS = """编者按：今年以来，江城市把发展乡村特色产业作为
乡村振兴的重要抓手，全市农村居民人均可支配收入
增速连续三个季度高于城镇居民。围绕产业发展中的
新情况新问题，本刊记者采访了市农业农村局主要负
责同志。
记者：
今年全市乡村产业发展总体情况怎么样？
答：
总的看，态势是好的。前三季度，全市农产品加
工业产值同比增长9.6%，休闲农业和乡村旅游接待游
客1800多万人次。
更重要的是，产业结构在变。过去是“卖原料”，现
在越来越多的村子开始“卖产品”“卖服务”。
记者：
您多次提到“把增值收益留在农村”，这句话
具体怎么理解？
答：
简单说，就是产业链条要尽量往村里延伸。
"""


def test_bare_speaker_label_runs_into_the_turn_it_labels(clean, texts):
    doc, _ = clean(INTERVIEW_BARE_LABELS)
    paras = texts(doc, Paragraph)
    assert "记者：今年全市乡村产业发展总体情况怎么样？" in paras
    assert any(p.startswith("答：总的看，态势是好的。") and p.endswith("1800多万人次。") for p in paras)
    assert "记者：您多次提到“把增值收益留在农村”，这句话具体怎么理解？" in paras
    assert "答：简单说，就是产业链条要尽量往村里延伸。" in paras


# dev text chapter_footnotes_region, design a5_book (24 characters, first lines indented two),
# pypdfium2, which drops the indents; the page's footnotes, folio and running head left out.
CHAPTER_LEAD_IN = """区域科技创新体系是国家创新体系的重要组成部
分，是区域经济社会发展的重要支撑①。改革开放以
来，特别是进入新时代以来，各地围绕产业发展需求，
不断完善创新平台、创新主体、创新环境，区域创新能
力显著增强。
3.1 区域科技创新体系的内涵
关于区域创新体系，学术界已有较多讨论。有学者
认为，区域创新体系是由一定地域内相互联系的企业、
高校、科研机构和中介服务机构等组成的网络系统②；
也有学者强调制度安排和文化氛围在区域创新中的作
用，认为创新是一个社会过程，离不开地方的制度环境
③。
综合已有研究，本书将区域科技创新体系界定为：
在一定区域范围内，以企业为主体、市场为导向、产学
研深度融合，由创新主体、创新资源、创新平台和创新
环境共同构成的有机整体。
3.1.1 创新主体
企业、高校和科研院所是区域科技创新的三类主要
主体。企业直接面向市场，对技术需求最为敏感；高校
和科研院所是知识生产和人才培养的主要场所，是原始
创新的重要源头④。三类主体之间的协同程度，在很大
程度上决定了区域创新体系的运行效率。
3.1.2 创新环境
创新环境包括政策环境、市场环境、金融环境和文
化环境等方面。实践表明，良好的创新环境能够降低创
新成本、分散创新风险，吸引创新要素集聚⑤。近年
来，不少城市通过出台人才政策、设立科创基金、建设
科技园区等方式优化创新环境，取得了明显成效。
3.2 区域科技创新体系建设的主要做法
"""


def test_first_line_ending_in_a_colon_leads_into_its_paragraph(clean, texts):
    # 「综合已有研究…界定为：」 is a first line's width (22 of 24) after a sentence end: it opens a
    # paragraph, and the colon hands on to the definition that follows in the same paragraph
    doc, _ = clean(CHAPTER_LEAD_IN)
    assert ("综合已有研究，本书将区域科技创新体系界定为：在一定区域范围内，以企业为主体、"
                                   "市场为导向、产学研深度融合，由创新主体、创新资源、创新平台和创新环境共同构成的有机整体。") in texts(doc, Paragraph)
