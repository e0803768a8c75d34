"""A running head's page number pypdf cut off at its font (branch pypdf26; ``pages.head_numbers``),
and the rest of a head's line cut into pieces at each font (``bands.cut_heads``).

pypdf ends an output line at every change of font, so a head printed with its page number in a
Latin face (``渡口  2``) comes as the head's words and then a line of digits.  The words repeat
page after page and are found as a running head; the digits beside each copy, their value the
page's ordinal, are the head's page number: furniture, never a run of the text (it was glued into
the body's first line: 「2老周不吭声」, 「一摞2彩色卡片」).  Snippets are the dev cases' pypdf inputs
as the harness reads them back; expected values are written from the documents' structure.
"""

from __future__ import annotations

from booklet.clean.pages import find_pages, head_numbers
from booklet.clean.bands import cut_heads, running_heads
from booklet.clean.furniture import mark_page_starts
from booklet.clean.lines import to_lines
from booklet.model import Heading
from booklet.readers.text import raw_lines
from booklet.report import Report

# dev story_ferry_dialogue, dialogue_wide (B5, head 「{title}  {n}」, foot 第N页 共M页), pypdf
FERRY = (
    '渡口\n'
    '1\n'
    '渡口\n'
    '林溪\n'
    '一\n'
    '天还没亮透，河面上浮着一层薄雾。老周把船拴好，蹲在石阶上抽烟，烟头一明一\n'
    '暗。\n'
    '“周师傅，今天还开船吗？”\n'
    '说话的是村小的吴老师，背着一只旧帆布包，裤脚沾着露水。\n'
    '“开。雾散了就开。”老周说。\n'
    '“等不得了，八点钟有课。”\n'
    '老周抬头看了看天，又看了看河。\n'
    '“那就走！”\n'
    '船离岸的时候，雾里传来几声鸡叫。吴老师坐在船头，把帆布包抱在怀里，包里是\n'
    '昨晚批完的作业本，一共二十七本。\n'
    '“今年学生又少了吧？”\n'
    '“少了三个。跟着爹妈进城了。”\n'
    '“进城好啊。”\n'
    '“好是好，”吴老师顿了顿，“就是班里一下子空了好几张桌子。”\n'
    '老周没再说话，只是把桨摇得更稳了些。\n'
    '对岸的柳树慢慢从雾里显出来，先是一团影子，后来连枝条都看得清了。\n'
    '二\n'
    '那年秋天，县里来人量河。\n'
    '几个穿橙色背心的年轻人，在岸边插了一排小红旗，又扛着仪器上上下下地跑。老\n'
    '周站在船上看了半天，终于忍不住问：“你们这是要干啥？”\n'
    '“修桥！”一个小伙子笑着说，“明年这时候，您就不用摇船了。”\n'
    '“修桥？”\n'
    '“对，钢筋混凝土的，能过大车。”\n'
    '老周“哦”了一声，低头去解缆绳，解了好几下才解开。\n'
    '晚上，他把这事告诉老伴。老伴正在灶前烧火，火光映得她满脸通红。\n'
    '“修桥是好事嘛。”她说。\n'
    '“我知道是好事。”\n'
    '“那你愁个啥？”\n'
    '第1页 共2页\n'
    '渡口\n'
    '2\n'
    '老周不吭声。过了好一会儿，他说：“这船摇了三十一年了。”\n'
    '第二年深秋，桥通了。通车那天，村里放了很多鞭炮，孩子们在桥上跑来跑去，喊\n'
    '声传得老远。\n'
    '吴老师特地来找老周，手里拎着两瓶酒。\n'
    '“周师傅，这些年辛苦您了！”\n'
    '老周接过酒，笑了，眼角的皱纹挤成一堆。\n'
    '“不辛苦。往后你上课，再也不用等雾散了。”\n'
    '第2页 共2页'
)

