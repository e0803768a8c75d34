"""Whole pages whose columns an extractor interleaved, read back column by column (issue 10,
family 1; ``booklet/clean/flow.py``), each a real dev extraction kept in ``tests/data/extractions``.

Uneven columns (``UNEVEN``): a page whose columns fill it unevenly: its lines take turns while two
columns hold text, and the column that goes on further runs on alone below (``flow._turn_stretch``).

The page is plain ``pdftotext``'s reading of the dev text ``speech_county_meeting`` set in the
design ``neikan_three_all``.  The speech's close (``三、切实转变工作
作风…`` … ``不懈奋斗！``) and the section of its report beside it (``（一）产业发展势头向好`` …)
take turns line by line; then the speech has ended and the report's column runs on alone
(``个工作日以内…`` … ``（三）民生保障更加有力``).  Too few of the page's lines take turns for the
page to be read as turns throughout.

Votes weighed by evidence (``VOTES``): a news page in two columns whose turns show in few breaks, most
of them words cut at a line's end: each break votes as strongly as what it rests on (``flow._turn_stretch``:
a word the dictionary reads across a break a round of rows later outweighs a pair of characters
the text holds elsewhere).

The page is pdfplumber's reading of the dev text ``news_page_city_briefs`` set in the design
``two_columns_hanging``.  The briefs take turns with the lead report beside them; one headline line
beside a report's lines makes a break go on into the next row (``研究`` / ``部署``), which counted as
much against the turns as two pairs for them, and the page was left interleaved.

A column that has ended (``ENDED``): a page whose right column's text ends well above the foot, the
left column running on alone below it; the breaks below the turns that tell go on into the next
row, but too few in a row for ``RUN_BREAKS`` (half the breaks come after punctuation and tell
nothing), so the ended column kept taking turns and was dealt the left column's lines (``flow._tail``).
The column that runs on to the foot of the page is the one the typesetter filled first: it is read
first.

The page is pdfplumber's reading of the dev text ``essay_study_experience`` set in the design
``neikan_three_all`` (two of its columns hold the essay): the essay's close, ending with the
author's unit (``（作者单位：……社会救助`` / ``科）``), stands at the top of the right column; the left
column runs on from the essay's start to the line the close goes on from (``一张证明晚开一天，群众可能就``).
The lines reach ``column_flow`` after the rules the cleaner runs before it on the lines stage.
"""

from __future__ import annotations

from pathlib import Path

from booklet.clean import furniture, runs, separators
from booklet.clean.flow import _rows_block, _written_in_runs, column_flow, text_pairs
from booklet.clean.lines import to_lines
from booklet.readers.text import raw_lines
from booklet.report import Report

EXTRACTIONS = Path(__file__).resolve().parents[1] / "data" / "extractions"

UNEVEN = EXTRACTIONS / "speech_county_meeting__neikan_three_all__pdftotext.txt"

CLOSE = ["三、切实转变工作作风，进一步", "提升落实质效", "抓落实，关键在干部。全县各级",
         "领导干部要树立正确政绩观，把心思", "和精力用在干事创业上，做到重点工", "作亲自部署、重大问题亲自过问、关",
         "键环节亲自协调。", "同志们，新的一年，任务艰巨，", "使命光荣。让我们更加紧密地团结在",
         "以习近平同志为核心的党中央周围，", "锐意进取、埋头苦干，为谱写县域高", "质量发展新篇章而不懈奋斗！"]
REPORT = ["（一）产业发展势头向好", "新签约亿元以上项目47个，总投", "资达到312亿元，其中10亿元以上项",
          "目9个。新能源装备、绿色食品两个", "主导产业产值分别突破百亿元，规模", "以上工业企业新增28家，总数达到",
          "316家。", "（二）改革攻坚持续深化", "我们在全市率先推行“一件事一", "次办”改革，企业开办时间压缩到1"]
REPORT_ALONE = ["个工作日以内，工程建设项目审批时", "间压缩到60个工作日以内。县属国有", "企业整合重组基本完成，平台公司市",
                "场化转型迈出实质性步伐。", "（三）民生保障更加有力"]

VOTES = EXTRACTIONS / "news_page_city_briefs__two_columns_hanging__pdfplumber.txt"

