"""Characters a rule lost on single-column pages (issue 10, fidelity): what is printed once, where
pages are, where notes end.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one
of its designs (``tests/eval/layouts.py``) and read back by the extractor named above it.  Expected
values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import block_text


def shown(doc):
    """Every title and block text of the document, in order."""
    return [text for a in doc.articles for text in [a.title, *(block_text(b) for b in a.blocks)] if text]


def notes(doc):
    return {n.label: block_text(n) for a in doc.articles for n in a.footnotes}


# dev text jianbao_flood_season, design gongwen (no running head; 「— 1 —」 under each page), read by
# pdftotext: the 简报's own 报头 — its name, 第12期, the issuing office and date — printed once at
# the top of its first page is the document's title block, not a running band
JIANBAO_OWN_MASTHEAD = """工作简报
第12期
江城市水利局办公室编 2026年10月15日

全市2026年防汛工作情况通报
今年汛期，全市共经历强降雨过程9次，平均降雨量较常年
偏多23%。
在各级各部门共同努力下，全市未发生人员伤亡。
现将主要情况通报如下。
1. 责任体系压得更实。汛前，全市逐级明确防汛行政责任
人1426名，水库、堤防、山洪灾害危险区等重点部位责任人全部
落实到岗，并在媒体上公布。
2. 隐患排查改得更早。4月至5月，各地共排查防汛隐患318
处，已完成整改311处。其余7处均落实了临时度汛措施。
3. 预警发布跑得更快。市气象、水文部门加强会商，累计
发布暴雨预警信息46期，通过短信、应急广播等渠道覆盖群众
120余万人次。
4. 人员转移做得更细。针对7月“8·02”强降雨过程，各地
提前转移受威胁群众4820人，做到应转尽转、不漏一户、不落一

— 1 —

\f人。
5. 抢险救援准备更足。全市组建专业抢险队伍32支，储备
编织袋、救生衣等防汛物资价值2100万元。
6. 值班值守盯得更紧。主汛期全市各级防汛机构实行24小
时领导带班和专人值班制度，累计处置险情19起，均在第一时间
得到有效控制。
汛期工作中也暴露出一些问题。
一是部分山塘水库监测设施老化。
二是个别乡镇预案针对性不强。
三是基层抢险队伍专业化水平有待提高。
下一步，市水利局将结合冬春水利建设，抓紧开展水毁工程
修复，补齐监测预警短板，为明年安全度汛打好基础。
报：市委办公室，市政府办公室。
送：市防汛抗旱指挥部各成员单位。
发：各区（县）水利局，局属各单位。
江城市水利局办公室
2026年10月15日印发

— 2 —

\f
"""


def test_masthead_printed_once_over_several_pages_is_the_documents_own(clean):
    doc, _ = clean(JIANBAO_OWN_MASTHEAD)
    text = shown(doc)
    assert [t.replace(" ", "") for t in text[:3]] == ["工作简报", "第12期", "江城市水利局办公室编2026年10月15日"]
    assert "全市2026年防汛工作情况通报" in text


# dev text lecture_party_style, design academic_16k (odd and even running heads carrying the page
# number, notes at the foot of the page), read by pdfplumber (no form feeds): the even page's head
# 「2 当代区域发展研究」 shows where page 2 starts, so the foot notes of page 1 end above it and the
# paragraph cut by the notes goes on (「把好的做」 + 「法固化为制度③」)
LECTURE_NOTES_OVER_HEAD = """锤炼过硬作风 勇于担当作为 1
锤炼过硬作风 勇于担当作为
——在市直机关工委专题党课上的辅导报告
市直机关工委理论学习中心组
同志们：
今天，我围绕“锤炼过硬作风、勇于担当作为”这个主题，同大家交流几点学
习体会。
一、深刻认识作风建设的重要意义
作风问题从来不是小事。古人讲：“其身正，不令而行；其身不正，虽令不
从。”①作风正，则人心聚；作风散，则事业衰。市委在部署机关作风建设时明确
提出：
作风建设永远在路上，没有休止符。机关党员干部要把作风建设作为经常性工
作，一抓到底，久久为功，以好的作风推动各项工作落地见效。
——《中共江城市委关于深化机关作风建设的意见》（2019年4月）
这段话讲得很透彻。作风建设不是一阵风，而是一场持久战。
二、准确把握当前机关作风方面存在的突出问题
对照要求，我们机关作风还存在一些不容忽视的问题。一是有的同志担当意识
不强。遇到矛盾绕着走，碰到难题往上推，满足于“不出事”。二是有的同志调查
研究不深。习惯于坐在办公室听汇报、看材料，对基层实际情况知之不多②。三是
有的同志文风会风不实。文件越发越长，会议越开越多，落实却打了折扣。
这些问题虽然发生在少数人身上，但影响很坏，必须下大力气解决。
三、以实际行动推动作风持续好转
《礼记·大学》有言：
苟日新，日日新，又日新。
——《礼记·大学》
作风建设也要有这种日新又新的精神。具体来说，要做到“三个坚持”：
坚持问题导向。各支部要结合岗位职责，逐条查摆问题，建立问题清单、整改
清单和责任清单，做到整改一项、销号一项。
坚持以上率下。领导干部要带头转作风，要求别人做到的自己首先做到，要求
别人不做的自己坚决不做。
坚持常态长效。要把作风建设同业务工作同部署、同检查、同考核，把好的做
①语出《论语·子路》。
②2025年市直机关工委组织的作风问卷调查显示，有31.2%的基层受访者认为“机关干部下基层调研次数偏
少、时间偏短”。
2 当代区域发展研究
法固化为制度③。市直机关工委在2022年专题调研后曾提出：
作风建设要在“常”“长”二字上下功夫，既要立足当前、解决突出问题，又
要着眼长远、完善制度机制。
——市直机关工委《关于机关作风建设情况的调研报告》（2022年9月）
同志们，作风建设关乎人心向背。让我们从自身做起，从现在做起，以过硬作
风推动各项工作再上新台阶！
③参见《江城市市直机关作风建设长效机制实施办法》（江直工委发〔2023〕6号）。"""


def test_running_head_starts_a_page_where_the_notes_above_it_end(clean):
    doc, _ = clean(LECTURE_NOTES_OVER_HEAD)
    assert notes(doc)["②"].endswith("时间偏短”。")
    assert any("把好的做法固化为制度" in t for t in shown(doc))
    assert not any("当代区域发展研究" in t for t in shown(doc))


# dev text essay_canal_history, design academic_16k, read by pdftotext -layout: a one-page text
# (one form feed) whose note ③ runs on in a hanging indent (a lone leading space); where form feeds
# give the pages, that space is the note's indent, not a page mark, and the note stays whole
CANAL_NOTE_HANGING = """     一条河流的兴衰，折射着一座城市的命运。回望千年运河，我们更能体会到，
城市的发展离不开对历史的尊重，也离不开面向未来的开拓。