# dev news_page_city_briefs, news_one_column_a5 (A5, head 「{title}  {n}」, foot —N—, Latin digits),
# pypdf: its first three pages
NEWS = (
    '抓早抓实民生实事 确保群众温暖过冬\n'
    '1\n'
    '市政府常务会议研究部署今冬明春重点工作强\n'
    '调\n'
    '抓早抓实民生实事 确保群众温\n'
    '暖过冬\n'
    '本报记者 郑小川\n'
    '11\n'
    '月\n'
    '25\n'
    '日，市政府召开常务会议，研究部署\n'
    '今冬明春供暖保障、物资供应和安全生产等重点工\n'
    '作。\n'
    '会议指出，入冬以来，全市天然气供应总体平\n'
    '稳，但寒潮天气可能带来用气高峰。各有关部门要\n'
    '加强监测预警，提前做好应急气源储备，确保居民\n'
    '用气不断供、不降压。\n'
    '会议要求，要抓好蔬菜、肉类等重要民生商品\n'
    '保供稳价，加大对困难群众的走访慰问力度，切实\n'
    '把党和政府的温暖送到群众心坎上。\n'
    '小切口解决大问题\n'
    '一张“明白卡”让办事少跑腿\n'
    '——江城区推行政务服务“一次告知”见闻\n'
    '本报记者 田思远 通讯员 韩冰\n'
    '在江城区政务服务中心，每个窗口都摆着一摞\n'
    '—\n'
    '1\n'
    '—\n'
    '抓早抓实民生实事 确保群众温暖过冬\n'
    '2\n'
    '彩色卡片。卡片正面印着办事所需材料清单，背面\n'
    '是二维码，扫码就能看到填表示范。\n'
    '“以前来办营业执照，材料总是差一两样，来\n'
    '回跑了好几趟。”个体经营户刘女士说，“现在拿\n'
    '着这张卡，一次就办成了。”\n'
    '市民在政务服务中心窗口领取办事“明白卡”。 本报\n'
    '记者 田思远\n'
    '/\n'
    '摄\n'
    '据了解，江城区已梳理高频事项\n'
    '186\n'
    '项，全部\n'
    '制作“明白卡”，群众一次办结率由\n'
    '82%\n'
    '提高到\n'
    '97%\n'
    '。\n'
    '全市首个社区“共享工具间”开放\n'
    '本报讯（记者 周婷 通讯员 邱明）\n'
    '近日，东湖街道青石社区“共享工具间”正式\n'
    '开放。居民凭借社区积分，可免费借用电钻、梯\n'
    '子、缝纫机等\n'
    '40\n'
    '余种工具。\n'
    '社区党委书记介绍，工具由辖区单位和居民捐\n'
    '赠，志愿者负责登记和维护，开放一周已借出工具\n'
    '120\n'
    '余件次。\n'
    '居民在“共享工具间”借用工具。 通讯员 邱明\n'
    '/\n'
    '摄\n'
    '江城高铁站新增\n'
    '6\n'
    '对始发列车\n'
    '本报讯\n'
    '—\n'
    '2\n'
    '—\n'
    '抓早抓实民生实事 确保群众温暖过冬\n'
    '3\n'
    '记者从铁路部门获悉，自\n'
    '12\n'
    '月\n'
    '1\n'
    '日起，江城\n'
    '高铁站新增\n'
    '6\n'
    '对始发列车，通达省会及周边主要城\n'
    '市。铁路部门提醒旅客提前通过官方渠道购票。\n'
    '来源：《江城日报》\n'
    '2026\n'
    '年\n'
    '11\n'
    '月\n'
    '26\n'
    '日第\n'
    '2\n'
    '版\n'
    '—\n'
    '3\n'
    '—'
)

# dev manual_video_conference_ops, word_report (head 「工作简报  2026年第5期」, Latin digits), pypdf:
# the first page's top
REPORT = (
    '××市科学技术局办公室\n'
    '工作简报\n'
    '2026\n'
    '年第\n'
    '5\n'
    '期\n'
    '视频会议室设备操作手册\n'
    '（\n'
    '2026\n'
    '年修订版）\n'
    '1\n'
    '\u3000概述\n'
    '本手册适用于市政府大楼三楼第一、第二视频会议室，供会务保障人\n'
    '员日常操作和维护使用。会议室主要设备包括视频会议终端、高清摄像\n'
    '机、数字音频处理器、无线话筒、\n'
    'LED\n'
    '显示屏和中控系统。\n'
    '会务保障人员应熟悉本手册内容，经培训考核合格后方可独立操作设\n'
    '备。本手册由市政府办公室信息中心负责解释，设备升级或更换后应及时\n'
    '修订。\n'
    '2\n'
    '\u3000会前准备\n'
    '2.1\n'
    '\u3000设备检查\n'
    '2.1.1\n'
    '\u3000电源与线路\n'
    '会议开始前\n'
    '60\n'
    '分钟，操作人员应到达会议室，按下列顺序检查设\n'
    '备：\n'
)