BRIEF = ["近日，东湖街道青石社区“共享工具", "间”正式开放。居民凭借社区积分，可免费", "借用电钻、梯子、缝纫机等40余种工具。"]
LEAD_REPORT = ["会议要求，要抓好蔬菜、肉类等重要民", "生商品保供稳价，加大对困难群众的走访慰",
          "问力度，切实把党和政府的温暖送到群众心", "坎上。"]
TRAINS = ["记者从铁路部门获悉，自12月1日起，", "江城高铁站新增6对始发列车，通达省会及", "周边主要城市。铁路部门提醒旅客提前通过",
          "官方渠道购票。"]

ENDED = EXTRACTIONS / "essay_study_experience__neikan_three_all__pdfplumber.txt"

LEFT_ALONE = ["读原著、学原文、悟原理，没有", "捷径可走。我给自己定了个小目标：", "每天读原文不少于半小时，每周写一",
              "篇学习笔记。", "“实”字托底：把论述落到每一户", "困难家庭", "学习的目的全在于运用。读书班",
              "期间，我们组织到城东街道开展了一", "次入户走访，一天走了十一户。"]
LEFT_FOOT = ["民政工作千头万绪，件件连着民", "生，事事关乎民心。在群众眼里，没", "有“小事”。", "一张证明晚开一天，群众可能就"]
RIGHT_CLOSE = ["路虽远，行则将至；事虽难，做", "则必成。我相信，只要我们始终把群", "众放在心上，就一定能把民生实事办",
               "好办实。", "（作者单位：江城市民政局社会救助", "科）"]


def test_lines_taking_turns_go_back_to_their_columns(flowed, runs_through):
    out = flowed(UNEVEN.read_text(encoding="utf-8"))
    assert runs_through(out, CLOSE)
    assert runs_through(out, REPORT)


def test_the_column_that_runs_on_alone_below_keeps_its_lines(flowed, runs_through):
    # (read as turns to the page's end, the report's tail was dealt out between the two columns)
    assert runs_through(flowed(UNEVEN.read_text(encoding="utf-8")), REPORT + REPORT_ALONE)


def test_lines_of_one_column_throughout_are_left_alone():
    rows = REPORT + REPORT_ALONE + CLOSE
    lines = to_lines(raw_lines("\n".join(rows) + "\n"))
    assert [line.text for line in column_flow(lines, Report().log("column_flow"))] == rows


def test_votes_weighted_by_evidence_send_lines_back_to_their_columns(flowed, runs_through):
    out = flowed(VOTES.read_text(encoding="utf-8"))
    assert runs_through(out, BRIEF)
    assert runs_through(out, LEAD_REPORT)
    assert runs_through(out, TRAINS)


def lines_stage(page: Path) -> list[str]:
    """The page through the rules the cleaner runs on the lines stage before ``column_flow``."""
    lines = to_lines(raw_lines(page.read_text(encoding="utf-8")))
    for rule in (separators.mark_separators, furniture.strip_web_boilerplate, furniture.mark_page_starts,
                 runs.rejoin_runs, furniture.strip_furniture):
        lines = rule(lines, Report().log("lines"))
    return [line.text for line in column_flow(lines, Report().log("column_flow"))]


def test_a_column_whose_text_has_ended_takes_no_more_turns(runs_through):
    # (taking turns to the foot, the ended column was dealt the lines between the author's unit and ``科）``)
    out = lines_stage(ENDED)
    assert runs_through(out, RIGHT_CLOSE)
    assert runs_through(out, LEFT_ALONE)
    assert runs_through(out, LEFT_FOOT)


def test_the_column_that_reaches_the_foot_is_read_before_the_one_that_ended():
    out = lines_stage(ENDED)
    assert out[-len(RIGHT_CLOSE):] == RIGHT_CLOSE
    assert out.index(LEFT_FOOT[-1]) < out.index(RIGHT_CLOSE[0])


BLOCKS = EXTRACTIONS / "interview_rural_revitalization__weekly_two_of_three__pdftotext.txt"


