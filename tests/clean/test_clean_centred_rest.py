"""A centred heading's last line under ``pdftotext -layout`` goes on from its full first line
(issue 10, branch layout53).

``pdftotext -layout`` writes each printed line at its place in character cells.  A heading set
centred that wraps fills its first line to the measure (written from the margin) and centres its
rest: the rest stands about half its lack to the measure in from the margin, far past a
paragraph's first-line indent.  Where that rest ends its sentence — a question's 「作用？」 — it was
read as a one-line paragraph after the full line (an indented line ending a sentence), so the
heading was cut in two: 「怎样理解“三会一课”在党员教育中的基础」 a heading, 「作用？」 a paragraph.
``setoff.centred_rest`` reads the lead against the full line's and the measure.

The snippets are real: the dev text briefs_county_work_digest set in the dev design
zhoumo_picture_across (``tests/eval/layouts.py``, three columns under a picture; page 1 of the dev
case's input), and the dev text qa_study_questions set in the heading sweep's design sw25_15
(``tests/eval/heading_sweep.py``, seed as shipped: headings set in 黑体 and centred on a 19-character
measure) and read back by ``pdftotext -layout``.
"""

from __future__ import annotations

from pathlib import Path

from booklet.model import Heading

# qa_study_questions × sw25_15 × pdftotext_layout, from the preface to the fifth question (a page
# break, its running foot and head, between): two questions whose rest is centred
QA = (Path(__file__).resolve().parents[1] / "data" / "extractions"
      / "qa_study_questions__sw25_15__pdftotext_layout.txt").read_text(encoding="utf-8")


def test_a_centred_rest_ending_the_question_is_the_headings_own(clean, texts):
    heads = texts(clean(QA)[0], Heading)
    assert "怎样理解“三会一课”在党员教育中的基础作用？" in heads
    assert "组织生活会和民主评议党员可以合并召开吗？" in heads


def test_the_answer_under_a_centred_question_stays_its_own_paragraph(clean, texts):
    blocks = texts(clean(QA)[0])
    assert "作用？" not in blocks and "吗？" not in blocks
    assert "可以。" in blocks
    assert any(t.startswith("“三会一课”是党的组织生活的基本制度") for t in blocks)


# briefs_county_work_digest × zhoumo_picture_across × pdftotext_layout, page 1: three columns; the
# third's item title 「全县完成首批“小个专”党」 / 「组织规范提升」 is centred in its column
BRIEFS = """\
周末·城乡                                             第1版   2026年12月5日


                                         院时可同步完成医保报销、大病保险
抓好冬春农田水利建设 夯实明年     青石镇“共富工坊”带动四         和医疗救助结算，平均办理时间由原
    粮食丰收基础
                      百余人就近就业            来的40分钟缩短到10分钟以内。
                       （青石镇人民政府供稿）
全县冬修水利工               青石镇依托竹编、茶叶等特色产
                                         全县完成首批“小个专”党
                    业，在村党群服务中心和闲置厂房建         组织规范提升
 程全面开工              起“共富工坊”9个，企业下单、工         （县委组织部供稿）
——首批38个项目完成投资1.6亿   坊接单、群众在家门口干活，带动农
                                           我县以小微企业、个体工商户和
        元           村留守妇女和老年人等400余人实现
                                        专业市场为重点，排查摸底“小个
                    就近就业，人均月增收1800元左右。
   县水利局 县农业农村局                          专”经营主体1.2万家，新组建党组
                      镇里还组织开展竹编技艺、电商
   11月以来，我县抢抓秋收后农田                      织43个，选派党建指导员86名，推动
                    直播等培训班6期，培训群众320人次，
空闲、降雨偏少的有利时机，组织开                        党建工作与经营发展深度融合。
                    其中21人已成为工坊的技术骨干。
展冬春农田水利基本建设。截至11月
30日，全县首批38个冬修水利项目已       优化营商环境          冬季森林防火进入关键
全部开工，完成投资1.6亿元，占年                            期
度计划的41%。           企业开办实现“一日办结”
                                            （县应急管理局供稿）
   今年的冬修水利突出“补短板、  ——县政务服务中心推行“一窗通
强弱项”，重点实施小型水库除险加                           我县已于11月1日进入森林防火
                           办”改革
固、灌区渠系配套、山塘清淤整治和                         紧要期。全县组织护林员1260名，设
                      （县行政审批服务局供稿）
高标准农田建设四类工程。各乡镇坚                         立临时检查站75个，对进山入林人员
                      今年以来，县政务服务中心将企     实行登记管理，严禁携带火种进山。
持“先急后缓、先易后难”，优先安
                   业登记、公章刻制、申领发票、社保      请广大群众自觉遵守有关规定，发现
排群众反映强烈、影响灌溉的薄弱环
                   登记和公积金开户等5个环节整合为      火情立即拨打森林火警电话。
节，计划新增和恢复灌溉面积3.2万
                   “一件事”，企业只需在一个窗口提
亩。
   为确保工程质量，县里组建了由
                   交一套材料，当天即可领取营业执照      县图书馆“全民阅读月”活
                   和公章，开办时间由原来的3个工作
水利、农业、财政等部门技术骨干组
                   日压缩到1个工作日以内。
                                            动圆满结束
成的4个督导组，实行“一周一调度、
                      中心还设立了“办不成事”反映      （县文化广电旅游体育局供稿）
半月一通报”，对进度滞后的项目及
                   窗口，由科室负责人轮流值守，专门          为期一个月的“全民阅读月”活
时约谈提醒。各项目全面推行“村民
                   受理群众在办事过程中遇到的疑难问      动日前落下帷幕。活动期间，县图书
质量监督员”制度，请群众当好工程
                   题。窗口运行以来，共协调解决各类      馆联合各乡镇综合文化站开展读书分
建设的“监理员”。
                   问题137件，办结率达96%。今年1至   享、名家讲座、亲子共读等活动52场，
     冬修水利是为群众办实事、  11月，全县新设立市场主体4260户，   参 与群众1.3万人次，新办借阅证
  为来年打基础的大事，要把好事   同比增长14.8%。            1100余张。
  办好、实事办实，决不能搞形式、
  走过场。             县人民医院开通“一站式”          城区新增公共停车泊位
  县委主要负责同志在检查工作时          出院结算              1200个
强调，要把冬修水利与乡村建设、人       （县卫生健康局供稿）         （县住房和城乡建设局供稿）
居环境整治结合起来，统筹用好各类
                      11月20日起，县人民医院在住院     我县利用边角地块、闲置空地和
资金，力争明年汛前全面完工、发挥
                    部设立“一站式”结算窗口，患者出     单位内部停车场错时开放等方式，今
效益。
                                         年在城区新增公共停车泊位1200个，
                                         并在老城区主要街道设置了30处临时
                                         停车点，有效缓解了医院、学校、农
                                         贸市场周边“停车难”问题。

                                           编者按：本期刊发的各单位
                                         工作动态，由各乡镇、县直有关
                                         单位报送，刊发时有删节。欢迎
        石门乡岭下村村民在整修灌溉渠道。 县水利局供图
                                         各单位及时报送工作中的新做法、
"""


def test_a_centred_titles_rest_in_a_column_goes_on_from_its_first_line(clean, texts):
    doc = clean(BRIEFS)[0]   # (a title over its credit opens the item since credit57: the item's title)
    blocks = texts(doc) + [a.title for a in doc.articles]
    assert "组织规范提升" not in blocks
    assert any("全县完成首批“小个专”党组织规范提升" in t for t in blocks)
