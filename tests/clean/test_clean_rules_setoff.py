"""Headings and titles set larger than the body, which wrap short of the body's measure (issue 10,
families 4 and 5: narrow measures and larger headings).

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one of
the pocket designs added for this work (``tests/eval/layouts.py``: ``pocket_17_hei``, 17 characters,
黑体 headings at 1.2x; ``a6_kai_heads_centred``, 19 characters, 楷体 headings and titles at
1.25x/1.4x, centred) and read back by the extractor named above it.  Expected values are what a
careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph, block_text


def titles_and_headings(doc):
    return [a.title for a in doc.articles] + [block_text(b) for a in doc.articles for b in a.blocks
                                              if isinstance(b, Heading)]


# dev text lecture_party_style, design pocket_17_hei, pdftotext: each numbered heading (12
# characters a line at its size, after its indent) wraps; its second line is short too.
LECTURE_POCKET = (    '锤炼过硬作风 勇于担当作为\n'
    '——在市直机关工委专题党课上的辅\n'
    '导报告\n'
    '市直机关工委理论学习中心组\n'
    '同志们：\n'
    '今天，我围绕“锤炼过硬作风、勇\n'
    '于担当作为”这个主题，同大家交流几\n'
    '点学习体会。\n'
    '\n'
    '一、深刻认识作风建设的重\n'
    '要意义\n'
    '作风问题从来不是小事。古人讲：\n'
    '“其身正，不令而行；其身不正，虽令\n'
    '不从。” ① 作风正，则人心聚；作风\n'
    '①语出《论语·子路》。\n'
    '\n'
    '1\n'
    '\n'
    '\x0c学习手册\n'
    '\n'
    '散，则事业衰。市委在部署机关作风建\n'
    '设时明确提出：\n'
    '作风建设永远在路上，没有休止\n'
    '符。机关党员干部要把作风建设作为经\n'
    '常性工作，一抓到底，久久为功，以好\n'
    '的作风推动各项工作落地见效。\n'
    '——《中共江城市委关于深化机关作风\n'
    '建设的意见》（2019年4月）\n'
    '这段话讲得很透彻。作风建设不是\n'
    '一阵风，而是一场持久战。\n'
    '\n'
    '二、准确把握当前机关作风\n'
    '方面存在的突出问题\n'
    '对照要求，我们机关作风还存在一\n'
    '些不容忽视的问题。一是有的同志担当\n'
    '意识不强。遇到矛盾绕着走，碰到难题\n'
    '往上推，满足于“不出事”。二是有的\n'
    '2\n'
    '\n'
    '\x0c学习手册\n'
    '\n'
    '同志调查研究不深。习惯于坐在办公室\n'
    '听汇报、看材料，对基层实际情况知之\n'
    '不多②。三是有的同志文风会风不实。\n'
    '文件越发越长，会议越开越多，落实却\n'
    '打了折扣。\n'
    '这些问题虽然发生在少数人身上，\n'
    '但影响很坏，必须下大力气解决。\n'
    '\n'
    '三、以实际行动推动作风持\n'
    '续好转\n'
    '《礼记·大学》有言：\n'
    '苟日新，日日新，又日新。\n'
    '——《礼记·大学》\n'
    '作风建设也要有这种日新又新的精\n'
    '②2025年市直机关工委组织的作风问卷调查显\n')


def test_numbered_heading_wrapped_at_a_larger_size_is_one_heading(texts, clean):
    doc, _ = clean(LECTURE_POCKET)
    headings = titles_and_headings(doc)
    assert "一、深刻认识作风建设的重要意义" in headings
    assert "二、准确把握当前机关作风方面存在的突出问题" in headings
    assert "三、以实际行动推动作风持续好转" in headings
    assert not any(t in ("要意义", "续好转") for t in texts(doc))




# dev text interview_rural_revitalization, design a6_kai_heads_centred, pdftotext -raw: the title,
# set at 1.4x, wraps after 13 characters; its subtitle and byline follow.
INTERVIEW_A6 = (    '高端访谈\n'
    '让农民在产业发展中得到更多\n'
    '实惠\n'
    '——访江城市农业农村局主要负责同志\n'
    '本刊记者 孙雅琴\n'
    '编者按：今年以来，江城市把发展乡村特色\n'
    '产业作为乡村振兴的重要抓手，全市农村居\n'
    '民人均可支配收入增速连续三个季度高于城\n'
    '镇居民。围绕产业发展中的新情况新问题，\n'
    '本刊记者采访了市农业农村局主要负责同\n'
    '志。\n'
    '记者：今年全市乡村产业发展总体情况怎么\n'
    '样？\n'
    '答：总的看，态势是好的。前三季度，全市\n'
    '农产品加工业产值同比增长9.6%，休闲农业\n'
    '— 1 —\n'
    '\x0c和乡村旅游接待游客1800多万人次。\n'
    '更重要的是，产业结构在变。过去是“卖原\n'
    '料”，现在越来越多的村子开始“卖产品”\n'
    '“卖服务”。\n'
    '记者：您多次提到“把增值收益留在农\n'
    '村”，这句话具体怎么理解？\n'
    '答：简单说，就是产业链条要尽量往村里延\n'
    '伸。\n'
    '一斤鲜茶叶卖给外地收购商，农民只能拿到\n'
    '十几块钱；在村里建起初制加工厂，做成干\n'
    '茶再卖，每斤能多出几十块。加工环节留在\n')


def test_title_wrapped_at_its_larger_size_is_one_title(texts, clean):
    doc, _ = clean(INTERVIEW_A6)
    assert "让农民在产业发展中得到更多实惠" in titles_and_headings(doc)
    assert not any(t.startswith("实惠") for t in texts(doc))
    assert doc.articles[0].subtitle == "——访江城市农业农村局主要负责同志"
    assert doc.articles[0].author == "本刊记者 孙雅琴"


# dev text tongbao_safety_inspection, design bold_wide_plain (38 characters), pdftotext: the
# attachment line and the issuing office under it are short unpunctuated lines too, but each has a
# role of its own (a field, an office's name): neither is half of a heading.
TONGBAO_END = (    '调研报告\n'
    '\n'
    '江城市安全生产委员会办公室\n'
    '江安委办〔2026〕23号\n'
    '\n'
    '关于2026年第三季度安全生产明查暗访情况的通报\n'
    '各区（县）安委会，市安委会各成员单位：\n'
    '为切实防范化解重大安全风险，坚决遏制较大以上生产安全事故发生，8月至9月，\n'
    '市安委办组织6个检查组，采取“四不两直”方式，对全市12个区（县）的危险化学\n'
    '品、建筑施工、道路交通、消防等重点行业领域开展明查暗访。现将有关情况通报如\n'
    '下。\n'
    '一、总体情况\n'
    '本次明查暗访共检查生产经营单位236家，发现各类问题隐患917项，其中重大事故\n'
    '隐患4项。截至9月30日，已整改到位842项，整改率91.8%，其余问题正在限期整改。从\n'
    '检查情况看，各地各部门认真落实安全生产责任，重点行业领域安全形势总体平稳。\n'
    '二、存在的主要问题\n'
    '（一）企业主体责任落实不到位\n'
    '部分企业安全生产管理制度停留在纸面，安全培训走过场。检查组在某化工企业抽\n'
    '查8名一线操作人员，有3人不能正确说出本岗位的主要风险和应急处置措施。\n'
    '（二）隐患排查治理不彻底\n'
    '一些单位隐患排查不深不细，同类问题反复出现。主要表现在：（1）消防通道被\n'
    '占用、堵塞；（2）电气线路私拉乱接；（3）有限空间作业未执行审批制度；（4）应\n'
    '急物资配备不足或过期失效。\n'
    '（三）部门监管存在薄弱环节\n'
    '个别行业主管部门对新业态新领域的安全监管职责不够明确，存在“看得见的管不\n'
    '着、管得着的看不见”的问题。部分乡镇（街道）安全监管力量不足，专业人员缺乏。\n'
    '三、下一步工作要求\n'
    '（一）各地各部门要对照本通报反映的问题，举一反三，于10月31日前完成全面自\n'
    '查自纠，并将整改情况报送市安委办。\n'
    '（二）对检查发现的重大事故隐患，实行挂牌督办，整改不到位的一律停产停业整\n'
    '顿。\n'
    '（三）市安委办将适时组织“回头看”，对整改不力、问题反弹的单位和个人，按\n'
    '照有关规定严肃追责问责。\n'
    '附件：第三季度明查暗访发现问题清单\n'
    '江城市安全生产委员会办公室\n'
    '2026年10月12日\n'
    '\n'
    '1\n')


def test_lines_with_roles_of_their_own_do_not_continue_a_short_line(texts, clean):
    doc, _ = clean(TONGBAO_END)
    assert "附件：第三季度明查暗访发现问题清单" in texts(doc)
    assert "江城市安全生产委员会办公室" in texts(doc)


# dev text excerpts_innovation, design pocket_17_hei, pdftotext: each excerpt ends with its
# attribution, wrapped over two lines whose last one reaches the measure and closes the date's
# bracket; the next excerpt's ★ heading (wrapped at its larger size) follows.
EXCERPTS_POCKET = (    '关于科技创新的重要论述摘\n'
    '编\n'
    '编者按：为便于广大党员干部系统\n'
    '学习，我们从公开发表的讲话、文章中\n'
    '摘编了有关科技创新的重要论述，分专\n'
    '题编排如下。\n'
    '\n'
    '一、创新是引领发展的第一\n'
    '动力\n'
    '★抓创新就是抓发展，谋创\n'
    '新就是谋未来\n'
    '抓创新就是抓发展，谋创新就是谋\n'
    '未来。不创新就要落后，创新慢了也要\n'
    '落后。要激发调动全社会的创新激情，\n'
    '持续发力，加快形成以创新为主要引领\n'
    '1\n'
    '\n'
    '\x0c学习手册\n'
    '\n'
    '和支撑的经济体系和发展模式。\n'
    '——在全省科技创新大会暨科学技术奖\n'
    '励大会上的讲话（2021年5月28日）\n'
    '\n'
    '★关键核心技术是要不来、\n'
    '买不来、讨不来的\n'
    '实践反复告诉我们，关键核心技术\n'
    '是要不来、买不来、讨不来的。只有把\n'
    '关键核心技术掌握在自己手中，才能从\n'
    '根本上保障国家经济安全、国防安全和\n'
    '其他安全。\n'
    '——在全省科技创新大会暨科学技术奖\n'
    '励大会上的讲话（2021年5月28日）\n'
    '\n'
    '★基础研究是科技创新的源\n'
    '头\n'
    '基础研究是整个科学体系的源头，\n'
    '是所有技术问题的总开关。要加大基础\n'
    '2\n'
    '\n'
    '\x0c学习手册\n'
    '\n'
    '研究投入，首先是中央财政要加大投入\n'
    '力度，同时要引导企业和社会力量增加\n'
    '投入。\n'
    '——在科学家座谈会上的讲话（2020年\n'
    '9月11日）\n'
    '\n'
    '二、坚持创新驱动发展\n'
    '★让企业成为创新主体\n'
    '要推动企业成为技术创新决策、研\n'
    '发投入、科研组织、成果转化的主体，\n'
    '培育一批核心技术能力突出、集成创新\n'
    '能力强的创新型领军企业。\n'
    '——在全省科技创新大会暨科学技术奖\n'
    '励大会上的讲话（2021年5月28日）\n'
    '\n'
    '★创新之道，唯在得人\n'
    '创新之道，唯在得人。得人之要，\n'
    '必广其途以储之。要营造良好创新环\n'
    '3\n'
    '\n'
    '\x0c学习手册\n'
    '\n'
    '境，加快形成有利于人才成长的培养机\n'
    '制、有利于人尽其才的使用机制、有利\n'
    '于竞相成长各展其能的激励机制。\n'
    '——在中国科学院第十九次院士大会、\n'
    '中国工程院第十四次院士大会上的讲话\n'
    '（2018年5月28日）\n'
    '\n')


def test_wrapped_attribution_ends_with_the_bracket_that_closes_it(texts, clean):
    doc, _ = clean(EXCERPTS_POCKET)
    attributions = [t for t in texts(doc) if t.startswith("——")]
    assert attributions[:3] == ["——在全省科技创新大会暨科学技术奖励大会上的讲话（2021年5月28日）"] * 2 + [
        "——在科学家座谈会上的讲话（2020年9月11日）"]
    headings = titles_and_headings(doc)
    for heading in ("★关键核心技术是要不来、买不来、讨不来的", "★基础研究是科技创新的源头", "★创新之道，唯在得人"):
        assert heading in headings


# dev text lecture_party_style, design pocket_17_hei, pdftotext -layout: the attribution under the
# quotation is set flush right; its first line fills the measure, its rest looks indented.
LECTURE_POCKET_LAYOUT = (    '锤炼过硬作风 勇于担当作为\n'
    '——在市直机关工委专题党课上的辅\n'
    '         导报告\n'
    '  市直机关工委理论学习中心组\n'
    '  同志们：\n'
    '  今天，我围绕“锤炼过硬作风、勇\n'
    '于担当作为”这个主题，同大家交流几\n'
    '点学习体会。\n'
    '   一、深刻认识作风建设的重\n'
    '要意义\n'
    '  作风问题从来不是小事。古人讲：\n'
    '“其身正，不令而行；其身不正，虽令\n'
    '不从。” ① 作风正，则人心聚；作风\n'
    '\n'
    '\n'
    '①语出《论语·子路》。\n'
    '                  1\n'
    '\x0c        学习手册\n'
    '\n'
    '\n'
    '散，则事业衰。市委在部署机关作风建\n'
    '设时明确提出：\n'
    '    作风建设永远在路上，没有休止\n'
    '符。机关党员干部要把作风建设作为经\n'
    '常性工作，一抓到底，久久为功，以好\n'
    '的作风推动各项工作落地见效。\n'
    '——《中共江城市委关于深化机关作风\n'
    '      建设的意见》（2019年4月）\n'
    '    这段话讲得很透彻。作风建设不是\n'
    '一阵风，而是一场持久战。\n'
    '    二、准确把握当前机关作风\n'
    '方面存在的突出问题\n'
    '    对照要求，我们机关作风还存在一\n'
    '些不容忽视的问题。一是有的同志担当\n'
    '意识不强。遇到矛盾绕着走，碰到难题\n'
    '往上推，满足于“不出事”。二是有的\n')


def test_flush_right_rest_of_an_attribution_is_not_a_paragraph(texts, clean):
    doc, _ = clean(LECTURE_POCKET_LAYOUT)
    assert "——《中共江城市委关于深化机关作风建设的意见》（2019年4月）" in texts(doc)
    assert "这段话讲得很透彻。作风建设不是一阵风，而是一场持久战。" in texts(doc, Paragraph)