# the same case whole: three pages, the head in pieces on each
MANUAL = REPORT + (
    '1\n'
    '）打开机柜总电源，确认不间断电源（\n'
    'UPS\n'
    '）指示灯为绿色；\n'
    '2\n'
    '）检查视频会议终端与摄像机之间的\n'
    'HDMI\n'
    '线缆连接是否牢固；\n'
    '3\n'
    '）检查网络接口指示灯是否正常闪烁，终端\n'
    'IP\n'
    '地址应为\n'
    '192.168.1\n'
    '0.20\n'
    '。\n'
    '注：如\n'
    'UPS\n'
    '指示灯为红色，应立即联系信息中心值班人员，不得自\n'
    '行拆卸设备。\n'
    '2.1.2\n'
    '\u3000音频系统\n'
    '依次打开数字音频处理器和功放电源，间隔不少于\n'
    '5\n'
    '秒。逐一测试主\n'
    '席台和代表席话筒，确认无啸叫、无杂音。无线话筒电池电量低于\n'
    '30%\n'
    '时应及时更换。\n'
    '2.1.3\n'
    '\u3000显示系统\n'
    '通过中控面板开启\n'
    'LED\n'
    '显示屏，选择“视频会议”信号源，确认画\n'
    '面清晰、色彩正常。如需播放演示文稿，应提前将文件拷贝至会议电脑并\n'
    '试播一遍。\n'
    '2.2\n'
    '\u3000会议连接\n'
    '接到会议通知后，操作人员应与主会场核对会议号码、入会时间和联\n'
    '系人，并按下列步骤完成连接：\n'
    '1\n'
    '）在终端主界面选择“加入会议”，输入会议号码和密码；\n'
    '2\n'
    '）入会后将本地麦克风设置为静音，待主会场点名时再开启；\n'
    '3\n'
    '）调整摄像机预置位，使画面完整显示主席台；\n'
    '第 \n'
    '1\n'
    ' 页 共 \n'
    '3\n'
    ' 页\n'
    '××市科学技术局办公室\n'
    '工作简报\n'
    '2026\n'
    '年第\n'
    '5\n'
    '期\n'
    '4\n'
    '）向主会场报告本会场已就绪，并记录入会时间。\n'
    '警告：会议进行中不得随意切换信号源或重启终端，以免造成会议中\n'
    '断。\n'
    '3\n'
    '\u3000会中保障\n'
    '3.1\n'
    '\u3000画面与声音\n'
    '会议进行中，操作人员应全程值守，密切关注画面和声音质量。发言\n'
    '人变更时，应及时调用对应的摄像机预置位，确保发言人位于画面中央。\n'
    '3.2\n'
    '\u3000常见故障处理\n'
    '3.2.1\n'
    '\u3000画面卡顿\n'
    '画面出现卡顿或马赛克时，应首先查看终端网络状态。丢包率超过\n'
    '5%\n'
    '时，可将会议带宽由\n'
    '4Mbps\n'
    '降至\n'
    '2Mbps\n'
    '；仍无改善的，应立即通知信\n'
    '息中心排查网络线路。\n'
    '3.2.2\n'
    '\u3000声音中断\n'
    '对方听不到本会场声音时，应依次检查终端静音状态、音频处理器输\n'
    '出通道和线缆连接。必要时可启用备用话筒。\n'
    '注：故障处理情况应在会议结束后\n'
    '10\n'
    '分钟内填入《视频会议运行记\n'
    '录表》。\n'
    '4\n'
    '\u3000会后工作\n'
    '会议结束后，操作人员应按下列步骤关闭设备：\n'
    '1\n'
    '）在终端上选择“退出会议”，确认已断开连接；\n'
    '2\n'
    '）关闭\n'
    'LED\n'
    '显示屏和音频设备，最后关闭机柜总电源；\n'
    '3\n'
    '）收回无线话筒并放入充电座，整理会场线缆；\n'
    '4\n'
    '）填写运行记录，关好门窗，锁闭会议室。\n'
    '设备使用中发现的问题，应在当日报信息中心统一维修，不得拖延。\n'
    '5\n'
    '\u3000日常维护\n'
    '5.1\n'
    '\u3000定期检查\n'
    '信息中心每月对会议室设备进行一次全面检查，内容包括终端软件版\n'
    '本、摄像机云台转动、话筒电池性能和线缆老化情况。检查结果记入《设\n'
    '备维护台账》，发现隐患的及时维修或更换。\n'
    '5.2\n'
    '\u3000清洁保养\n'
    '设备清洁应在断电状态下进行，按下列要求操作：\n'
    '1\n'
    '）显示屏使用专用清洁布轻轻擦拭，不得使用酒精等有机溶剂；\n'
    '2\n'
    '）摄像机镜头使用镜头纸清洁，不得用手触摸镜面；\n'
    '3\n'
    '）机柜滤网每季度清洗一次，晾干后方可装回。\n'
    '注：设备保修期内出现故障的，由供应商负责上门维修，联系电话见\n'
    '第 \n'
    '2\n'
    ' 页 共 \n'
    '3\n'
    ' 页\n'
    '××市科学技术局办公室\n'
    '工作简报\n'
    '2026\n'
    '年第\n'
    '5\n'
    '期\n'
    '机柜门内侧标签。\n'
    '第 \n'
    '3\n'
    ' 页 共 \n'
    '3\n'
    ' 页'
)