①《元和郡县图志》卷二十五。一说江城之名始于五代，见清光绪《江城县志》卷一《沿革》，此从前说。
②（明）王士性：《广志绎》卷二，中华书局1981年版，第23页。
③关于咸丰年间漕粮改行海运的经过及其对沿河城市的影响，学界已有较多研究，可参见倪玉平：《清代漕粮
 海运与社会变迁》，上海书店出版社2005年版，第112—168页。本文所述江城船户失业情况，据地方档案及
 民国《江城县志》卷十二《食货》整理。
④江城县地方志编纂委员会编：《江城县志》，方志出版社2010年版，第645页。
\f"""


def test_hanging_note_line_in_a_form_fed_text_continues_its_note(clean):
    doc, _ = clean(CANAL_NOTE_HANGING)
    assert notes(doc)["③"].endswith("据地方档案及民国《江城县志》卷十二《食货》整理。")
    assert not any("海运与社会变迁" in block_text(b) for a in doc.articles for b in a.blocks)


# dev text tongbao_safety_inspection, design two_columns_plain (a two-line head band over the page),
# read by pdftotext -layout: the band is set tight, then the space under it; the 通报's issuing
# office below (cut in two by the column) is the document's own, not a line of the band
TONGBAO_BAND_SET_OFF = """                               科技工作动态
2026 年第 11 期                                               江城市科学技术协会


                                          （二）对检查发现的重大事故隐患，实行挂
 江城市安全生产委员会办                            牌督办，整改不到位的一律停产停业整顿。
                                          （三）市安委办将适时组织“回头看”，对
      公室                                整改不力、问题反弹的单位和个人，按照有关规
                                        定严肃追责问责。
           江安委办〔 2026 〕 23 号
                                          附件：第三季度明查暗访发现问题清单
                                                江城市安全生产委员会办公室
关于 2026 年第三季度安全生产                                    2026 年 10 月 12 日

   明查暗访情况的通报
各区（县）安委会，市安委会各成员单位：
  为切实防范化解重大安全风险，坚决遏制较
大以上生产安全事故发生， 8 月至 9 月，市安委
办组织 6 个检查组，采取“四不两直”方式，对
全市 12 个区（县）的危险化学品、建筑施工、
道路交通、消防等重点行业领域开展明查暗访。
现将有关情况通报如下。
    一、总体情况
   本次明查暗访共检查生产经营单位 236 家，
发现各类问题隐患 917 项，其中重大事故隐患 4
项。截至 9 月 30 日，已整改到位 842 项，整改
率 91.8%，其余问题正在限期整改。从检查情况
看，各地各部门认真落实安全生产责任，重点行
业领域安全形势总体平稳。
    二、存在的主要问题
