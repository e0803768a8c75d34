"""A guessed heading that ends the text, with nothing under it, is a closing line: a paragraph
(rule ``closing_lines``; issue 10).

A heading heads the text under it, so the last block of a text cannot be one.  Short unpunctuated
lines end many documents — a 公文's imprint row (「江城市民政局办公室　2026年10月20日印发」), an issue row, a
contact or distribution line — and the heading guess reads them by their shape.  Counted on the
evaluation's dev set: 37 cases better (imprint rows, 来源 lines, signers, a page's running-head
pieces left at the end), 5 worse — column pages whose reading order put a title last.  A heading
whose numbering another heading of the text shares stays (「二、…」 after 「一、…」: a heading by its
series, wherever a snippet or the reading order cut the text off).

The text is real: the dev text request_qingshi_banji set in the dev design ``wide_tight`` and read
back by ``pdftotext -layout`` — the whole document.  The test fails with the
rule switched off.
"""

from __future__ import annotations

from booklet.model import Heading, Paragraph

# request_qingshi_banji × wide_tight × pdftotext -layout
IMPRINT_LAST = """\
                        江民〔 2026 〕 47 号

          江城市民政局关于提高城乡最低生活保障标准的请示
市人民政府：
  为贯彻落实省政府关于进一步做好困难群众基本生活保障工作的部署，切实保障城乡低保对
象基本生活，根据全市经济社会发展水平和居民消费价格变动情况，经测算，拟提高全市城乡最
低生活保障标准。现将有关情况请示如下：
  一、现行标准和保障情况
  2025 年 7 月起，我市城市低保标准为每人每月 960 元，农村低保标准为每人每月 780 元。
截至 2026 年 9 月底，全市共有城乡低保对象 2.86 万户、 4.37 万人，其中城市低保对象 1.12 万
人，农村低保对象 3.25 万人，全年预计发放低保金 3.9 亿元。
  二、调整标准的依据
  按照省里提出的“低保标准与当地居民人均消费支出挂钩”的要求，城乡低保标准原则上按
照上年度当地居民人均消费支出的 30%左右确定。 2025 年我市城镇居民人均消费支出为 39760
元，农村居民人均消费支出为 27580 元，据此测算，城市低保标准应不低于每人每月 994 元，农
村低保标准应不低于每人每月 690 元。综合考虑城乡统筹发展要求，建议农村标准同步提高。
  三、调整方案
  （一）城市低保标准由每人每月 960 元提高到 1000 元，增加 40 元，增幅 4.2%。
  （二）农村低保标准由每人每月 780 元提高到 830 元，增加 50 元，增幅 6.4%。
  （三）特困人员基本生活标准按照不低于当地低保标准 1.3 倍的规定相应调整，城市由每人
每月 1248 元提高到 1300 元，农村由每人每月 1014 元提高到 1079 元。
  （四）新标准从 2027 年 1 月 1 日起执行。
  四、资金测算和保障
  按现有保障人数测算，标准调整后全年需增加低保资金约 2460 万元，增加特困人员供养资
金约 580 万元，合计 3040 万元。所需资金按照现行财政体制由市、区县两级分担，市级财政对
远郊县给予适当倾斜。
  妥否，请批示。
  附件： 1 ．江城市城乡低保标准调整测算表
  2 ．周边城市城乡低保标准情况
                                                   江城市民政局
                                              2026 年 10 月 20 日
  （联系人：社会救助处 周立新，电话： 68820517 ）
  抄送：市委办公室，市人大常委会办公室，市政协办公室，市财政局。
  江城市民政局办公室                2026 年 10 月 20 日印发




                              1/1
"""


def test_the_imprint_row_ending_the_text_is_a_paragraph(clean, texts):
    doc, report = clean(IMPRINT_LAST)
    assert texts(doc)[-1] == "江城市民政局办公室2026年10月20日印发"
    assert "江城市民政局办公室2026年10月20日印发" in texts(doc, Paragraph)
    assert texts(doc, Heading)[-1] == "四、资金测算和保障"
    assert any(d.rule == "closing_lines" for d in report.decisions)


def test_switched_off_the_heading_guess_stands(clean, texts):
    doc, _ = clean(IMPRINT_LAST, closing_lines=False)
    assert texts(doc, Heading)[-1] == texts(doc)[-1]


def test_a_text_of_headings_alone_keeps_its_last(clean, texts):
    doc, _ = clean("一、总体要求\n\n二、重点任务\n\n三、保障措施\n")
    assert texts(doc, Heading)[-1] == "三、保障措施"


def test_an_item_of_a_heading_series_stays(clean, texts):
    doc, _ = clean("关于做好工作的通知\n\n一、总体要求\n全面推进各项工作，确保取得实效。\n二、重点任务\n")
    assert texts(doc, Heading) == ["一、总体要求", "二、重点任务"]


def test_a_heading_the_file_marks_stays(clean, texts):
    doc, _ = clean("# 工作要点\n\n全面推进各项工作，确保取得实效。\n\n## 附件\n", markdown=True)
    assert texts(doc, Heading)[-1] == "附件"