def test_a_tail_is_read_first_only_where_the_extractor_wrote_rows():
    # Plain pdftotext's reading of the dev text ``interview_rural_revitalization`` set in the design
    # ``weekly_two_of_three``: it writes blocks, blank lines between them, and sets the other
    # column's blocks (``红”的办法，并把带农增收情况作`` …) below the answer that runs on alone
    # (``答：简单说，就是产业链条要`` …).  Read as a column reaching the foot, that answer came before
    # the interview's title and lead.
    out = lines_stage(BLOCKS)
    assert out.index("让农民在产业发展中得到更") < out.index("——访江城市农业农村局主要负责同志")
    assert out.index("——访江城市农业农村局主要负责同志") < out.index("答：简单说，就是产业链条要")
    assert out.index("编者按：今年以来，江城市把") < out.index("答：简单说，就是产业链条要")


LEAD_RUNS_ON = ["坎上。", "小切口解决大问题", "一张“明白卡”让办事少跑腿", "——江城区推行政务服务“一次告知”见", "闻",
                "本报记者 田思远 通讯员 韩冰"]
TRAINS_CLOSE = TRAINS + ["来源：《江城日报》2026年11月26日第2版"]


def test_the_turns_end_where_a_column_closes_its_item(flowed, runs_through):
    # The briefs' column of ``VOTES`` ends with the trains item's 来源 line, four rows above the first
    # break below the turns that goes on into the next row (``见`` / ``闻``); the rows between are the
    # lead report's column running on alone (``坎上。``, the next report's headlines), which taking
    # turns to that break dealt out between the two columns (``flow._tail``: the item's closer).
    out = flowed(VOTES.read_text(encoding="utf-8"))
    assert runs_through(out, LEAD_REPORT + LEAD_RUNS_ON[1:])
    assert runs_through(out, TRAINS_CLOSE)
    assert runs_through(lines_stage(VOTES), LEAD_RUNS_ON)


def test_lines_that_close_an_item_and_lines_that_only_end_a_paragraph():
    from booklet.clean.flow import _closes_item

    def rows(*texts: str) -> list:
        return to_lines(raw_lines("\n".join(texts) + "\n"))

    # (two columns taking turns: a column's line before is two rows up)
    whole = rows("周边主要城市。铁路部门提醒旅客提前通过", "生商品保供稳价，加大对困难群众的走访慰", "官方渠道购票。",
                 "问力度，切实把党和政府的温暖送到群众心", "来源：《江城日报》2026年11月26日第2版", "坎上。")
    assert _closes_item(whole, 4, 2)
    assert not _closes_item(whole, 2, 2) and not _closes_item(whole, 5, 2)   # (a paragraph's last line)
    # a 来源 line cut inside its date closes the item with the date's rest (dev culture_weekly,
    # tabloid_three_columns, pdfplumber), not before
    cut = rows("来源：《江城日报》2026年11", "局在12个社区设立非遗工坊，", "月20日第7版", "邀请剪纸、竹编、面塑等项目")
    assert not _closes_item(cut, 0, 2) and _closes_item(cut, 2, 2) and not _closes_item(cut, 3, 2)
    # an essay's unit wrapped inside its bracket (dev essay_study_experience)
    unit = rows("（作者单位：江城市民政局社会救助", "有“小事”。", "科）")
    assert not _closes_item(unit, 0, 2) and _closes_item(unit, 2, 2)


# pdfplumber's reading of the dev text ``essay_study_experience`` set in the design ``news_three_tight``:
# the headline (``在学思践悟`` / ``中筑牢为民`` / ``初心``) shifts the left column's line grid, and its
# lines take turns with rows holding a line of each of the other two columns, split at the gutter
# (``东街道开展了一次入户走访，束了，但学习不能结束。``): a round of two rows holds three lines.  No row
# holds all three columns side by side, so the widest split row spans two measures only.
THREE_IN_TWO = EXTRACTIONS / "essay_study_experience__news_three_tight__pdfplumber.txt"

LEFT_START = ["江城市民政局 张晓燕", "近期，按照机关党委统", "一安排，我认真参加了专题", "读书班，系统学习了有关民",
              "生保障工作的重要论述。几", "天学下来，感触很深，收获", "很大。结合自己多年从事社",
              "会救助工作的经历，谈几点", "粗浅体会。"]
