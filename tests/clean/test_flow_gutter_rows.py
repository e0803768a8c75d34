"""A page in two columns whose right column is short (issue 10, family 1): pdfplumber merges a row
of each column only where their baselines meet, twice on the page, and the turns between the
columns hold only at its top (``flow._gutter_page``, ``flow._split_stretch``).

The page is pdfplumber's reading (whole) of the dev text ``deeds_village_doctor`` set in the design
``two_columns_plain``: the article's close (``这些年…`` … ``来源…``) stands at the top of the
right column beside the headline and the editor's note; the left column runs on alone below.
Too few rows split at the gutter, and too few lines take turns, for the document to be read as
columns by either alone; the two merged rows are wider than a column, their left lines run to the
column's edge and break inside a word the next line of that column finishes (守门/人, 二/十一).
"""

from __future__ import annotations


PAGE = """科技工作动态
2026年第11期 江城市科学技术协会
这些年，有城里的民营医院高薪聘请他，他
身边的榜样
都婉言谢绝了。他说：“这里离不开我，我也离
三十年守护一方百姓健康 不开这里。”
今年，刘守山被评为“全省优秀乡村医
——记江城县青石镇卫生院乡村医生刘守山
生”。面对荣誉，他只是笑笑：“我就是做了一
编者按：乡村医生是农村居民健康的“守门 个医生该做的事。”
人”。刘守山同志扎根山区三十年，走遍全镇二 来源：《江城日报》2026年9月18日第3版
十一个自然村，用实际行动诠释了医者仁心。现
将他的先进事迹刊发，供大家学习。
通讯员 王春燕 李浩
清晨六点，天刚蒙蒙亮，青石镇卫生院的刘
守山已经背起药箱出门了。这是他当乡村医生的
第三十个年头。
三十年来，他累计接诊群众12万余人次，
出诊3万多次，走过的山路超过10万公里。村
里人都亲切地叫他“刘大夫”。
一只药箱
刘守山有一只用了二十多年的旧药箱，皮面
磨得发白，提手换过三回。箱子里装着血压计、
听诊器、体温计和一些常用药品。
“山里老人多，腿脚不方便，有个头疼脑热
的，让他们跑到镇上看病不现实。”刘守山说，
“我多跑几步路，他们就少受些罪。”
有一年冬天，半夜里下着大雪，石门村的一
位老人突发心绞痛。刘守山接到电话后，打着手
电筒走了两个多小时山路赶到老人家中，及时采
取急救措施，又联系救护车把老人送到县医院，
老人转危为安。
一本台账
在刘守山的办公桌上，摆着一摞厚厚的健康
台账。全镇 1800多名慢性病患者的血压、血糖
变化，他都一笔一笔记得清清楚楚。
近年来，镇里推行家庭医生签约服务，刘守
山主动承担了最偏远的五个村。他给每位签约群
众建立健康档案，定期上门随访，指导用药和康
复。
在他的努力下，所负责片区高血压患者规范
管理率达到 92%，比全县平均水平高出近 10个
百分点。
一颗初心
刘守山毕业于市卫生学校。当年，不少同学
留在了城里，他却选择回到家乡。
“我是山里长大的，知道山里人看病有多
难。”他说，“当初选择学医，就是想让乡亲们
少受病痛的苦。”
— 1 —
"""

NOTE = ["编者按：乡村医生是农村居民健康的“守门", "人”。刘守山同志扎根山区三十年，走遍全镇二",
        "十一个自然村，用实际行动诠释了医者仁心。现", "将他的先进事迹刊发，供大家学习。"]
CLOSE = ["生”。面对荣誉，他只是笑笑：“我就是做了一", "个医生该做的事。”", "来源：《江城日报》2026年9月18日第3版"]
ALONE = ["通讯员 王春燕 李浩", "清晨六点，天刚蒙蒙亮，青石镇卫生院的刘", "守山已经背起药箱出门了。这是他当乡村医生的",
         "第三十个年头。", "三十年来，他累计接诊群众12万余人次，", "出诊3万多次，走过的山路超过10万公里。村",
         "里人都亲切地叫他“刘大夫”。"]


def test_merged_rows_give_a_line_to_each_column(flowed, runs_through):
    out = flowed(PAGE)
    assert runs_through(out, NOTE)
    assert runs_through(out, CLOSE)


def test_the_left_column_runs_on_alone_below_the_last_merged_row(flowed, runs_through):
    out = flowed(PAGE)
    assert runs_through(out, NOTE + ALONE)


def test_rows_of_a_list_split_at_word_spaces_are_left_alone(flowed):
    # (a 名单's entries fill rows wider than its measure, cut at spaces: no line breaks in a word)
    rows = ['2026 年，全市各级各部门深入开展群众性精神文明创建活动，涌现',
            '出一批群众认可、社会公认的文明单位和文明家庭。为树立典型、弘扬正',
            '气，经基层推荐、审核公示，市文明委决定，授予江城市第一中学等 20',
            '个单位“江城市文明单位”称号，授予王建国家庭等 12 户家庭“江城市',
            '文明家庭”称号。',
            '希望受到表彰的单位和家庭珍惜荣誉、再接再厉，在今后的工作和生',
            '活中继续发挥示范带动作用。全市广大干部群众要以先进为榜样，积极投',
            '身文明城市创建，为建设美丽幸福新江城作出新的贡献。',
            '附件： 2026 年度江城市文明单位和文明家庭名单',
            '江城市精神文明建设委员会',
            '2026 年 12 月 1 日',
            '2026 年度江城市文明单位和文明家庭名单',
            '一、江城市文明单位（ 20 个）',
            '江城市第一中学 江城市人民医院 江城市图书馆',
            '江城市税务局第一分局 江城市公共交通集团有限公司',
            '东湖区东湖街道东湖社区 东湖区城市管理局',
            '西山区人民法院 西山区青石镇人民政府',
            '南岭县南岭镇中心小学 南岭县供电公司',
            '北塘县人民检察院 北塘县农村信用合作联社',
            '江城经济技术开发区管委会政务服务中心',
            '江城市自来水有限公司 江城市档案馆 江城市博物馆',
            '江城市第二人民医院 江城市实验幼儿园 江城市气象局',
            '二、江城市文明家庭（ 12 户）',
            '王建国家庭（东湖区东湖街道） 李秀英家庭（东湖区长青街道）',
            '张德明家庭（西山区青石镇） 刘玉兰家庭（西山区西山街道）',
            '陈志强家庭（南岭县南岭镇） 赵春梅家庭（南岭县白沙乡）',
            '孙国平家庭（北塘县北塘镇） 周桂芳家庭（北塘县马桥镇）']
    assert flowed("\n".join(rows) + "\n") == rows