"""


def test_band_ends_where_the_space_under_it_sets_it_off(clean):
    doc, _ = clean(TONGBAO_BAND_SET_OFF)
    text = [t.replace(" ", "") for t in shown(doc)]
    assert text[0] == "江城市安全生产委员会办公室"
    assert not any("科技工作动态" in t for t in text)


# dev text standard_reading_room, design academic_16k (a local standard: clause numbers set an em
# apart from their text), read by pdftotext -layout: the wide gap after 「4.1.1」 lines up from row
# to row, but the page is one column — each row reads whole, number and text
STANDARD_CLAUSES = """城市书房建设与服务规范                                      1



                      城市书房建设与服务规范
                           DB 3209/T 0187—2026
     1     范围
     本文件规定了城市书房的选址与建设、设施设备、文献资源、服务和管理的要
求。
     本文件适用于本市行政区域内由政府设立或者社会力量参与建设的城市书房。
     2     规范性引用文件
     下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其
中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文
件，其最新版本（包括所有的修改单）适用于本文件。
     GB/T 28220    公共图书馆服务规范
     GB 50763     无障碍设计规范
     3     术语和定义
     下列术语和定义适用于本文件。
     3.1     城市书房   urban reading room
     依托公共图书馆总分馆体系设立，实行自助或者半自助服务，向公众免费开放
的阅读空间。
     4     选址与建设
     4.1     选址
     4.1.1    城市书房宜设在人口集中、交通便利的区域，步行15分钟范围内服务
人口不宜少于1万人。
     4.1.2    城市书房宜设在建筑首层；设在其他楼层的，应有电梯或者无障碍通
道直达。
     4.2     建筑面积
     4.2.1   城市书房建筑面积不宜小于150平方米，阅览座位不宜少于40个。
     4.2.2   儿童阅读区宜单独设置，面积不宜小于总面积的20%。
     注：利用既有建筑改建的城市书房，建筑面积可适当减少，但不应小于100平
方米。
     5     服务要求
     5.1     开放时间
     5.1.1   城市书房每周开放时间不应少于84小时，节假日应正常开放。
     5.1.2   实行24小时开放的城市书房，夜间应有安全巡查和应急呼叫措施。
     5.2     借阅服务
\f"""


def test_clause_numbers_set_apart_are_no_column(clean):
    doc, _ = clean(STANDARD_CLAUSES)
    text = [t.replace(" ", "").replace("\u3000", "") for t in shown(doc)]
    assert "1范围" in text
    assert "4.1.1城市书房宜设在人口集中、交通便利的区域，步行15分钟范围内服务人口不宜少于1万人。" in text


# gold_real_000_cailiao1, design kai_16_hei_heads (the title as the odd pages' running head, the
# page number at the foot), read by pdftotext -layout: page 2 ends with its number 「2」, and past
# the form feed page 3 opens with its head 「 习近平：…」 — no section number over its title (a
# printed line is on one page): the number and the head are furniture, the text runs on
CAILIAO_NUMBER_OVER_FORM_FEED = """ 习近平：加强基础研究 实现高水平科技



       材料1
  习近平：加强基础研究 实
现高水平科技自立自强
  今天，中央政治局进行第三次集
体学习，内容是加强基础研究。安排
这次集体学习，目的是分析我国基础
研究现状和挑战，了解国外加强基础
研究的主要做法，探讨加快推进我国
基础研究发展的措施。
  加强基础研究，是实现高水平科
技自立自强的迫切要求，是建设世界
科技强国的必由之路。党和国家历来
重视基础研究工作。新中国成立后，

         1
\f      读书会材料


党中央发出“向科学进军”号召，广
大科技工作者自力更生、艰苦奋斗，
取得“两弹一星”关键科学问题、人
工合成牛胰岛素、多复变函数论突
破、哥德巴赫猜想证明等重大基础研
究成果。改革开放后，我国迎来“科
学的春天”，先后实施“863计
划”、“攀登计划”、“973计
划”，基础研究整体研究实力和学术
水平显著增强。党的十八大以来，党
中央把提升原始创新能力摆在更加突
出的位置，成功组织一批重大基础研
究任务、建成一批重大科技基础设
施，基础前沿方向重大原创成果持续
涌现。
        2
\f 习近平：加强基础研究 实现高水平科技


  当前，新一轮科技革命和产业变
革深入发展，学科交叉融合不断推
进，科学研究范式发生深刻变革，科
学技术和经济社会发展加速渗透融
合，基础研究转化周期明显缩短，国
际科技竞争向基础前沿前移。应对国
际科技竞争、实现高水平科技自立自
强，推动构建新发展格局、实现高质
量发展，迫切需要我们加强基础研
究，从源头和底层解决关键技术问
题。正因为如此，党的二十大报告突
出强调要加强基础研究、突出原创、
鼓励自由探索，作出战略部署，要切
实落实到位。
  第一，强化基础研究前瞻性、战
         3
\f"""


def test_page_number_and_head_past_a_form_feed_are_no_numbered_title(clean):
    doc, _ = clean(CAILIAO_NUMBER_OVER_FORM_FEED)
    text = [t.replace(" ", "") for t in shown(doc)]
    assert any(t.startswith("当前，新一轮科技革命和产业变革深入发展") for t in text)
    assert not any("2习近平" in t or "实现高水平科技当前" in t for t in text)