RIGHT_END = ["路虽远，行则将至；事", "虽难，做则必成。我相信，", "只要我们始终把群众放在心", "上，就一定能把民生实事办",
             "好办实。", "（作者单位：江城市民政局", "社会救助科）"]


def test_a_round_of_two_rows_holding_three_lines_is_read_as_three_columns(runs_through):
    # (dealt as two columns, the left column's lines were paired off with the split rows' lines)
    out = lines_stage(THREE_IN_TWO)
    assert runs_through(out, LEFT_START)
    assert runs_through(out, RIGHT_END)


def test_the_lines_a_round_of_rows_holds(monkeypatch):
    from booklet.clean import flow

    counted: list[int] = []
    count = flow._round_lines
    monkeypatch.setattr(flow, "_round_lines", lambda *args: counted.append(count(*args)) or counted[-1])
    lines_stage(THREE_IN_TWO)
    assert counted == [3]
    # two columns taking turns, a row of both where their baselines meet (``VOTES``, ``ENDED``): each
    # line of such a row goes on into one of the next rows, not a round later; no third column
    for page in (VOTES, ENDED):
        counted.clear()
        lines_stage(page)
        assert counted and max(counted) < 3


# pdfplumber's reading of the dev text ``notice_theory_study`` set in the design ``news_three_tight``:
# the notice's headline (``中共江城市委`` / ``宣传部`` / … / ``的通知``), set large in the left column,
# takes turns with rows holding a line of each of the other two columns, split at the gutter; beside
# the headline's tall lines a round of rows holds one row or two, so a split row's lines go on in the
# next split row (``措，准确把握进一步全面深`` … ``化改革的总体要求。各单位``), not a fixed period later.
# The right column (the notice's requirements, ``三、工作要求`` …) ends a third of the way down; the
# left two run on to the foot.
ROUNDS_STRETCHED = EXTRACTIONS / "notice_theory_study__news_three_tight__pdfplumber.txt"

MIDDLE_RUN = ["重点学习全会审议通过", "的决定和说明，深刻领会全", "会提出的目标任务、重大举", "措，准确把握进一步全面深",
              "化改革的总体要求。各单位", "要把学习全会精神同贯彻落", "实市委全会部署结合起来，", "同谋划明年工作结合起来。"]
RIGHT_RUN = ["三、工作要求", "各单位要高度重视，把", "中心组学习作为一项政治任", "务抓紧抓好。党委（党组）",
             "书记要认真履行第一责任人", "职责，带头学习、带头研讨、", "带头调研。要严格落实学习",
             "考勤、学习通报等制度，对", "学习不认真、流于形式的，", "予以通报批评。"]


def test_a_round_of_rows_ends_at_the_next_split_row(monkeypatch, runs_through):
    from booklet.clean import flow

    counted: list[int] = []
    count = flow._round_lines
    monkeypatch.setattr(flow, "_round_lines", lambda *args: counted.append(count(*args)) or counted[-1])
    out = lines_stage(ROUNDS_STRETCHED)
    assert counted == [3]
    # (dealt as two columns, the right column's lines were paired off with the headline's)
    assert runs_through(out, MIDDLE_RUN)
    assert runs_through(out, RIGHT_RUN)


# A page whose columns share baselines down to a row, one column running on alone below it
# (``SHARED``): pdfplumber's reading of the dev text ``qa_policy_interpretation`` set in the design
# ``two_columns_hanging``.  Its two columns' lines stand side by side, row after row, a space between
# (split at the gutter), down to the row where the right column's text ends with the notice's date
# (``2026年11月20日``); below, the left column runs on alone to the foot (``边缘家庭中的老年人；`` …
# ``份证、户口簿等材料。也可以通过“江城民``).  The page had too many split rows to be read as a few at the
# top, so its rows took turns to the foot and its single rows below were dealt out between the two
# columns (``flow._turns_end``: the tail below the last row split into every column).
SHARED = EXTRACTIONS / "qa_policy_interpretation__two_columns_hanging__pdfplumber.txt"

# (the row ``务补贴： 江城市民政局``, no wider than a column, may be one line or a line of each column:
# read whole, it is left out here)
SHARED_LEFT = ["（一）城乡特困人员、低保对象和低保", "边缘家庭中的老年人；", "（二）经评估为失能、半失能的老年人；",
               "（三）80周岁以上的独居、空巢老年人；", "（四）计划生育特殊家庭中的老年人。", "三、补贴标准是多少？",
               "补贴按照老年人的经济状况和能力评估", "等级分档确定，每人每月100元至600元不等。"]
