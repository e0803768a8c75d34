"""A newspaper's folio 「第N版」 read by page evidence (branch folio55; ``pages.find_pages``,
``shapes.EDITION_FOLIO_RE``, ``shapes.source_rest``).

A paper numbers its pages 第1版, 第2版 and prints the folio at the page's foot; an extractor writes
it as a line of its own, and it was read as a heading (「## 第1版」: half of the news sweep's
furniture read as headings).  The same words end a 来源 line that wrapped before them
(「来源：《江城日报》2026年9月18日」 / 「第3版」), so the shape alone cannot tell (ban54: 11 better,
44 worse): like digits alone, 第N版 is a page number at a page's edge or in the run of the pages'
numbers, and never where it completes the 来源 line above it.  Snippets are the news sweep's
inputs (seed 54) of dev texts; expected values are written from the documents.
"""

from __future__ import annotations

from booklet.shapes import source_rest

# dev news_page_county, news sweep nw54_00, pdftotext -raw: the page's foot, its folio last
COUNTY_FOOT = (
    '农民培养成懂技术、会经营的新\n农人，传统农业就能焕发新的生\n机。\n推动农业科技进步，既要\n'
    '“顶天”，在关键核心技术上攻\n关突破；也要“立地”，让先进\n适用技术真正进村入户。各级各\n'
    '部门要在完善科技服务体系上多\n下功夫，让更多农民共享科技进\n步的成果。\n'
    '来源：《江城县报》（2026年11\n月2日第1版）\n第1版\n\x0c')

# dev deeds_village_doctor, news sweep nw54_02, pdftotext: the head's pieces as blocks, and a 来源
# line wrapped before its edition (pdftotext sets every block off by blank lines)
DOCTOR_HEAD = (
    '综合新闻\n\n第1版\n\n身边的榜样\n\n三十年守护一方百姓健康\n——记江城县青石镇卫生院乡村医生刘守山\n'
    '编者按：乡村医生是农村居民健\n康的“守门人”。刘守山同志扎根山\n区三十年，走遍全镇二十一个自然村，\n'
    '用实际行动诠释了医者仁心。现将他\n的先进事迹刊发，供大家学习。\n通讯员 王春燕 李浩\n\n'
    '乡村医生”。面对荣誉，他只是笑笑：\n“我就是做了一个医生该做的事。”\n'
    '来源：《江城日报》2026年9月18日\n第3版\n\n清晨六点，天刚蒙蒙亮，青石镇\n卫生院的刘守山已经背起药箱出门了。\n'
    '这是他当乡村医生的第三十个年头。\n\x0c')

# dev briefs_county_work_digest, news sweep nw54_05, pdftotext -raw: two pages, each with its folio at
# the foot; the second page's 来源 line wraps its issue onto the line over the folio
DIGEST_PAGES = (
    '2026年5月8日 星期五 文化周刊\n中心还设立了“办不成事”反映窗口，\n由科室负责人轮流值守，专门受理群众在办\n'
    '事过程中遇到的疑难问题。窗口运行以来，\n共协调解决各类问题137件，办结率达96%。\n'
    '今年1至11月，全县新设立市场主体4260户，\n第1版\n'
    '\x0c2026年5月8日 星期五 文化周刊\n同比增长14.8%。\n县人民医院开通“一站式”出院\n结算\n'
    '（县卫生健康局供稿）\n11月20日起，县人民医院在住院部设立\n“一站式”结算窗口，患者出院时可同步完\n'
    '成医保报销、大病保险和医疗救助结算，平\n均办理时间由原来的40分钟缩短到10分钟以\n内。\n'
    '编者按：本期刊发的各单位工作动态，\n由各乡镇、县直有关单位报送，刊发时有删\n'
    '节。欢迎各单位及时报送工作中的新做法、\n新成效。\n'
    '来源：江城县人民政府办公室《工作动态》\n2026年第23期\n第2版\n\x0c')


def test_a_papers_folio_at_the_pages_foot_is_a_page_number(dealt):
    out = dealt(COUNTY_FOOT)
    assert "第1版" not in out
    assert out[-2:] == ["来源：《江城县报》（2026年11", "月2日第1版）"]


def test_a_source_lines_edition_on_a_line_of_its_own_stays_text(dealt, runs_through):
    out = dealt(DOCTOR_HEAD)
    assert runs_through(out, ["来源：《江城日报》2026年9月18日", "第3版"])
    assert "第1版" not in out and "综合新闻" not in out


def test_a_source_lines_issue_over_the_folio_stays_with_the_source(dealt, runs_through):
    out = dealt(DIGEST_PAGES)
    assert runs_through(out, ["来源：江城县人民政府办公室《工作动态》", "2026年第23期"])
    assert "第1版" not in out and "第2版" not in out


def test_source_rest_is_the_rest_a_source_line_still_owed():
    assert source_rest("来源：《江城日报》2026年9月18日", "第3版")
    assert source_rest("来源：江城县人民政府办公室《工作动态》", "2026年第23期")
    assert source_rest("园里，孩子们在老师的带领下做早操， 来源：《江城县报》2026年11月30日", "第2版")
    assert not source_rest("来源：新华社", "第3版")             # whole: a foot's folio may follow
    assert not source_rest("来源：《江城日报》2026年9月18日第3版", "第3版")
    assert not source_rest("“我就是做了一个医生该做的事。”", "第3版")