# dev outline_plenary_lecture set in sweep25's sw25_09 (a 40-character page, Latin digits, foot
# 第 N 页 共 M 页, the head 「{title}  {n}」), pypdf: pages 1 to 2.  Page 2 opens under its head
# with a paragraph's last line, then the list number Word set in a Latin face on a line of its own
OUTLINE = (
    '学习贯彻全会精神宣讲提纲\n'
    '1\n'
    '学习贯彻全会精神宣讲提纲\n'
    '——供基层宣讲员参考使用\n'
    '中共江城市委宣传部\n'
    '2026\n'
    '年\n'
    '11\n'
    '月\n'
    '一、深刻认识全会的重大意义\n'
    '全会是在我国进入全面建设社会主义现代化国家关键时期召开的一次重要会议。宣讲时\n'
    '要把全会放在党和国家事业发展全局中来认识，讲清楚全会“为什么开”“开了什么”“怎\n'
    '么落实”。\n'
    '（一）从历史维度看\n'
    '回顾近年来的发展历程，每一次重要会议都在关键节点上作出了战略部署。宣讲员可以\n'
    '结合本地发展变化，用身边事说明“决策落地、群众得实惠”的道理。\n'
    '1.\n'
    '发展成就\n'
    '五年来，全市地区生产总值年均增长\n'
    '6.2%\n'
    '，城乡居民人均可支配收入分别增长\n'
    '5.8%\n'
    '和\n'
    '7.4%\n'
    '，新建改造城乡道路\n'
    '1260\n'
    '公里。\n'
    '2.\n'
    '经验启示\n'
    '最根本的一条是坚持党的领导不动摇，最重要的一条是坚持以人民为中心，最管用的一\n'
    '条是坚持实事求是、一切从实际出发。\n'
    '（二）从现实维度看\n'
    '当前，外部环境复杂多变，国内改革发展稳定任务艰巨繁重。全会对做好当前和今后一\n'
    '个时期工作提出明确要求，为我们应对风险挑战提供了根本遵循。\n'
    '二、准确把握全会的主要内容\n'
    '全会审议通过的决议共分为六个部分，内容丰富、思想深刻。宣讲时要突出重点，不求\n'
    '面面俱到，重在讲透核心要义。\n'
    '（一）总体要求\n'
    '1.\n'
    '指导思想\n'
    '第 \n'
    '1\n'
    ' 页 共 \n'
    '3\n'
    ' 页\n'
    '学习贯彻全会精神宣讲提纲\n'
    '2\n'
    '要讲清楚指导思想的科学内涵和实践要求，引导干部群众在学懂弄通做实上下功夫。\n'
    '2.\n'
    '主要目标\n'
    '到\n'
    '2030\n'
    '年，重点领域改革取得决定性成果，发展质量效益明显提升，人民群众获得感、\n'
    '幸福感、安全感更加充实、更有保障、更可持续。\n'
    '（\n'
    '1\n'
    '）经济方面\n'
    '产业结构持续优化，科技创新能力显著增强，数字经济核心产业增加值占比达到\n'
    '12%\n'
    '左右。\n'
)

