"""Column pages whose blocks an extractor wrote out of turn, read in order (``order_blocks``).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its column designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import block_text


def text(doc):
    """The document's text in reading order (titles and blocks), one string."""
    return "".join(a.title + "".join(block_text(b) for b in a.blocks) for a in doc.articles)


# dev text tongbao_safety_inspection, design two_columns_plain, pdftotext (plain; cut short): the
# right column's block comes first, so the list under 三、 reads （二）（三） … （一）
TONGBAO_PDFTOTEXT = """（二）对检查发现的重大事故隐患，实行挂
牌督办，整改不到位的一律停产停业整顿。
（三）市安委办将适时组织“回头看”，对
整改不力、问题反弹的单位和个人，按照有关规
定严肃追责问责。

二、存在的主要问题
（一）企业主体责任落实不到位
部分企业安全生产管理制度停留在纸面，安
全培训走过场。检查组在某化工企业抽查 8 名一
线操作人员，有 3 人不能正确说出本岗位的主要
风险和应急处置措施。

（二）隐患排查治理不彻底
一些单位隐患排查不深不细，同类问题反复
出现。主要表现在：（ 1 ）消防通道被占用、堵
塞；（ 2 ）电气线路私拉乱接。

三、下一步工作要求
（一）各地各部门要对照本通报反映的问
题，举一反三，于 10 月 31 日前完成全面自查自
纠，并将整改情况报送市安委办。

— 1 —
"""


def test_a_list_whose_items_an_extractor_wrote_out_of_turn_reads_in_turn(clean):
    doc, _ = clean(TONGBAO_PDFTOTEXT)
    found = text(doc)
    assert found.startswith("二、存在的主要问题")
    assert found.index("（一）各地各部门") < found.index("（二）对检查发现") < found.index("（三）市安委办")


def test_a_list_in_turn_keeps_its_order(clean):
    # the same page with its blocks in reading order: nothing moves
    blocks = TONGBAO_PDFTOTEXT.split("\n\n")
    doc, _ = clean("\n\n".join(blocks[1:4] + blocks[:1] + blocks[4:]))
    found = text(doc)
    assert found.startswith("二、存在的主要问题")
    assert found.index("（一）企业主体") < found.index("（一）各地各部门") < found.index("（二）对检查发现")


# dev text gold_real_001_news, design tabloid_three_columns, pdfminer (cut short): the box of the
# section head over the second column comes between the first column's open last line and the
# second column's first box, which goes on from it (存 / 在: 存在)
NEWS_PDFMINER = """习近平强调，在新时代科
技事业发展实践中，我们不断
深化规律性认识，积累了许多
重要经验，主要是：坚持党的
全面领导，坚持走中国特色自
主创新道路，坚持创新引领发
展，坚持“四个面向”的战略
导向，坚持以深化改革激发创
新活力，坚持推动教育科技人
才良性循环，坚持培育创新文
化，坚持科技开放合作造福人
类。这些经验必须长期坚持并
在实践中不断丰富发展。

习近平指出，世界百年未
有之大变局加速演进，新一轮
科技革命和产业变革深入发
展，深刻重塑全球秩序和发展
格局。我国科技事业发展还存

要闻

在一些短板、弱项，必须进一
步增强紧迫感，进一步加大科
技创新力度，抢占科技竞争和
未来发展制高点。

习近平强调，要充分发挥
新型举国体制优势，完善党中
央对科技工作集中统一领导的
体制，构建协同高效的决策指
挥体系和组织实施体系。充分
发挥市场在科技资源配置中的
决定性作用，更好发挥政府作
用，调动产学研各环节的积极
性，形成共促关键核心技术攻
关的工作格局。加强国家战略
科技力量建设，提高基础研究
组织化程度，鼓励自由探索，
筑牢科技创新根基和底座。
"""


def test_a_column_cut_off_by_a_head_goes_on_in_the_block_that_continues_it(clean):
    doc, _ = clean(NEWS_PDFMINER)
    assert "我国科技事业发展还存在一些短板、弱项，必须进一步增强紧迫感" in text(doc)


# dev text news_page_county, design two_columns_plain, pasted from a viewer (a blank line after
# every line, trailing spaces, CRLF; the first page's head): in reading order already, and its
# blank lines space lines, not blocks — with every line a block of its own, a line wrapped at the
# measure may look cut off where the next line is its paragraph's short last one
COUNTY_PASTED = "\r\n".join([
    "科技工作动态 ",
    "",
    "2026年第11期      江城市科学技术协会 ",
    "",
    "省委主要负责同志致信祝贺江城县农业科技园 ",
    "",
    "区获批国家级园区并在全县乡村振兴工作推进 ",
    "",
    "会上作出批示 ",
    "",
    "把园区建成现代农业的示范窗口 ",
    "",
    "——江城县农业科技园区建设纪实 ",
    "",
    "本报记者 何静怡 通讯员 吴志强 ",
    "",
    "深秋时节，走进江城县农业科技园区，智能 ",
    "",
    "温室里番茄挂满枝头，水肥一体化设备按照预设 ",
    "",
    "程序精准滴灌。园区管委会负责人告诉记者，园 ",
    "",
    "区已引进农业科技企业43家，建成各类科研平 ",
    "",
    "台17个，去年实现总产值58亿元。 ",
    "",
    "“过去种地靠经验，现在靠数据。”种植大 ",
    "",
    "户老陈指着手机上的监测画面说，土壤湿度、光 ",
    "",
    "照、温度一目了然，哪块地该浇水、该施肥，系 ",
    "",
    "统都会提醒。 ",
    "",
    "园区智能温室内，技术人员正在查看番茄长势。 本 ",
    "",
    "报记者 何静怡/摄 ",
    "",
    "园区建设过程中，县里与省农科院、农业大 ",
    "",
]) + "\r\n"


def test_a_page_pasted_with_a_blank_after_every_line_keeps_its_order(clean):
    found = text(clean(COUNTY_PASTED)[0])
    assert found.index("系统都会提醒。") < found.index("园区智能温室内，技术人员正在查看番茄长势。")
