"""A newspaper kicker (引题) over its title, read by the text extractors (issue 10, branch kicker59).

A text extractor keeps no sizes, so a kicker and the title under it are told apart by widths and
words only.  Two shapes were joined into one heading:

- A kicker narrower than the title's wrapped line under it by one character (「港口物流再提速」, 7,
  over 「江城港集装箱吞吐」, 8, / 「量首破百万标箱」; 「高端访谈」, 4, over three lines of 5).  A title
  wraps only where its line is full, so a first line narrower than the next by that line's first
  unbreakable unit had room for it and ended.  The headline reader asked for two em of room
  (``KICKER_STEP_EM``) and for a last word that waits for nothing — 「提速」 and 「访谈」 are verbs.
  Where both widths are exact (ideographs in the wider line, full-width characters in the first)
  the unit alone is the step and the first line ended where it did (``headlines._exact_widths``).
- A kicker as wide as the title's first line, the title's rest set apart from that line by
  ``unwrap`` (「小切口解决大问题」 / 「一张“明白卡”让」 / 「办事少跑腿」 on a 21-character measure:
  three blocks).  The words part them (``setoff.kicker_phrase_over``); ``_phrase_over_wrapped``
  looked for the title's two lines in one block only (``headlines._title_lines``).

The snippets are real: pages of the news sweep (``tests/eval/heading_sweep.py --kind news --seed 59
--designs 6``) read back by pypdfium2 — news_page_district_livelihood × nw54_03 (three 13-character
columns), news_page_city_briefs × nw54_00 (two 21-character columns), interview_rural_revitalization
× nw54_04 (four 11-character columns).  Expected values are what a reader of the printed page sees.
"""

from __future__ import annotations


PORT = """\
题。截至目前，江北区已改造
完成的小区中，有36个实现了
专业化物业管理或居民自治管
理全覆盖。
相关链接：老旧小区改造
一般分为基础类、完善类和提
升类三类。基础类主要包括水
电气路等市政配套设施的改造
提升，完善类主要包括加装电
梯、建设停车设施等，提升类
主要包括养老、托育、助餐等
公共服务设施建设。
港口物流再提速
江城港集装箱吞吐
量首破百万标箱
本报讯（记者 王一鸣 通讯员
 蒋涛）
11月28日上午，随着一只
满载机电产品的集装箱吊上
“江远16”号货轮，江城港今
年集装箱吞吐量突破100万标
准箱，较去年提前一个月实现
这一目标，创历史新高。
"""

CARD = """\
平稳，但寒潮天气可能带来用气高峰。各有关部
门要加强监测预警，提前做好应急气源储备，确
保居民用气不断供、不降压。
会议要求，要抓好蔬菜、肉类等重要民生商
品保供稳价，加大对困难群众的走访慰问力度，
切实把党和政府的温暖送到群众心坎上。
小切口解决大问题
一张“明白卡”让
办事少跑腿
——江城区推行政务服务“一次告知”见闻
本报记者 田思远 通讯员 韩冰
在江城区政务服务中心，每个窗口都摆着一
摞彩色卡片。卡片正面印着办事所需材料清单，
"""

INTERVIEW = """\
2026年5月8日 星期五 文化周刊
高端访谈
让农民在产
业发展中得
到更多实惠
——访江城市农业农村
局主要负责同志
本刊记者 孙雅琴
编者按：今年以来，
江城市把发展乡村特色产
业作为乡村振兴的重要抓
手，全市农村居民人均可
"""


def test_a_kicker_one_character_narrower_than_the_title_s_line_stands_apart(clean, headline_pieces):
    pieces = headline_pieces(clean(PORT)[0])
    assert "港口物流再提速江城港集装箱吞吐量首破百万标箱" not in pieces
    assert "港口物流再提速" in pieces
    assert "江城港集装箱吞吐量首破百万标箱" in pieces


def test_a_column_label_over_a_title_wrapped_at_its_own_measure_stands_apart(clean, headline_pieces):
    pieces = headline_pieces(clean(INTERVIEW)[0])
    assert "高端访谈" in pieces
    assert "让农民在产业发展中得到更多实惠" in pieces


def test_a_kicker_over_a_title_whose_lines_unwrap_parted_stands_apart(clean, headline_pieces):
    pieces = headline_pieces(clean(CARD)[0])
    assert "小切口解决大问题" in pieces
    assert "一张“明白卡”让办事少跑腿" in pieces