# dev notice_theory_study set in sweep25's sw25_10 (head 「工作简报  2026年第7期」, Latin digits), pypdf:
# pages 1 to 3
NOTICE = (
    '工作简报\n'
    '2026\n'
    '年第\n'
    '7\n'
    '期\n'
    '中共江城市委宣传部\n'
    '江宣发〔\n'
    '2026\n'
    '〕\n'
    '7\n'
    '号\n'
    '关于开展\n'
    '2026\n'
    '年度理论学习中心组专题\n'
    '学习的通知\n'
    '各区委宣传部，市直各单位党组（党委）：\n'
    '为深入学习贯彻党的创新理论，推动理论学习往深里走、\n'
    '往心里走、往实里走，根据市委统一部署，经研究，决定\n'
    '在全市各级党委（党组）理论学习中心组中开展\n'
    '2026\n'
    '年\n'
    '度专题学习。现将有关事项通知如下。\n'
    '一、学习内容\n'
    '（一）深入学习党的创新理论\n'
    '1.\n'
    '系统学习新时代党的创新理论的核心要义、精神实质、\n'
    '丰富内涵和实践要求，把握贯穿其中的立场观点方法。\n'
    '2.\n'
    '结合学习《习近平谈治国理政》有关篇目，围绕高质量\n'
    '发展、科技自立自强、全面从严治党等重大问题开展专题\n'
    '研讨，每个专题安排不少于半天的集中学习时间。\n'
    '（二）学习贯彻全会精神\n'
    '1\n'
    '工作简报\n'
    '2026\n'
    '年第\n'
    '7\n'
    '期\n'
    '重点学习全会审议通过的决定和说明，深刻领会全会提出\n'
    '的目标任务、重大举措，准确把握进一步全面深化改革的\n'
    '总体要求。各单位要把学习全会精神同贯彻落实市委全会\n'
    '部署结合起来，同谋划明年工作结合起来。\n'
    '（三）学习科技创新和产业发展知识\n'
    '围绕新质生产力、数字经济、人工智能等内容，邀请专家\n'
    '学者作专题辅导，着力提高领导干部推动高质量发展的本\n'
    '领。\n'
    '二、方式方法\n'
    '（一）集中学习。各级中心组每季度集中学习不少于\n'
    '1\n'
    '次，每次学习应确定主题、明确重点发言人，做到有计\n'
    '划、有记录、有总结。\n'
    '（二）专题研讨。围绕年度重点课题，中心组成员结合分\n'
    '管工作撰写研讨材料，在集体学习时交流发言，研讨材料\n'
    '字数一般不少于\n'
    '2000\n'
    '字。\n'
    '（三）调查研究。中心组成员每人每年至少牵头完成\n'
    '1\n'
    '项\n'
    '调研课题，形成调研报告，推动学习成果转化为工作思路\n'
    '和政策举措。\n'
    '1.\n'
    '调研选题\n'
    '调研题目由各单位结合实际自主确定，于\n'
    '3\n'
    '月\n'
    '31\n'
    '日前报\n'
    '2\n'
    '工作简报\n'
    '2026\n'
    '年第\n'
    '7\n'
    '期\n'
    '市委宣传部理论处备案。\n'
    '2.\n'
)


def test_the_heads_number_on_page_two_is_furniture_not_the_first_words(clean, texts, furniture_removed):
    doc, report = clean(FERRY)
    body = texts(doc)
    assert any(t.startswith("老周不吭声。过了好一会儿") for t in body)
    assert not any("2老周" in t for t in body)
    assert "2" in furniture_removed(report)


