"""A one-page column text whose running head names it, read from its title (``order._turned``).

A booklet's running head (书眉) repeats the text's title; on a text's one page both stand there.
pdfminer at open leading (1.75: each line a box of its own) writes a two-column page's right
column first where it starts higher than the left column's title: the head, then the right column,
then the title and the left column.  The head names where the text opens: on its title.

Each snippet is real: a dev text of the evaluation harness (``tests/eval/texts/dev``) set in one of
its column designs (``tests/eval/layouts.py``) and read back by the extractor named above it.
Expected values are what a careful reader of the printed page sees.
"""

from __future__ import annotations

from booklet.model import block_text


# dev text literature_guxiang, design two_columns_open, pdfminer: the head 「故乡」, the right
# column (「这时候，…闰土也就到了。」), then the title, the byline and the left column
GUXIANG_OPEN_PDFMINER = """故乡

这时候，我的脑里忽然闪出一幅神异的图

画来：深蓝的天空中挂着一轮金黄的圆月，下

面是海边的沙地，都种着一望无际的碧绿的西

瓜，其间有一个十一二岁的少年，项带银圈，

手捏一柄钢叉，向一匹猹尽力的刺去，那猹却

将身一扭，反从他的胯下逃走了。

这少年便是闰土。我认识他时，也不过十

多岁，离现在将有三十年了；那时我的父亲还

在世，家景也好，我正是一个少爷。那一年，

我家是一件大祭祀的值年。这祭祀，说是三十

多年才能轮到一回，所以很郑重；正月里供祖

像，供品很多，祭器很讲究，拜的人也很多，

祭器也很要防偷去。

我于是日日盼望新年，新年到，闰土也就

到了。

故乡

鲁迅

我冒了严寒，回到相隔二千余里，别了二

十余年的故乡去。

时候既然是深冬；渐近故乡时，天气又阴

晦了，冷风吹进船舱中，呜呜的响，从篷隙向

外一望，苍黄的天底下，远近横着几个萧索的

荒村，没有一些活气。我的心禁不住悲凉起来

了。

阿！这不是我二十年来时时记得的故乡？

我所记得的故乡全不如此。我的故乡好得

多了。但要我记起他的美丽，说出他的佳处

来，却又没有影像，没有言辞了。仿佛也就如

此。于是我自己解释说：故乡本也如此，——

虽然没有进步，也未必有如我所感的悲凉，这

只是我自己心情的改变罢了，因为我这次回

乡，本没有什么好心绪。

我这次是专为了别他而来的。我们多年聚

族而居的老屋，已经公同卖给别姓了，交屋的

期限，只在本年，所以必须赶在正月初一以

前，永别了熟识的老屋，而且远离了熟识的故

乡，搬家到我在谋食的异地去。

但我们终于谈到搬家的事。我说外间的寓

所已经租定了，又买了几件家具，此外须将家

里所有的木器卖去，再去增添。母亲也说好，

而且行李也略已齐集，木器不便搬运的，也小

半卖去了，只是收不起钱来。

“你休息一两天，去拜望亲戚本家一回，

我们便可以走了。”母亲说。

“是的。”

“还有闰土，他每到我家来时，总问起

你，很想见你一回面。我已经将你到家的大约

日期通知他，他也许就要来了。”

第1页
"""

