"""A page's title plain pdftotext wrote after the page's rows is read first, and the column begun under
it opens the text (``flow._title_written_last``, ``flow._under_title``).

A title set large over the first of a page's columns stands on no baseline of the columns: plain
pdftotext writes the columns' rows first (two lines at a time where their baselines meet) and the title
last, as a block of its own.  Dealt with the rows, it ended the first column's text; and the column
under it, which begins below the title while the others begin at the top margin, was dealt into one
stream with the third column's top — the text's last lines, run on from the second column's foot
(「治理水平，…市贡献力量。」 / 「2026年11月20日」) — so the page was read from the second column.  The
snippet is real: the dev text exchange_experience_community set in the dev design ``neikan_three_all``
read by plain pdftotext (the whole page).
"""

from __future__ import annotations

PAGE = (
    '理论学习\n'
    '\n'
    '第1版 2026年10月15日 星期四\n'
    '\n'
    '我，医生也上门量血压，我这心里踏\n'
    '治理水平，为建设人民满意的幸福城\n'
    '实多了。\n'
    '市贡献力量。\n'
    '——南湖社区独居老人 陈德厚\n'
    '2026年11月20日\n'
    '把资源整合起来，让共建单位成\n'
    '为治理力量。街道与辖区内32家机关\n'
    '企事业单位签订共建协议，建立需求、\n'
    '——在全市城乡社区治理工作交流\n'
    '资源、项目“三张清单”，开放停车\n'
    '会上的发言\n'
    '位、活动场地等资源，共同开展环境\n'
    '江城市南湖街道党工委\n'
    '整治、文化活动和志愿服务。共建单\n'
    '近年来，南湖街道坚持以党建引\n'
    '位累计认领项目86个，投入资金400\n'
    '领社区治理，聚焦群众身边的操心事、 余万元。\n'
    '烦心事、揪心事，探索形成了“小事\n'
    '把考核导向立起来，让基层干部\n'
    '不出网格、大事不出社区、难事不出\n'
    '把心思用在服务上。我们精简各类考\n'
    '街道”的工作机制，群众满意度连续\n'
    '核评比事项，取消社区不应承担的证\n'
    '三年位居全区前列，街道先后被评为\n'
    '明事项23项，把群众评价作为考核社\n'
    '全省和谐社区建设示范街道、全市基\n'
    '区工作的主要依据，让社区干部从\n'
    '层治理创新先进单位。现将有关做法\n'
    '“填表格、迎检查”中解脱出来，有\n'
    '汇报如下。\n'
    '更多时间走进群众。\n'
    '把网格织密，让问题发现在一线。\n'
    '减负以后，我们每天能多出两三\n'
    '街道将8个社区划分为126个网格，每\n'
    '个小时走访居民，群众的事情也能办\n'
    '个网格配备1名专职网格员和若干名\n'
    '得更快、更好了。\n'
    '兼职网格员，楼栋长、党员志愿者、\n'
    '——南湖街道碧水社区党委书记 王\n'
    '物业人员全部纳入网格队伍。网格员\n'
    '晓晨\n'
    '每天入户走访，做到“底数清、情况\n'
    '把文化阵地用起来，让社区有温\n'
    '明、问题早发现”。今年以来，通过\n'
    '度更有凝聚力。街道利用闲置用房改\n'
    '网格发现并解决各类问题2300余件，\n'
    '建了8个“邻里中心”，开设书法、\n'
    '占全部问题的七成以上。\n'
    '太极、合唱等兴趣课堂，组织“邻里\n'
    '把议事平台搭起来，让居民的事\n'
    '节”“百家宴”等活动，让原本互不\n'
    '居民商量着办。我们在每个社区建立\n'
    '相识的邻居成了朋友。居民自发成立\n'
    '“居民议事厅”，凡是涉及居民切身\n'
    '的文艺队、巡逻队、调解队达到41支，\n'
    '利益的事项，都先拿到议事厅里议一\n'
    '成为社区治理中一支活跃的力量。\n'
    '议。老旧小区加装电梯，是居民最关\n'
    '搬进小区十年，以前对门邻居姓\n'
    '心、也最容易起争执的事。桂花苑小\n'
    '什么都不知道。现在一起唱歌、一起\n'
    '区3号楼的加装方案，前后开了7次议\n'
    '巡逻，有事互相搭把手，感觉又回到\n'
    '事会，终于让一楼到六楼的住户都点\n'
    '了过去的大院。\n'
    '了头。\n'
    '——桂花苑小区居民 李建国\n'
    '以前总觉得加装电梯跟我们一楼\n'
    '把智慧手段用起来，让服务跑出\n'
    '没关系，还担心挡光、有噪声。议事\n'
    '“加速度”。街道依托市里的“一网统\n'
    '会上大家把账算清楚了，补偿方案也\n'
    '管”平台，开发了“南湖邻里通”小\n'
    '公开了，我们心里服气。\n'
    '程序，居民可以在线报事、预约办事、\n'
    '——桂花苑小区居民 张玉梅\n'
    '参与议事。网格员发现的问题实时上\n'
    '把服务送上门，让困难群众感受\n'
    '传，街道指挥中心统一分拨，限时办\n'
    '到温暖。街道对辖区内的独居老人、\n'
    '结、及时反馈。小程序上线一年多，\n'
    '残疾人、困难家庭建立“一户一档”， 注册居民超过4.6万人，群众诉求平\n'
    '由社区干部和党员结对帮扶，每周至\n'
    '均办结时间由5天缩短到2天。\n'
    '少上门一次。我们还联合辖区医院开\n'
    '回顾这些年的工作，我们深深体\n'
    '设“家庭医生工作室”，为行动不便\n'
    '会到：社区治理没有捷径可走，只有\n'
    '的老人提供上门诊疗服务，累计服务\n'
    '把群众当亲人，把群众的小事当作自\n'
    '1.1万人次。\n'
    '己的大事，才能赢得群众的信任和支\n'
    '儿女都在外地，以前最怕生病没\n'
    '持。下一步，我们将认真学习兄弟单\n'
    '人管。现在社区的小刘隔三岔五来看\n'
    '位的好经验、好做法，不断提升社区\n'
    '\n'
    '把“小事”办成群\n'
    '众心里的“大事”\n'
    '\n'
    '\x0c'
)



def test_the_title_written_after_the_rows_is_read_first(dealt) -> None:
    out = dealt(PAGE)
    assert out[:2] == ["把“小事”办成群", "众心里的“大事”"]


def test_the_column_begun_under_the_title_opens_the_text(dealt) -> None:
    out = dealt(PAGE)
    assert out[2] == "——在全市城乡社区治理工作交流"   # (the subtitle under the title, not the second column's top)
    foot = out.index("治理水平，为建设人民满意的幸福城")   # (the third column's top: the text's last lines)
    assert out[foot - 1] == "位的好经验、好做法，不断提升社区"


def test_a_block_of_prose_written_last_stays_where_it_was_written(dealt) -> None:
    # (the same page with the last block holding a sentence's marks: text, no headline, not moved)
    out = dealt(PAGE.replace("把“小事”办成群\n众心里的“大事”", "把“小事”办成群，\n众心里的“大事”。"))
    assert out[0] != "把“小事”办成群，"
