"""Rules added for other layouts and extractors (found by the robustness harness), each on a
small snippet shaped like the damage it repairs."""

from __future__ import annotations

import pytest

from booklet.clean import clean_lines
from booklet.model import FootnoteRef, Heading, Paragraph, block_text
from booklet.rawlines import Box, RawLine, Role
from booklet.report import Report


def test_kicker_ending_in_colon_before_a_two_line_title_opens_the_next_article(clean):
    # seed 001 lines 562-577: 引题 / two-line main title / 来源 — one article, no empty one.
    text = ("授予 10 名外国专家中华人民共和国国际科学技术合作奖。 \n\n"
            " 习近平在“国家工程师奖”首次评选表彰之际 \n\n作出重要指示强调： \n\n"
            "坚定科技报国为民造福理想 \n\n加快实现高水平科技自立自强服务高质量发展 \n\n来源：新华社 \n\n \n\n"
            "新华社北京 1月 19 日电 在“国家工程师奖”首次评选表彰之际，中共中央总书记、国家主席、中央军委主席习近平作出重\n\n"
            "要指示，向受表彰的“国家卓越工程师”和“国家卓越工程师团队”致以热烈祝贺。 \n")
    doc, _ = clean("全国科技大会在京召开\n\n来源：新华社\n\n" + text)
    last = doc.articles[-1]
    assert last.kicker == "习近平在“国家工程师奖”首次评选表彰之际作出重要指示强调："
    assert last.title == "坚定科技报国为民造福理想 加快实现高水平科技自立自强服务高质量发展"
    assert last.origin == "新华社" and len(last.blocks) == 1
    assert all(a.blocks for a in doc.articles)
    assert "首次评选表彰之际作出" not in block_text(doc.articles[0].blocks[-1])


def test_two_column_layout_text_is_read_column_by_column(clean):
    left = ["科技成果转化是党和国家高度重视的", "重要工作，习近平总书记多次作出重要指",
            "示，指出要加快推动科技成果转化应用。"]
    right = ["随着全球化进程迅速推进，国际竞争变得", "日益激烈，为了在竞争中赢得优势，世界",
             "各国纷纷转向了科技创新。"]
    rows = [f"{a:<{22 - len(a)}}          {b}" for a, b in zip(left, right)] * 4
    doc, _ = clean("\n".join(rows) + "\n")
    text = "".join(block_text(b) for a in doc.articles for b in a.blocks)
    assert "重要工作，习近平总书记" in text.replace("\n", "")
    assert text.index("示，指出要加快") < text.index("随着全球化进程")


def test_unindented_title_after_a_short_finished_line_in_an_indented_file(clean):
    body = ("  习近平指出，要主动融入全球创新网络，深化基础研究国际交流合作，联\n"
            "合开展气候变化、能源环境、生命健康等重大科学问题研究，更好服务\n人类发展。\n")
    text = body * 3 + "习近平：加强基础研究 实现高水平科技自立自强\n" + body * 2
    doc, _ = clean(text)
    blocks = [b for a in doc.articles for b in a.blocks]
    titles = [a.title for a in doc.articles] + [block_text(b) for b in blocks if isinstance(b, Heading)]
    assert "习近平：加强基础研究 实现高水平科技自立自强" in titles


def test_indented_first_line_before_a_page_break_runs_on(clean):
    body = ("  习近平指出，要主动融入全球创新网络，深化基础研究国际交流合作，联\n"
            "合开展气候变化、能源环境、生命健康等重大科学问题研究，更好服务\n人类发展。\n")
    text = body * 3 + "  第一，强化基础研究前瞻性、战略性、系统性布局。基础研究处于\n\n\n\n        7\n\n\n" \
        "从研究到应用、再到生产的科研链条起始端，地基打得牢，科技事业\n大厦才能建得高。\n" + body
    doc, _ = clean(text)
    paras = [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Paragraph)]
    assert any(p.startswith("第一，强化") and p.endswith("大厦才能建得高。") for p in paras)


def test_document_number_and_attachment_lines_are_not_headings(clean):
    text = ("北京理工大学党委宣传部\n宣〔2026〕11号\n关于发布学习专刊的通知\n各基层党委、党总支、直属党支部：\n"
            "为深入学习贯彻习近平总书记在加强基础研究座谈会上的重要讲话精神，进一步统一思想，凝聚共识，"
            "党委宣传部特发布学习专刊。\n附件：学习专刊\n")
    doc, _ = clean(text)
    heads = [a.title for a in doc.articles] + [a.kicker for a in doc.articles if a.kicker] + \
        [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    assert not any("〔2026〕" in h or h.startswith("附件") for h in heads)
    paras = [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Paragraph)]
    assert "宣〔2026〕11号" in paras