SHARED_FOOT = ["申请人本人或者其委托人向户籍所在地", "村（社区）提出申请，填写申请表，提供身", "份证、户口簿等材料。也可以通过“江城民"]
SHARED_RIGHT = ["附件：1.江城市居家养老服务补贴申请", "表", "2.江城市老年人能力评估标准", "3.居家养老服务项目和价格目录"]


def test_below_the_last_row_split_into_every_column_one_column_runs_on_alone(runs_through):
    out = lines_stage(SHARED)
    assert runs_through(out, SHARED_LEFT)
    assert runs_through(out, SHARED_FOOT)
    assert runs_through(out, SHARED_RIGHT)
    # (the column reaching the foot is the one the typesetter filled first)
    assert out.index(SHARED_FOOT[-1]) < out.index(SHARED_RIGHT[0])


def test_no_tail_below_split_rows_where_the_rows_below_take_turns():
    from booklet.clean.flow import _tail_below_split

    # the breaks below the last split row (row 5) go on a round of rows later (votes for turns) or
    # say too little: the columns still take turns there, no column runs alone
    assert _tail_below_split([(7, 1.0), (9, -1.0)], 5) == 0
    assert _tail_below_split([(7, -1.0), (9, -1.0)], 5) == 0   # (two pairs: less than ``TAIL_MIN``)
    assert _tail_below_split([(3, 1.0), (7, -1.5), (8, -1.0), (9, -2.0)], 5) == 6


SHARED_TITLE = ["《江城市居家养老服务补", "贴办法》政策解读", "近日，市民政局、市财政局联合印发"]
SHARED_TURN = ["份证、户口簿等材料。也可以通过“江城民", "政”微信小程序在线申请。村（社区）受理",
               "后5个工作日内完成初审，乡镇（街道）10", "个工作日内完成审核，区民政部门5个工作", "日内完成审批。",
               "五、与原政策相比有哪些变化？"]


def test_the_lines_above_the_first_split_row_go_to_the_column_they_run_on_into(runs_through):
    # ``SHARED``'s top rows, above its first row split at the gutter, hold the title set large in the
    # left column and the end of the right column's first answer beside it; nothing across their
    # breaks into the split rows tells their column (a title's open line, a stop), and they were dealt
    # the other way round: the answer's end read before the title.  The left column's foot goes on
    # into the right column's top (``江城民`` / ``政”微信``: 民政), which sends them back
    # (``flow._top_labels``).
    out = lines_stage(SHARED)
    assert out[:len(SHARED_TITLE)] == SHARED_TITLE
    assert runs_through(out, SHARED_TURN)


# The first column runs alone below the turns (``FIRST_ALONE``): pdfplumber's reading of the dev text
# ``essay_study_experience`` set in the design ``two_columns_hanging``: the columns share baselines down
# to the row holding the author's unit, the essay's last line, at the foot of the right column; the
# left column runs on alone below it to the foot of the page.  Below the turns the row before's column
# went on, and that was the column the last row taken by turn had been dealt to: here the right
# one, which then took the whole of the left column's tail (``flow._deal``: outside the turns, on a
# page whose split rows label the columns, the first column runs alone).
FIRST_ALONE = EXTRACTIONS / "essay_study_experience__two_columns_hanging__pdfplumber.txt"

ALONE_LEFT = ["读原著、学原文、悟原理，没有捷径可", "走。我给自己定了个小目标：每天读原文不", "少于半小时，每周写一篇学习笔记。",
              "“实”字托底：把论述落到每一户困难家", "庭", "学习的目的全在于运用。读书班期间，"]
ALONE_FOOT = ["把群众的小事当作自己的大事！", "民政工作千头万绪，件件连着民生，事", "事关乎民心。在群众眼里，没有“小事”。",
              "一张证明晚开一天，群众可能就要多跑"]
ALONE_CLOSE = ["路虽远，行则将至；事虽难，做则必成。", "我相信，只要我们始终把群众放在心上，就", "一定能把民生实事办好办实。",
               "（作者单位：江城市民政局社会救助科）"]


