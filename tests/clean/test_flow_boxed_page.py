"""A page pdfminer wrote as boxes at open leading keeps each box's lines in one column, and reads its
head before the columns (``flow._glued_rows``, ``flow._boxed_head``).

At open leading pdfminer writes most lines of a column page as boxes of their own, and the dealing
reads the page as rows taking turns.  A line it wrote with no blank line before it stands in the
box of the line above — right under it and starting where it starts: the same column.  Dealt by
turns, 「把网格织密，让问题发现在一线。街道」 went to one column and its next line 「将8个社区划分为…」 to
the other.  And the head over the columns (title, subtitle, the issuing body), boxed apart and
written first, was dealt with the columns' rows, one line to each column, so the subtitle was read
in the middle of the page.  The snippet is real: the first 58 lines of the dev text
exchange_experience_community set in the dev design ``jianbao_two_span_ruled`` read by pdfminer.
"""

from __future__ import annotations

PAGE = (
    '把“小事”办成群众心里的“大事”\n'
    '——在全市城乡社区治理工作交流会上的发言\n'
    '\n'
    '江城市南湖街道党工委\n'
    '\n'
    '近年来，南湖街道坚持以党建引领社区\n'
    '\n'
    '动不便的老人提供上门诊疗服务，累计服务\n'
    '\n'
    '治理，聚焦群众身边的操心事、烦心事、揪\n'
    '\n'
    '1.1万人次。\n'
    '\n'
    '心事，探索形成了“小事不出网格、大事不\n'
    '\n'
    '儿女都在外地，以前最怕生病没人管。\n'
    '\n'
    '出社区、难事不出街道”的工作机制，群众\n'
    '\n'
    '现在社区的小刘隔三岔五来看我，医生也上\n'
    '\n'
    '满意度连续三年位居全区前列，街道先后被\n'
    '\n'
    '门量血压，我这心里踏实多了。\n'
    '\n'
    '评为全省和谐社区建设示范街道、全市基层\n'
    '\n'
    '——南湖社区独居老人 陈德厚\n'
    '\n'
    '治理创新先进单位。现将有关做法汇报如\n'
    '下。\n'
    '\n'
    '把网格织密，让问题发现在一线。街道\n'
    '将8个社区划分为126个网格，每个网格配备\n'
    '\n'
    '把资源整合起来，让共建单位成为治理\n'
    '力量。街道与辖区内32家机关企事业单位签\n'
    '订共建协议，建立需求、资源、项目“三张\n'
    '\n'
    '清单”，开放停车位、活动场地等资源，共\n'
    '\n'
    '1名专职网格员和若干名兼职网格员，楼栋\n'
    '\n'
    '同开展环境整治、文化活动和志愿服务。共\n'
    '\n'
    '长、党员志愿者、物业人员全部纳入网格队\n'
    '\n'
    '建单位累计认领项目86个，投入资金400余\n'
    '\n'
    '伍。网格员每天入户走访，做到“底数清、\n'
    '\n'
    '万元。\n'
    '\n'
    '情况明、问题早发现”。今年以来，通过网\n'
    '\n'
    '格发现并解决各类问题2300余件，占全部问\n'
    '\n'
    '题的七成以上。\n'
)



def test_a_boxs_lines_stay_together_in_their_column(dealt) -> None:
    out = dealt(PAGE)
    first = out.index("把网格织密，让问题发现在一线。街道")
    assert out[first + 1] == "将8个社区划分为126个网格，每个网格配备"
    second = out.index("把资源整合起来，让共建单位成为治理")
    assert out[second + 1:second + 3] == ["力量。街道与辖区内32家机关企事业单位签", "订共建协议，建立需求、资源、项目“三张"]


def test_the_head_over_the_columns_is_read_first_whole(dealt) -> None:
    out = dealt(PAGE)
    assert out[:4] == ["把“小事”办成群众心里的“大事”", "——在全市城乡社区治理工作交流会上的发言", "江城市南湖街道党工委",
                       "近年来，南湖街道坚持以党建引领社区"]
    assert out[4] == "治理，聚焦群众身边的操心事、烦心事、揪"   # (the first column's body read on under it)
