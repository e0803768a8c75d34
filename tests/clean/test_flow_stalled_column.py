"""A column whose cut word no piece of the rows ahead finishes rests while the others run (``flow._stalled``,
``STALL_ROUNDS``, ``STALL_ON``): on a page written in rows and dealt into three columns, a column whose last
line runs full and stops inside a word, when nothing in the next rounds of rows goes on from it while every
other column's cut line is finished there, takes no turn; the rows go to the columns seen running.

The snippet is the head of pdfplumber's reading of the dev case ``news_page_city_briefs`` set in
``neikan_narrow_ruled`` (lines 2–21 of the input): the first column's council report runs beside the
second column's service story and the third column's brief, whose caption and a headline set at its own
pitch (「江城高铁站新」 / 「增6对始发列」 / 「车」) stand beside the others' rows.  Without the rest the turn
falls to the headline's column and its 「车」 is dealt under 「高峰。各有关部门要加强」, tearing the report's
sentence (「加强」 / 「监测预警，…」) and the headline apart.
"""

from __future__ import annotations

PAGE = """\
市政府常务会议研究部署今冬明春重点工作强调
抓早抓实民生实事 确保群众温暖过冬
本报记者 郑小川
11月25日，市政府召 是二维码，扫码就能看到 护，开放一周已借出工具
开常务会议，研究部署今 填表示范。 120余件次。
冬明春供暖保障、物资供 “以前来办营业执照，
居民在“共享工具间”借用
应和安全生产等重点工作。材料总是差一两样，来回 工具。 通讯员 邱明/摄
会议指出，入冬以来，跑了好几趟。”个体经营
全市天然气供应总体平稳，户刘女士说，“现在拿着 江城高铁站新
但寒潮天气可能带来用气 这 张卡 ， 一次 就办成
增6对始发列
高峰。各有关部门要加强 了。”
监测预警，提前做好应急
市民在政务服务中心窗口领
车
气源储备，确保居民用气 取办事“明白卡”。 本报
不断供、不降压。 记者 田思远/摄
本报讯
会议要求，要抓好蔬 据了解，江城区已梳
"""


def test_a_column_no_piece_goes_on_from_rests_while_the_others_run(flowed):
    out = flowed(PAGE)
    k = out.index("高峰。各有关部门要加强")
    assert out[k + 1:k + 3] == ["监测预警，提前做好应急", "气源储备，确保居民用气"]
    k = out.index("增6对始发列")
    assert out[k + 1] == "车"