# dev text essay_canal_history, design two_columns_open, pdfminer: the head, the right column
# (「认识。2014年，…的开拓。」, the rest of the left column's last sentence), then the title, the
# left column cut inside its sentence (「…重新被人们」) and the notes
ESSAY_OPEN_PDFMINER = """运河与江城的兴衰

认识。2014年，大运河列入世界遗产名录，江

城段的古码头、古纤道和沿岸历史街区得到系

统保护。昔日的漕运古道，如今成为市民休闲

的滨河公园和游客寻访历史的文化走廊。

一条河流的兴衰，折射着一座城市的命

运。回望千年运河，我们更能体会到，城市的

发展离不开对历史的尊重，也离不开面向未来

的开拓。

运河与江城的兴衰

一、因河而兴

江城之名，始见于唐代地志①。城市的兴

起与运河密不可分：隋代开凿的运河自城西穿

过，南来北往的漕船在此停泊、换载，码头、

仓廒、驿站随之兴建，街市逐渐繁盛。明人记

载，当时“舳舻相接，帆樯如林，百货云集”

②，一派繁华景象。

运河不仅带来了商旅和货物，也带来了不

同地方的文化。城内至今保存着多处会馆旧

址，山陕、徽州、江西等地商人在此聚居，建

造会馆，供奉乡神，演戏酬神，形成了兼容并

蓄的城市风气。

二、漕运变迁

清代中叶以后，黄河屡次决口，运河淤塞

日益严重，漕运时断时续。咸丰年间，漕粮改

由海运，运河的地位一落千丈③。城中依赖漕

运为生的船户、脚夫纷纷失业，会馆逐渐冷

落，昔日繁华的码头杂草丛生。

光绪末年铁路通车，交通格局彻底改变。

旧时“因河而兴”的城市，如果不能及时转

型，便难免“因河而衰”。江城的一些有识之

士开始兴办新式学堂和实业，试图为这座城市

寻找新的出路④。

三、古河新生

进入新世纪，运河的文化价值重新被人们

①《元和郡县图志》卷二十五。一说江城之名始于五代，
见清光绪《江城县志》卷一《沿革》，此从前说。
②（明）王士性：《广志绎》卷二，中华书局1981年版，

第23页。

③关于咸丰年间漕粮改行海运的经过及其对沿河城市的影
响，学界已有较多研究，可参见倪玉平：《清代漕粮海
运与社会变迁》，上海书店出版社2005年版，第112—
168页。本文所述江城船户失业情况，据地方档案及民
国《江城县志》卷十二《食货》整理。

④江城县地方志编纂委员会编：《江城县志》，方志出版

社2010年版，第645页。

第1页
"""


def test_a_text_named_by_its_running_head_opens_on_its_title(clean, titles_and_blocks):
    doc, report = clean(GUXIANG_OPEN_PDFMINER)
    found = titles_and_blocks(doc)
    # the story opens on its title and author, the left column read before the right one
    assert (doc.articles[0].title, doc.articles[0].author) == ("故乡", "鲁迅")
    assert found.index("我冒了严寒") < found.index("他也许就要来了。”")
    assert found.index("他也许就要来了。”") < found.index("这时候，我的脑里") < found.index("闰土也就到了。")
    # (the head kept the page in order and then goes, reported, over the title it repeats; no
    # line of the text is lost, the page number aside)
    assert [r.text for r in report.removals if r.rule == "split_articles"] == ["故乡"]
    for line in GUXIANG_OPEN_PDFMINER.split("\n"):
        assert line.strip() in found + "鲁迅" or line.strip() == "第1页"


def test_the_left_column_cut_inside_its_sentence_goes_on_in_the_right_one(clean, titles_and_blocks):
    doc = clean(ESSAY_OPEN_PDFMINER)[0]
    found = titles_and_blocks(doc)
    assert found.index("一、因河而兴") < found.index("江城之名") < found.index("三、古河新生")
    assert "运河的文化价值重新被人们认识。2014年，大运河列入世界遗产名录" in found
    assert found.index("认识。2014年") < found.index("我们更能体会到") < found.index("面向未来的开拓。")


def test_a_running_head_over_the_title_it_repeats_is_no_line_of_the_title(clean):
    # the head, set right over the title once the page is read in order, is not run into it
    doc = clean(ESSAY_OPEN_PDFMINER)[0]
    pieces = [a.title for a in doc.articles] + [block_text(b) for a in doc.articles for b in a.blocks]
    assert "运河与江城的兴衰" in pieces
    assert not any("运河与江城的兴衰运河与江城的兴衰" in piece for piece in pieces)