def test_below_the_turns_the_first_column_runs_alone(runs_through):
    out = lines_stage(FIRST_ALONE)
    assert runs_through(out, ALONE_LEFT)
    assert runs_through(out, ALONE_FOOT)   # (and the left column's foot goes on into the right's top)
    assert out[-len(ALONE_CLOSE):] == ALONE_CLOSE


# Runs of one column kept whole (``flow._written_in_runs``, ``flow._blocks_round_dealt``). Plain pdftotext's
# reading of the dev text ``literature_guxiang`` set in the design ``two_columns_open``: it writes the page as
# blocks, the top ones of one to four lines alternating between the columns by height, the later ones long
# runs of one column read in order (``虽然没有进步，也未必有如我所感的悲凉，这`` /
# ``只是我自己心情的改变罢了，因为我这次回`` / ``乡，本没有什么好心绪。`` / ``我这次是专为了别他而来的。…``).
# Dealt by turns, those runs were torn apart; the page was then left as written, for ``order`` to place its
# blocks, and is now dealt round by round into whole columns (plain75b).
RUNS = EXTRACTIONS / "literature_guxiang__two_columns_open__pdftotext.txt"
RUN = ["虽然没有进步，也未必有如我所感的悲凉，这", "只是我自己心情的改变罢了，因为我这次回", "乡，本没有什么好心绪。",
       "我这次是专为了别他而来的。我们多年聚"]
# Plain pdftotext's reading of the dev text ``lecture_party_style`` set in the design
# ``neikan_narrow_ruled``: its blocks are few, but one of them holds the rows of three narrow columns
# whose baselines meet (``作风还存在一些不容忽视 整改清单和责任清单，做``): a block of rows, and the page is
# still dealt by turns — the left column's opening paragraph reads on again (its line justified
# letter-spaced, cut from its row, is the column's full line without the spread's spaces: ``flow._split``).
ROWS = EXTRACTIONS / "lecture_party_style__neikan_narrow_ruled__pdftotext.txt"
OPENING = ["今天，我围绕“锤炼", "过硬作风、勇于担当作", "为”这个主题，同大家交", "流几点学习体会。"]


def test_a_page_written_in_runs_of_one_column_keeps_its_runs_whole_left_column_first(runs_through):
    out = lines_stage(RUNS)
    assert runs_through(out, RUN)
    # (plain75b: the blocks come round by round at its top, so ``flow._blocks_round_dealt`` deals the
    # page into its two columns, runs whole, the left one first — the one opening on the title — and
    # every line of the page kept; before, it was left as written for ``order`` to place)
    assert sorted(out) == sorted(line.text for line in _page_lines(RUNS))
    assert out[:2] == ["故乡", "鲁迅"]


def test_a_page_holding_a_block_of_rows_is_still_dealt(runs_through):
    raw = ROWS.read_text(encoding="utf-8")
    assert "今天，我围绕“锤炼 的问题。一是有的同志担 到整改一项、销号一项。" in raw
    out = lines_stage(ROWS)
    assert runs_through(out, OPENING)


def _page_lines(path: Path) -> list:
    lines = to_lines(raw_lines(path.read_text(encoding="utf-8")))
    for rule in (separators.mark_separators, furniture.strip_web_boilerplate, furniture.mark_page_starts,
                 runs.rejoin_runs, furniture.strip_furniture):
        lines = rule(lines, Report().log("lines"))
    return lines


def _blocks(lines: list) -> list[list]:
    found: list[list] = [[]]
    for line in lines:
        if line.blanks_before and found[-1]:
            found.append([])
        found[-1].append(line)
    return found


def test_a_block_of_rows_and_a_block_of_one_column():
    # (the lecture's big block: its lines go on a row or two further down; guxiang's blocks: into the next)
    pairs = text_pairs(_page_lines(ROWS))
    assert any(_rows_block(block, pairs) for block in _blocks(_page_lines(ROWS)))
    pairs = text_pairs(_page_lines(RUNS))
    assert not any(_rows_block(block, pairs) for block in _blocks(_page_lines(RUNS)))
    lines = _page_lines(RUNS)
    assert _written_in_runs(lines, 0, len(lines), pairs)