def test_title_wrapped_short_of_the_body_measure_is_one_heading(clean):
    body = ("党的十八大以来，以习近平同志为核心的党中央高度重视基础研究，作出一系列重大决策部署，\n"
            "推动我国基础研究取得显著成效，基础前沿方向重大原创成果持续涌现，科技事业取得历史性\n"
            "成就、发生历史性变革。\n")
    text = body * 2 + "习近平总书记在加强基础研究座谈会上的重要\n讲话精神学习专刊\n" + body * 2
    doc, _ = clean(text)
    heads = [a.title for a in doc.articles] + \
        [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    assert "习近平总书记在加强基础研究座谈会上的重要讲话精神学习专刊" in heads


def _pdf_line(text: str, n: int, *, x0: float = 0.0, para_start: bool | None = None,
              x1: float | None = None, role: Role | None = None) -> RawLine:
    box = Box(x0, x1 if x1 is not None else x0 + 10.5 * len(text), 20.0 * n, 10.5, 231.0)
    return RawLine(text, n, page=1, role=role, para_start=para_start, box=box)


def test_reader_start_after_a_ragged_line_that_stops_mid_sentence_is_not_trusted():
    rows = [_pdf_line("改革开放后，我国迎来“科学的春天”，先后实施“863", 1, para_start=True),
            _pdf_line("计划”、“973计划”，基础研究整体研究实力和", 2, para_start=False),
            _pdf_line("学术水平显著增强。", 3, para_start=True),
            _pdf_line("当前，新一轮科技革命和产业变革深入发展。", 4, x0=21.0, para_start=True)]
    doc = clean_lines(rows, Report())
    paras = [block_text(b) for a in doc.articles for b in a.blocks]
    assert paras[-2].endswith("基础研究整体研究实力和学术水平显著增强。")
    assert paras[-1].startswith("当前")


def test_pdf_lines_keep_shape_headings_besides_the_reader_markup():
    body = "党的二十大报告提出，教育、科技、人才是全面建设社会主义现代化国家的基础性、战略性支撑。"
    rows = [RawLine("第1章 科技成果转化概述", 1, page=1, role=Role.TITLE, box=Box(40.0, 200.0, 20.0, 16.0, 231.0)),
            _pdf_line(body, 2, x0=21.0, para_start=True), _pdf_line("1.1 研究背景", 3, x0=80.0, para_start=True),
            _pdf_line(body, 4, x0=21.0, para_start=True)]
    doc = clean_lines(rows, Report())
    assert [block_text(b) for a in doc.articles for b in a.blocks if isinstance(b, Heading)] == ["1.1 研究背景"]


def test_bracketed_footnote_markers_and_bodies_at_the_page_bottom(clean):
    body = ("科技成果转化是党和国家高度重视的重要工作，习近平总书记多次作出重要指示，指出要加快推动科技\n"
            "成果转化应用，加快建设高水平技术交易市场，加大金融投资对科技成果转化的支持[1]。\n")
    page = body + "[1] 赵云.历史制度主义视角下国家战略科技力量的逻辑与演进[J].实验室研究与探索,\n2023,42(10):140-147.\n{n}\n"
    doc, _ = clean("".join(page.format(n=n) for n in range(1, 4)))
    art = doc.articles[0]
    assert len(art.footnotes) == 3 and all(f.label == "[1]" for f in art.footnotes)
    assert block_text(art.footnotes[0]).startswith("赵云.") and block_text(art.footnotes[0]).endswith("140-147.")
    assert not any("赵云" in block_text(b) for b in art.blocks)
    assert any(isinstance(i, FootnoteRef) for b in art.blocks for i in getattr(b, "inlines", ()))


@pytest.mark.parametrize("byline", ["本报记者 张晓松 朱基钗", "新华社记者 王五", "作者：李四（中国科学院院士）"])
def test_labelled_byline_under_a_title_is_the_author_not_part_of_the_title(clean, byline):
    body = ("党的十八大以来，以习近平同志为核心的党中央高度重视基础研究，作出一系列重大决策部署，推\n"
            "动我国基础研究取得显著成效，基础前沿方向重大原创成果持续涌现，科技事业取得历史性成就。\n")
    doc, _ = clean(f"加强基础研究 筑牢科技强国根基\n{byline}\n来源：人民日报\n" + body * 3)
    art = doc.articles[0]
    assert (art.title, art.author, art.origin) == ("加强基础研究 筑牢科技强国根基", byline, "人民日报")


def test_running_head_before_a_short_word_on_a_later_page_is_still_furniture(clean):
    body = "加强基础研究，是实现高水平科技自立自强的迫切要求，是建设世界科技强国的必由之路。\n"
    text = "学习资料汇编\n北京理工大学党委宣传部\n" + body + "·1·\n学习资料汇编\n目录\n" + body + \
        "".join(f"·{n}·\n学习资料汇编\n" + body for n in range(2, 5))
    doc, report = clean(text)
    assert sum(r.text == "学习资料汇编" for r in report.removals) == 5


def test_signature_line_ending_in_a_date_is_not_a_heading(clean):
    body = ("为深入学习贯彻习近平总书记在加强基础研究座谈会上的重要讲话精神，进一步统一思想，凝聚共识，\n"
            "为建设科技强国贡献力量，党委宣传部特发布学习专刊。各单位可选取有关内容纳入学习。\n")
    doc, _ = clean(body * 3 + "党委宣传部 2026年5月12日\n" + body * 2)
    assert not [b for a in doc.articles for b in a.blocks if isinstance(b, Heading)]
    assert all("2026年5月12日" not in a.title for a in doc.articles)


def test_source_line_wrapped_inside_its_brackets_stays_one_line(clean):
    body = ("这次大会是在以中国式现代化全面推进强国建设、民族复兴伟业关键时期召开的一次科技盛会。首\n"
            "先，我代表党中央，向获得2023年度国家科学技术奖励的集体和个人表示热烈祝贺！\n")
    doc, _ = clean("习近平：在全国科技大会上的讲话\n来源：《人民日报》（2024年06月25\n日02版）\n" + body * 3)
    art = doc.articles[0]
    assert art.source_line == "来源：《人民日报》（2024年06月25日02版）" and art.date == "2024-06-25"


def test_markdown_heading_loses_trailing_ideographic_spaces(clean):
    doc, _ = clean("# 加强基础研究\u3000\u3000# \n", markdown=True)
    assert doc.articles[0].title == "加强基础研究"


def test_footer_with_the_page_number_on_every_page_is_furniture(clean):
    body = ("党的十八大以来，以习近平同志为核心的党中央高度重视基础研究，作出一系列重大决策部署，推\n"
            "动我国基础研究取得显著成效，基础前沿方向重大原创成果持续涌现，科技事业取得历史性成就\n")
    last = "而且，科技成果转化也是一项系统工程①。\n①方晓霞.创新价值链视域下高职院校科技成果转化路径研究[J].\n"
    doc, report = clean("".join(body * 5 + last + f"主题教育学习资料  {n}\n" for n in range(3, 8)))
    assert sum(r.text.startswith("主题教育学习资料") for r in report.removals) == 5
    art = doc.articles[0]
    assert len(art.footnotes) == 5 and not any("方晓霞" in block_text(b) for b in art.blocks)


def test_no_block_ends_on_an_opening_quote_even_when_the_reader_says_so():
    rows = [_pdf_line("要坚持“四个面向”，坚持目标导向和自由探索“", 1, x1=220.0, para_start=True),
            _pdf_line("两条腿走路”，把世界科技前沿同国家重大战略需求结合起来。", 2, x1=231.0, para_start=True)]
    doc = clean_lines(rows, Report())
    assert [block_text(b) for a in doc.articles for b in a.blocks] == [
        "要坚持“四个面向”，坚持目标导向和自由探索“两条腿走路”，把世界科技前沿同国家重大战略需求结合起来。"]


def test_caption_whose_reader_flagged_only_the_credit_line_is_one_caption():
    from booklet.model import Caption
    body = "科技兴则民族兴，科技强则国家强。我们党历来高度重视科技事业发展，党的十八大以来成就显著。"
    rows = [_pdf_line(body, 1, x0=21.0, x1=231.0, para_start=True),
            _pdf_line("2024年6月24日，全国科技大会在北京人民大会堂隆重召开。习近平", 2, x1=231.0, para_start=True),
            _pdf_line("出席大会并发表重要讲话。新华社记者 姚大伟/摄", 3, x1=150.0, para_start=True,
                      role=Role.CAPTION),
            _pdf_line(body, 4, x0=21.0, x1=231.0, para_start=True)]
    doc = clean_lines(rows, Report())
    captions = [b.text for a in doc.articles for b in a.blocks if isinstance(b, Caption)]
    assert captions == ["2024年6月24日，全国科技大会在北京人民大会堂隆重召开。习近平出席大会并发表重要讲话。新华社记者 姚大伟/摄"]