# dev text essay_canal_history, design two_columns_open, pasted from a viewer in reading order (a
# blank line after every line; line ends as pasted): the head, the title, the left column, the
# right one — the head names the text and it opens on its title already: nothing moves
ESSAY_OPEN_PASTED = """运河与江城的兴衰 

运河与江城的兴衰 

一、因河而兴 

江城之名，始见于唐代地志①。城市的兴 

起与运河密不可分：隋代开凿的运河自城西穿 

过，南来北往的漕船在此停泊、换载，码头、 

仓廒、驿站随之兴建，街市逐渐繁盛。明人记 

载，当时“舳舻相接，帆樯如林，百货云集” 

②，一派繁华景象。 

运河不仅带来了商旅和货物，也带来了不 

同地方的文化。城内至今保存着多处会馆旧 

址，山陕、徽州、江西等地商人在此聚居，建 

造会馆，供奉乡神，演戏酬神，形成了兼容并 

蓄的城市风气。 

二、漕运变迁 

清代中叶以后，黄河屡次决口，运河淤塞 

日益严重，漕运时断时续。咸丰年间，漕粮改 

由海运，运河的地位一落千丈③。城中依赖漕 

运为生的船户、脚夫纷纷失业，会馆逐渐冷 

落，昔日繁华的码头杂草丛生。 

光绪末年铁路通车，交通格局彻底改变。 

旧时“因河而兴”的城市，如果不能及时转 

型，便难免“因河而衰”。江城的一些有识之 

士开始兴办新式学堂和实业，试图为这座城市 

寻找新的出路④。 

三、古河新生 

进入新世纪，运河的文化价值重新被人们 

认识。2014年，大运河列入世界遗产名录，江 

城段的古码头、古纤道和沿岸历史街区得到系 

统保护。昔日的漕运古道，如今成为市民休闲 

的滨河公园和游客寻访历史的文化走廊。 

一条河流的兴衰，折射着一座城市的命 

运。回望千年运河，我们更能体会到，城市的 

发展离不开对历史的尊重，也离不开面向未来 

的开拓。 

①《元和郡县图志》卷二十五。一说江城之名始于五代， 

见清光绪《江城县志》卷一《沿革》，此从前说。 

②（明）王士性：《广志绎》卷二，中华书局1981年版， 

第23页。 

③关于咸丰年间漕粮改行海运的经过及其对沿河城市的影 

响，学界已有较多研究，可参见倪玉平：《清代漕粮海 

运与社会变迁》，上海书店出版社2005年版，第112— 

168页。本文所述江城船户失业情况，据地方档案及民 

国《江城县志》卷十二《食货》整理。 

④江城县地方志编纂委员会编：《江城县志》，方志出版 

社2010年版，第645页。 

第1页 
"""


def test_a_text_already_opening_on_its_named_title_keeps_its_order(clean, titles_and_blocks):
    found = titles_and_blocks(clean(ESSAY_OPEN_PASTED)[0])
    assert found.startswith("运河与江城的兴衰一、因河而兴江城之名")
    assert found.index("寻找新的出路") < found.index("三、古河新生") < found.index("重新被人们认识。2014年")
    assert found.index("重新被人们认识。2014年") < found.index("一条河流的兴衰") < found.index("面向未来的开拓。")