def test_the_heads_numbers_on_a_news_page_leave_the_sentence_they_fell_into_whole(clean, texts, furniture_removed):
    doc, report = clean(NEWS)
    body = "".join(texts(doc))
    assert "每个窗口都摆着一摞彩色卡片。" in body
    assert any(t.replace(" ", "").startswith("记者从铁路部门获悉，自12月1日起") for t in texts(doc))
    assert {"2", "3"} <= set(furniture_removed(report))


def test_head_numbers_are_the_digit_lines_beside_the_heads_copies():
    lines = mark_page_starts(to_lines(raw_lines(NEWS)), Report().log("page_starts"))
    pages = find_pages(lines)
    heads = running_heads(lines, pages)
    found = {lines[i].text for i in head_numbers(lines, pages, heads)}
    assert found == {"2", "3"}
    # (the counts in the text — 11 / 月, 186 / 项 — are never taken)
    assert all(lines[i - 1].text.startswith("抓早抓实") or lines[i + 1].text.startswith("抓早抓实")
               for i in head_numbers(lines, pages, heads))


def test_a_count_under_the_head_that_binds_to_its_unit_is_no_page_number():
    # 「工作简报」 / 「2026」 / 「年第」 / 「5」 / 「期」: the year binds to 年, the issue number is no ordinal
    lines = mark_page_starts(to_lines(raw_lines(REPORT)), Report().log("page_starts"))
    pages = find_pages(lines)
    heads = {i for i, line in enumerate(lines) if line.text == "工作简报"}
    assert head_numbers(lines, pages, heads) == set()


def test_a_heads_dated_part_cut_into_pieces_is_the_heads_on_every_page(clean, texts, furniture_removed):
    # 「工作简报」 / 「2026」 / 「年第」 / 「5」 / 「期」 on each page: read as one line the pieces are the
    # same on every page; the body under them goes on from the page before
    doc, report = clean(MANUAL)
    body = texts(doc)
    assert not any("2026年第5期" in t.replace(" ", "") for t in body)
    assert "注：设备保修期内出现故障的，由供应商负责上门维修，联系电话见机柜门内侧标签。" in body
    assert any(t.replace(" ", "").startswith("4）向主会场报告本会场已就绪") for t in body)
    assert furniture_removed(report).count("年第") == 3


def test_cut_heads_takes_the_pieces_alike_on_every_page_and_nothing_under_them():
    lines = mark_page_starts(to_lines(raw_lines(MANUAL)), Report().log("page_starts"))
    pages = find_pages(lines)
    heads = {i for i, line in enumerate(lines) if line.text == "工作简报"}
    found = sorted(cut_heads(lines, pages, heads))
    assert [lines[i].text for i in found] == ["2026", "年第", "5", "期"] * 3
    # (page 2's item number under the pieces, 「4」 / 「）向主会场…」, is the body's)
    assert not any(lines[i].text == "期" and i + 1 in found for i in found)


def test_a_list_number_after_a_finished_sentence_opens_the_next_line(clean, texts):
    # with the head's number gone, 「…下功夫。」 / 「2.」 / 「主要目标」 fit one printed line by width;
    # Word's list number opens its item's line, so no printed line ends on it
    doc, _ = clean(OUTLINE)
    heads = texts(doc, Heading)
    assert "要讲清楚指导思想的科学内涵和实践要求，引导干部群众在学懂弄通做实上下功夫。" in texts(doc)
    assert "2.主要目标" in [h.replace(" ", "") for h in heads]


def test_the_pieces_go_with_the_head_where_repetition_took_one_of_them_already(clean, texts, furniture_removed):
    # 「年第」 repeats in every page's band and goes as a head by itself; the year and the issue
    # number around it are the same head's line
    doc, report = clean(NOTICE)
    assert not any("2026" == t or t.startswith("2026") or "7期" in t for t in texts(doc))
    assert furniture_removed(report).count("2026") == 3 and furniture_removed(report).count("期") == 3
    assert "重点学习全会审议通过的决定和说明，深刻领会全会提出" in "".join(texts(doc))
