"""A page pasted in reading order is not dealt as two merged streams (issue 10, branch order52).

pdfminer at open leading writes each line of a column page as a box of its own and merges two
columns' lines where they stand level: a cut line's rest then stands after the *next* line, which is
the other column's (``order._unmerged`` reads such a page as its two streams).  A viewer's paste or
a copy in reading order (``realstyle``, ``paste_viewer``) also puts a blank line after every line,
but each cut line goes on in the line right under it: text that shows no rest standing a line
further down (``order._skipped_rests``) needs no dealing, however well a split of it scores by
chance pairs read across long ranges.

The snippet is real: the dev text ``news_page_grassroots_items`` set in the design
``zhoumo_picture_across`` (``tests/eval/layouts.py``) and written in reading order by the
``realstyle`` variant (``tests/eval/extract.py``), page furniture and all — the whole page, as the
split weighs the whole page.
"""

from __future__ import annotations


# news_page_grassroots_items × zhoumo_picture_across × realstyle: the whole text.
PAGE = """\
 周末·城乡      第 1 版  2026 年 12 月 5 日 

全面推进城乡社区治理现代化　全

县 148 个村（社区）完成党群服务

中心提档升级 

家门口的服务更

暖心 

本报记者 沈佳宁 通讯员 邹立平 

走进城关镇东门社区党群服务中

心，一楼是便民服务大厅，社保、医

保、民政等 28 项事项可以“一窗受

理”；二楼设有老年食堂、儿童之家

和图书室，每天来这里的居民有三四

百人次。 

“以前办个事要跑好几个部门，

现在在楼下就能办好，工作人员还会

上门帮我们这些腿脚不便的老人代办。

”72 岁的居民周桂英说。 

今年以来，县里统筹资金 1.2 亿

元，按照“一中心多站点”的思路，

对全县 148 个村（社区）党群服务中

心进行提档升级，新增服务面积 3.6

万平方米，推动各类服务资源向基层

下沉。 

县委组织部有关负责人介绍，升

级后的党群服务中心实行“错时延

时”服务，周末和节假日安排专人值

守，确保群众办事“不打烊”。下一

步，县里将建立服务事项清单动态调

整机制，让群众的“需求单”变成干

部的“任务单”。 

东门社区老年食堂里，志愿者为老人送上午餐。 本报记者 沈佳宁/摄 

【基层动态】 

稳住产业链　激

活新动能 

本报讯（记者 韩书涛）11 月 26

日，县经济开发区举行 2026 年第四季

度重大项目集中开工仪式，12 个项目

总投资 46.8 亿元，涵盖新能源装备、

电子元器件、食品精深加工等领域。 

据了解，此次开工的项目中，投

资 10 亿元以上的有 2 个，亿元以上的

有 9 个。开发区实行“一个项目、一

名领导、一个专班”推进机制，帮助

企业解决用地、用工、融资等方面困

难 31 个，项目平均审批时间压缩至 15

个工作日以内。 

青石镇　“积分超市”激活

乡村治理 

本报讯（通讯员 罗晓燕）“参

加环境整治得 5 分，调解邻里纠纷得

10 分，攒够积分就能换洗衣液、大米。

”连日来，青石镇各村的“积分超

市”成了村民议论最多的话题。 

青石镇将人居环境整治、移风易

俗、志愿服务等内容纳入积分管理，

每季度公示一次积分排名，评选“美

丽庭院”和“文明家庭”。截至目前，

全镇已有 4200 余户农户参与，累计兑

换物品 1.6 万件。 

托起“一老一小”幸福生活 

——县民政局推进普惠养老托育服

务纪实 

编者按：养老和托育，一头

连着老人，一头连着孩子，关系

千家万户。本报今起推出系列报

道，记录我县在补齐民生短板方

面的探索和实践，敬请关注。 

本报记者 汤雨薇 

清晨八点，南湖街道综合养老服

务中心里，几位老人正在康复师的指

导下进行器械训练。隔壁的普惠托育

园里，孩子们在老师的带领下做早操，

欢笑声不时传来。 

把养老和托育放在同一栋楼里，

是县民政局的一次尝试。“老人来了

有事做，孩子来了有人陪，家长接送

也方便。”中心负责人陆敏说，目前

中心共有日间照料床位 40 张、托位 60

个，基本实现满员运行。 

近年来，县里出台支持普惠养老

托育服务发展的若干措施，对新建的

社区养老服务设施按每张床位给予一

次性建设补助，对普惠托育机构按实

际收托人数给予运营补贴。全县现有

各类养老服务机构 57 家、托育机构 23

家，每千人口拥有 3 岁以下婴幼儿托

位数达到 4.2 个。 

【图片新闻】 

11 月 27 日，江城县第一中学学生在县博

物馆参观“运河人家”民俗展，感受传

统文化的魅力。该展览共展出农具、服

饰、生活用品等实物 300 余件，将持续至

明年 2 月。 通讯员 孔德兴/摄 

让“小窗口”连着“大民生” 

□ 顾明轩 

一个党群服务中心能不能留住群

众，关键看它能不能解决群众的急难

愁盼。硬件升级只是第一步，更重要

的是让服务真正贴近群众的需要。 

服务要“接地气”。群众需要什

么就提供什么，不能只图好看、不讲

实用。要多到群众中间走一走、问一

问，把有限的资源用在刀刃上。服务

也要“可持续”。既要建好，更要管

好、用好，在运营机制、人员队伍、

经费保障上下功夫，防止“建时热闹、

建后冷清”。 

民生无小事，枝叶总关情。把每

一个“小窗口”都办成群众满意的

“暖心站”，基层治理的根基才能更

加牢固。 

来源：《江城县报》2026 年 11 月 30 日

第 2 版 

"""


def test_a_page_pasted_in_reading_order_keeps_its_paragraphs_whole(clean, texts):
    blocks = texts(clean(PAGE)[0])
    assert "走进城关镇东门社区党群服务中心，一楼是便民服务大厅，社保、医保、民政等28项事项可以“一窗受理”；" \
        "二楼设有老年食堂、儿童之家和图书室，每天来这里的居民有三四百人次。" in blocks
    assert "今年以来，县里统筹资金1.2亿元，按照“一中心多站点”的思路，对全县148个村（社区）党群服务中心" \
        "进行提档升级，新增服务面积3.6万平方米，推动各类服务资源向基层下沉。" in blocks


def test_a_page_pasted_in_reading_order_keeps_its_order(clean, texts):
    flat = "".join(texts(clean(PAGE)[0]))
    marks = ["走进城关镇", "“以前办个事", "今年以来", "县委组织部", "据了解，此次开工"]
    found = [flat.find(mark) for mark in marks]
    assert -1 not in found and found == sorted(found)