# dev text article_theory_abstract_refs, design a5_book (one narrow column: its measure is a
# column's), pasted from a viewer (a blank line after every line): the head, the title in two
# lines, the authors, the affiliation cut inside its bracket (「（…江苏 江城」 / 「225000）」), the
# abstract — in order; nothing moves
THEORY_A5_PASTED = """新时代基层治理数字化转型的实践逻辑与 

新时代基层治理数字化转型的实践逻辑与 

推进路径 

林思远　周晓岚 

（中共江城市委党校 公共管理教研部，江苏 江城  

225000） 

摘　要：数字化转型是推进基层治理现代化的重要 

抓手。本文在梳理江城市“一网统管”实践的基础上， 

从技术、制度和主体三个维度分析基层治理数字化转型 

的内在逻辑，指出当前存在的数据壁垒、重建设轻应 

用、基层减负不到位等问题，并从统筹规划、数据共 

享、场景应用和能力建设等方面提出推进路径。 

关键词：基层治理；数字化转型；一网统管；数据 

共享 

基金项目：江城市哲学社会科学规划课题“数字赋 

能基层治理的机制研究”（JC2025B017）。 

一、问题的提出 

基层是国家治理的“最后一公里”。随着经济社会 

发展和人口流动加快，基层治理面临的事务日益繁杂， 

传统的人力密集型治理方式已难以适应新的要求①。近 

①本文所称基层，主要指街道（乡镇）和社区（村）两级。 

1 

理论学习读本 

"""


def test_a_bracket_cut_at_a_line_end_goes_on_in_its_rest_on_a_loose_page(clean, titles_and_blocks):
    # the bracket's rest 「225000）」 closes the affiliation's line, not a headline over the abstract:
    # the page reads as one column, title first
    doc = clean(THEORY_A5_PASTED)[0]
    article = doc.articles[0]
    assert (article.title, article.author) == ("新时代基层治理数字化转型的实践逻辑与推进路径", "林思远　周晓岚")
    found = titles_and_blocks(doc)
    assert found.index("225000）") < found.index("摘　要：数字化转型是推进基层治理现代化的重要抓手。")
    assert found.index("关键词") < found.index("一、问题的提出") < found.index("基层是国家治理")


# dev text news_page_culture_weekly, design news_one_column_a5 (one narrow column), pasted from a
# viewer: a photo's caption whose credit the measure cut (「…指导学员。 郑雨桐」 / 「摄」), then the
# next item's headline — in order; nothing moves
CULTURE_A5_PASTED = """老手艺有了新传人      1 

非遗工坊开进社区： 

老手艺有了新传人 

本报记者 郑雨桐 文/图 

周六上午，城西街道文化站的活动室里坐满了 

人。剪纸艺人王桂芳把一张红纸对折三次，剪刀在 

手里转了几圈，一只昂首的公鸡就跃然纸上，围观 

的孩子们发出一阵惊叹。 

今年以来，市文化和旅游局在12个社区设立 

非遗工坊，邀请剪纸、竹编、面塑等项目的传承人 

定期授课，已累计开课260多场，参加学员4000 

余人次。 

“以前总担心手艺没人学，现在每次课都有人 

排队报名。”王桂芳说，她最小的学生才8岁，已 

经能独立剪出简单的窗花。 

剪纸艺人王桂芳（右）在社区工坊指导学员。 郑雨桐  

摄 

市文化和旅游局负责人表示 

明年将实现非遗工坊街道全覆 

盖 

本报讯（记者 郑雨桐） 

—1— 

老手艺有了新传人      2 

记者从市文化和旅游局获悉，明年全市将在所 

有街道设立非遗工坊，并探索“工坊＋文创”模 

式，支持传承人开发适合年轻人的文创产品。 

"""


def test_a_credit_cut_at_a_line_end_goes_on_in_its_rest_on_a_loose_page(clean):
    doc = clean(CULTURE_A5_PASTED)[0]
    first, second = doc.articles[:2]
    assert (first.kicker, first.title) == ("非遗工坊开进社区：", "老手艺有了新传人")
    # the caption, its credit whole, stays under the paragraph it followed; the next headline is
    # the next item's, no 「摄」 run into it
    texts = [block_text(b) for b in first.blocks]
    assert texts[-2].endswith("已经能独立剪出简单的窗花。")
    assert texts[-1].startswith("剪纸艺人王桂芳（右）") and texts[-1].replace("\n", "").endswith("郑雨桐摄")
    assert (second.kicker, second.title) == ("市文化和旅游局负责人表示", "明年将实现非遗工坊街道全覆盖")
