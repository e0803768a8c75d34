"""Rows of two columns inside plain pdftotext's blocks merged by height, parted before the split
(``order._rows_parted``).

The snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one of
its column designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees (the case's gold).
"""

from __future__ import annotations

from booklet.model import block_text


def text(doc):
    """The document's text in reading order (titles, subtitles and blocks), one string."""
    return "".join(a.title + (a.subtitle or "") + "".join(block_text(b) for b in a.blocks) for a in doc.articles)


# dev text deeds_village_doctor, design open_leaded_three (three 16-character columns at open
# leading), plain pdftotext: the first and third columns' blocks merged by height, the second
# column last; where a line of the first and one of the third stand on one baseline pdftotext
# writes them as one row (「区三十年，走遍全镇二十一个自然村， 家乡。」, 「药箱，皮面磨得发白，提手换过
# 三回。 第3版」)
DEEDS_THREE_PDFTOTEXT = """第1版

专题

2026年12月1日

身边的榜样

三十年守护一方

一笔记得清清楚楚。
近年来，镇里推行家庭医生签约
服务，刘守山主动承担了最偏远的五
个村。他给每位签约群众建立健康档
案，定期上门随访，指导用药和康复。

百姓健康
——记江城县青石镇卫生院乡村医
生刘守山
编者按：乡村医生是农村居民健
康的“守门人”。刘守山同志扎根山

在他的努力下，所负责片区高血
压患者规范管理率达到92%，比全县
平均水平高出近10个百分点。
一颗初心
刘守山毕业于市卫生学校。当年，
不少同学留在了城里，他却选择回到

区三十年，走遍全镇二十一个自然村， 家乡。
用实际行动诠释了医者仁心。现将他
的先进事迹刊发，供大家学习。
通讯员 王春燕 李浩
清晨六点，天刚蒙蒙亮，青石镇
卫生院的刘守山已经背起药箱出门了。

“我是山里长大的，知道山里人
看病有多难。”他说，“当初选择学
医，就是想让乡亲们少受病痛的
苦。”
这些年，有城里的民营医院高薪

这是他当乡村医生的第三十个年头。

聘请他，他都婉言谢绝了。他说：

三十年来，他累计接诊群众12万

“这里离不开我，我也离不开这

余人次，出诊3万多次，走过的山路
超过10万公里。村里人都亲切地叫他
“刘大夫”。

里。”
今年，刘守山被评为“全省优秀
乡村医生”。面对荣誉，他只是笑笑：

一只药箱

“我就是做了一个医生该做的事。”

刘守山有一只用了二十多年的旧

来源：《江城日报》2026年9月18日

药箱，皮面磨得发白，提手换过三回。 第3版
箱子里装着血压计、听诊器、体温计
和一些常用药品。
“山里老人多，腿脚不方便，有
个头疼脑热的，让他们跑到镇上看病
不现实。”刘守山说，“我多跑几步
路，他们就少受些罪。”
有一年冬天，半夜里下着大雪，
石门村的一位老人突发心绞痛。刘守
山接到电话后，打着手电筒走了两个
多小时山路赶到老人家中，及时采取
急救措施，又联系救护车把老人送到
县医院，老人转危为安。
一本台账
在刘守山的办公桌上，摆着一摞
厚厚的健康台账。全镇1800多名慢性
病患者的血压、血糖变化，他都一笔


"""


def test_a_row_of_two_columns_in_a_block_merged_by_height_is_parted(clean):
    found = text(clean(DEEDS_THREE_PDFTOTEXT)[0]).replace(" ", "")
    # the note reads on in its own column (as written: 「…二十一个自然村，家乡。用实际行动…」)
    assert ("编者按：乡村医生是农村居民健康的“守门人”。刘守山同志扎根山区三十年，走遍全镇二十一个自然村，"
            "用实际行动诠释了医者仁心。现将他的先进事迹刊发，供大家学习。") in found
    # the second column's first sentence keeps its words (as written: 「…提手换过三回。第3版箱子里…」)
    assert "药箱，皮面磨得发白，提手换过三回。箱子里装着血压计、听诊器、体温计和一些常用药品。" in found
    # the third column's row piece is read in the third column, not in another's sentence
    assert "家乡。用实际行动" not in found and "第3版箱子里" not in found


def test_a_row_opening_its_block_sets_the_columns_level(clean):
    # 「区三十年，走遍全镇二十一个自然村， 家乡。」 opens its block: the third column's 「家乡。」 stands
    # level with the first column's line, though the title set large over the first column puts it
    # lines lower than a count of text lines says; read by that count, the split took the second
    # column (written last, as one block) for the first
    found = text(clean(DEEDS_THREE_PDFTOTEXT)[0]).replace(" ", "")
    note = found.index("编者按：乡村医生是农村居民健康的“守门人”。")
    second = found.index("“山里老人多，腿脚不方便，有个头疼脑热的，让他们跑到镇上看病不现实。”")
    assert note < second
