"""Indicator ids of 法治 and 信息公开 figures: a figure gets an id only when it is what the id's label says.

Each family below was a wrong id on the independently judged sample (tests/golden/indicator_sample_law_e62615d.jsonl)
or a frequent figure without one; the sentences are the project's own, written in the genre's style.  Two halves:
the figure that must get the id, and its near neighbour (a part, a category, a change, another thing counted) that
must not.
"""

from __future__ import annotations

import pytest

from analyzer.errors import DataFileError
from analyzer.extract import extract_metrics
from analyzer.indicators import Indicator, Taxonomy, parse_taxonomy
from analyzer.settings import DEFAULT_SETTINGS
from analyzer.types import Genre, Meta, MetricKind, Section

FAZHI = Meta(title=None, issuer=None, region=None, year=2024, genre=Genre.FAZHI_ANNUAL)
XXGK = Meta(title=None, issuer=None, region=None, year=2024, genre=Genre.INFO_DISCLOSURE_ANNUAL)


def ids(text, meta=FAZHI):
    return [m.indicator for m in extract_metrics(text, (Section("0", 0, "", 0, len(text)),), meta, DEFAULT_SETTINGS)]


# (text, figure's position, id or None, meta)
CASES = [
    # a rate and a rise of the rate
    ("全年行政机关负责人出庭应诉率达98%。", 0, "admin_litigation.head_appearance_rate", FAZHI),
    ("行政机关负责人出庭应诉率较上年提升12%。", 0, None, FAZHI),
    ("行政复议案件审结率同比提高5%。", 0, None, FAZHI),
    ("行政复议案件审结率为96%。", 0, "admin_review.conclusion_rate", FAZHI),
    # a bare 出庭率 is the heads' only when the sentence names them
    ("行政机关负责人出庭应诉案件23件，出庭率100%。", 1, "admin_litigation.head_appearance_rate", FAZHI),
    ("法律顾问代理行政诉讼15件，出庭率100%。", 1, None, FAZHI),
    # cross-region cases and all cases handled
    ("全年政务服务中心受理办件15万件。", 0, "gov_services.cases_handled", FAZHI),
    ("累计受理并办结异地通办件300余件。", 0, None, FAZHI),
    ("全年受理跨省通办审批件120件。", 0, None, FAZHI),
    # all items, items with a property, proof requirements, lists of items
    ("全区保留政务服务事项612项。", 0, "gov_services.items", FAZHI),
    ("1280项政务服务事项全部纳入一体化平台。", 0, "gov_services.items", FAZHI),
    ("230项便民服务事项实现“一网通办”。", 0, None, FAZHI),
    # (proof requirements under notification-commitment have their own id: tests/test_indicators_law_unassigned.py)
    ("全面推行证明事项告知承诺制，900余项证明事项实现告知承诺办理。", 0, "proof_items.commitment", FAZHI),
    ("梳理确认政务服务事项清单18个。", 0, None, FAZHI),
    # 一网通办 is online handling, not cross-region handling
    ("确定“跨省通办”事项45项。", 0, "gov_services.cross_region_items", FAZHI),
    ("“一网通办”率达到99%，85项公安服务事项实现了全程网办。", 1, None, FAZHI),
    # staffed points are no self-service terminals
    ("在各镇街布设政务服务自助终端56台。", 0, "gov_services.self_service_terminals", FAZHI),
    ("设立海岛帮办代办点9个。", 0, None, FAZHI),
    # documents issued, reviewed, filed
    ("全年审查行政规范性文件38件。", 0, "normative_docs.reviewed", FAZHI),
    ("县政府新制定行政规范性文件6件。", 0, "normative_docs.issued", FAZHI),
    ("报送市政府备案规范性文件4件。", 0, "normative_docs.filed", FAZHI),
    ("主动公开行政规范性文件12件。", 0, None, XXGK),
    # the entities inspected are inspections, not the stock of market entities
    ("开展跨部门联合抽查，抽查市场主体1650家。", 0, "law_enforcement.inspections", FAZHI),
    # officers and the newly certified
    ("全区共有持证行政执法人员1020名。", 0, "law_enforcement.officers", FAZHI),
    ("今年有12名同志考取了行政执法证件。", 0, None, FAZHI),
    # licensing items and actions on them
    ("区级保留行政许可事项205项。", 0, "admin_licensing.items", FAZHI),
    ("完成8项省级许可事项认领。", 0, None, FAZHI),
    # work-plan tasks and evaluation tasks
    ("年度工作要点明确重点任务36项。", 0, "plan.tasks", FAZHI),
    ("牵头完成9项政务服务效能考评任务。", 0, None, FAZHI),
    # review cases received and the part decided; the total of request channels
    ("全年行政复议98件，76件做了复议决定。", 0, "admin_review.cases_received", FAZHI),
    ("全年行政复议98件，76件做了复议决定。", 1, None, FAZHI),
    ("全年行政诉讼41件，15件法院作出判决。", 0, "admin_litigation.cases", FAZHI),
    ("全年行政诉讼41件，15件法院作出判决。", 1, None, FAZHI),
    ("全年收到因政府信息公开申请引起的行政复议2件（已办结）。", 0, "info_disclosure.review_cases", XXGK),
    # the total of the requests by channel is the requests (Indicator.parts), a total of other figures is not
    ("收到网上申请88件，快递申请9件，合计97件。", 2, "info_disclosure.requests", XXGK),
    ("收到网上申请88件，快递申请9件，合计97件。", 0, "info_disclosure.requests_by_channel", XXGK),
    ("发布动态信息30条，政策解读8条，合计38条。", 2, None, XXGK),
    # a disclosure case's outcome is not the government's review caseload
    ("因政府信息公开产生行政复议案件4件，其中结果维持3件，尚未审结1件。", 2, None, XXGK),
    ("全年办理行政复议案件52件，尚未审结3件。", 1, "admin_review.cases_pending", FAZHI),
    # the website's posts, one category of them, and posts over several channels
    ("全年政府网站共发布各类信息23000条。", 0, "gov_portal.posts", XXGK),
    ("其中：通过政府网站公开政府文件、领导动态、重大项目等政府信息18000条。", 0, "gov_portal.posts", XXGK),
    ("通过政府网站主动公开信息40条，其中，重大建设项目类信息31条。", 1, None, XXGK),
    (
        "全年通过政府网站、微信公众号等平台，公开政务要闻、便民服务等政府信息共计5200条。",
        0,
        "info_disclosure.proactive_items",
        XXGK,
    ),
    # categories of documents and of interpretations
    ("主动公开政府文件210件。", 0, "info_disclosure.policy_docs", XXGK),
    ("主动公开人事任免文件95件，其他文件88件。", 1, None, XXGK),
    ("发布政策解读材料64篇。", 0, "info_disclosure.policy_interpretations", XXGK),
    ("完成政府常务会议配套解读9次。", 0, None, XXGK),
    # a quoted name right before the count is its subject (the share after it is no count of the outcome)
    ("已答复40件。其中“予以公开”12件，占30%；“部分公开”20件，占50%。", 1, "info_disclosure.granted", XXGK),
    ("已答复40件。其中“予以公开”12件，占30%；“部分公开”20件，占50%。", 3, "info_disclosure.partial", XXGK),
    ("已答复40件。其中“予以公开”12件，占30%；“部分公开”20件，占50%。", 2, None, XXGK),
    ("“不予公开”3件，“无法提供”5件。", 1, "info_disclosure.unable", XXGK),
    # a change in a bracket after the thing it measures; cases solved and persons arrested are other things
    ("全区刑事立案数（同比下降9.8%）持续下降。", 0, "public_security.crime_cases_change", FAZHI),
    ("刑事立案数（同比下降9.8%）和破获刑事案件数（同比上升3.1%）。", 1, None, FAZHI),
    ("抓获违法犯罪人员数（同比上升12%）。", 0, None, FAZHI),
    # 等N件 + noun: the noun after the count is the subject, whatever the classifier
    ("提请审议《甲市物业管理条例》《甲市养犬管理条例》等5件地方性法规草案。", 0, "local_legislation.items", FAZHI),
    ("制定《甲市公共数据管理办法》等2件市政府规章。", 0, "gov_rules.made", FAZHI),
    ("审议物业、养犬等5件。", 0, None, FAZHI),
    # issue 14, the families of the independent judgement at 3bff2fb: a part or category of a total, a subject
    # phrase broader than the label, a narrower scope, a reform count
    ("全年政务服务办件120万件。", 0, "gov_services.cases_handled", FAZHI),
    ("全年网办量超过900万次，比例达80%。", 0, None, FAZHI),  # the online part
    ("提供延时错时服务群众办件3.2万件。", 0, None, FAZHI),  # the off-hours part
    ("全年受理信访事项1200件。", 0, "petition.cases", FAZHI),
    ("对法治工作批示30次，批办信访案件150件。", 1, None, FAZHI),  # the cases the chief signed off
    ("承诺时限比法定时限压缩90%。", 0, "gov_services.time_reduction", FAZHI),
    ("申请材料精简比例达60%。", 0, "gov_services.materials_cut", FAZHI),  # materials, not time: its own id
    ("开展行政执法检查460次。", 0, "law_enforcement.inspections", FAZHI),
    ("受理许可申请500件，现场勘验180次。", 1, None, FAZHI),  # a step of licensing
    ("不予许可40件，撤销许可12件。", 0, "admin_licensing.denied", FAZHI),
    ("不予许可40件，撤销许可12件。", 1, "admin_licensing.revoked", FAZHI),
    ("办理法律援助案件350件。", 0, "legal_aid.cases", FAZHI),
    ("法律顾问审查合同90份，代理街道诉讼案件15件。", 1, None, FAZHI),  # the office's own lawsuits
    ("全市国控断面水质优良比例达到95%。", 0, "water.surface_good_quality_ratio", FAZHI),
    ("全县县控及以上断面Ⅲ类及以上水质比例达到100%。", 0, None, FAZHI),  # another scope
    ("梳理“跨省通办”事项30项。", 0, "gov_services.cross_region_items", FAZHI),
    ("针对甲市确定“跨省通办”事项9项。", 0, None, FAZHI),  # one partner city's list
    ("推动300个事项“全省通办”。", 0, "gov_services.cross_region_items", FAZHI),
    ("推出“高效办成一件事”重点事项20个。", 0, "gov_services.items", FAZHI),
    ("区级取消政务服务事项15项。", 0, None, FAZHI),
    ("将200项工商登记前置审批改为后置。", 0, None, FAZHI),
    ("现有法制审核人员6名。", 0, "legal_review.staff", FAZHI),
    ("“一网通办”率达98%。", 0, "gov_services.online_rate", FAZHI),
    # issue 14, the families of the independent judgement at 3244516
    # the departments' or towns' items are a part of the reporting government's disclosed items
    ("全年通过县政府门户网站主动公开政府信息3200条。", 0, "gov_portal.posts", XXGK),
    ("全年区政府主动公开政府信息5100条。", 0, "info_disclosure.proactive_items", XXGK),
    ("督促区直部门在信息公开专栏发布信息2100条。", 0, None, XXGK),
    ("各部门和乡镇（街道）共公开各类政府信息9800条。", 0, None, XXGK),
    ("全县各部门、乡镇累计通过政府门户网站发布政府信息6100条。", 0, None, XXGK),
    # items sent to another body's website are not the reporting body's posts
    ("二是上报省政府网站信息96条。", 0, None, XXGK),
    ("向市政府网站报送政务信息45条。", 0, None, XXGK),
    # the share of items moved into the service hall is no online rate
    ("政务服务事项网上可办率达到99%。", 0, "gov_services.online_rate", FAZHI),
    ("政务服务事项进驻率达到95.2%。", 0, "gov_services.hall_entry_rate", FAZHI),
    ("政务服务事项入驻率达到93%。", 0, "gov_services.hall_entry_rate", FAZHI),
    ("全年“不见面审批”事项入驻率达到90%。", 0, "gov_services.hall_entry_rate", FAZHI),
    # sitting an exam is not passing it
    ("组织法律知识考试2次，参考率、合格率均达100%。", 1, "legal_exam.pass_rate", FAZHI),
    ("年度学法考试合格率达99%。", 0, "legal_exam.pass_rate", FAZHI),
    ("新录用人员执法资格考试参考率100%。", 0, "legal_exam.participation_rate", FAZHI),
    ("新进人员执法资格证参考率100%。", 0, "legal_exam.participation_rate", FAZHI),
    ("全局执法人员持证率达到99%。", 0, "law_enforcement.certification_rate", FAZHI),
    # self-study on a learning platform is no training given
    ("组织执法人员参加法治专题培训120人次。", 0, "legal_training.participants", FAZHI),
    ("开展法治讲座3场，干部在学习平台网络自学法律知识80人次。", 1, None, FAZHI),
    ("组织干部在线学习法律法规300人次。", 0, None, FAZHI),
    # a count right after 将 is the object of an action on the items (unless all of them are meant)
    ("全区保留行政许可事项180项。", 0, "admin_licensing.items", FAZHI),
    ("将3项行政许可和5项公共服务事项的经办权限由市级调整为区级。", 0, None, FAZHI),
    ("将12项行政许可事项委托乡镇实施。", 0, None, FAZHI),
    ("将820项政务服务事项全部纳入一体化平台。", 0, "gov_services.items", FAZHI),
    ("并将全县15项行政许可事项划入审批局。", 0, None, FAZHI),
    ("全市持证行政执法人员将超过1500名。", 0, "law_enforcement.officers", FAZHI),  # 将 after a subject: will
    ("按照“能划则划”的原则，将全县18个部门的210项行政许可事项统一划入县行政审批局。", 1, None, FAZHI),
    ("区级保留行政许可事项210项，由区行政审批局实施。", 0, "admin_licensing.items", FAZHI),
    # the share of the items with a property after it is the rate of that property
    ("市级政务服务事项100%“网上可办”。", 0, "gov_services.online_rate", FAZHI),
    ("95%以上的政务服务实现网上可办。", 0, "gov_services.online_rate", FAZHI),
    ("政务服务事项占比95%的领域实现网上可办。", 0, None, FAZHI),
    # what one new-media channel published; a category of it, a channel's accounts, several channels with the website
    ("通过抖音号共发布和转发视频520条。", 0, "gov_new_media.posts", XXGK),
    ("通过政务微信发布工作动态、便民提示等内容共计1800条。", 0, "gov_new_media.posts", XXGK),
    ("全县30家单位通过政务新媒体账号公开信息4200条。", 1, "gov_new_media.posts", XXGK),
    ("政务新媒体发布信息900条，其中概况类信息40条。", 1, None, XXGK),
    ("全县开设政务新媒体账号56个。", 0, None, XXGK),
    ("推送原创短视频300个。", 0, None, XXGK),
    ("依托政府门户网站及新媒体主动公开各类信息5200条。", 0, None, XXGK),
    # requests: the noun after the figure or a verb before 申请公开 names them; a review of a disclosure case does not
    ("区政府办公室共受理28件政府信息公开申请。", 0, "info_disclosure.requests", XXGK),
    ("全年收到申请公开15条，办结15条。", 0, "info_disclosure.requests", XXGK),
    ("全年收到申请公开15条，办结15条。", 1, "info_disclosure.requests_concluded", XXGK),
    ("本年新收到依申请公开事项31件。", 0, "info_disclosure.requests", XXGK),
    ("上年结转政府信息公开申请3件。", 0, "info_disclosure.requests_carried_in", XXGK),
    ("共受理县长信箱来信120件。", 0, "mayor_mailbox.letters", XXGK),
    ("受理因政府信息公开申请引起的行政复议2件。", 0, "info_disclosure.review_cases", XXGK),
    # rules made that year and disclosed, against all rules disclosed (amended and repealed ones with them)
    ("通过政府公报主动公开本年度制发的市政府规章4件。", 0, "gov_rules.made", XXGK),
    ("主动公开市政府规章11件（含新制定4件，修改3件，废止4件）。", 0, None, XXGK),
    # a count the items came to (为 after the noun of the count before) is a level of that noun, not a reform count
    ("把48项考核指标精简优化为15项。", 1, "assessment.indicators", FAZHI),
    ("把48项考核指标精简优化为15项。", 0, "assessment.indicators", FAZHI),  # the former level (judged at c1c127c)
    ("将规划的30项具体措施细化为64项。", 1, "plan.tasks", FAZHI),
    ("将审批时限由20个工作日压缩至5个工作日。", 1, None, FAZHI),
    # the heads who reported on their law duties (述法) in a sentence on it; heads in another sentence are not
    ("深化述法工作，19家单位党政主要负责同志围绕履职情况现场述法。", 0, "leadership.law_reports", FAZHI),
    ("12名党政主要负责同志参加旁听庭审活动。", 0, None, FAZHI),
    # topics studied at a party committee on law are deliberations, not work-plan tasks
    ("以局党委会形式专题研究执法规范化等法治重点工作5项。", 0, "leadership.law_deliberations", FAZHI),
    ("年度工作要点明确重点工作22项。", 0, "plan.tasks", FAZHI),
    ("研究解决法治阵地建设、执法规范化等重点问题5项。", 0, "leadership.law_deliberations", FAZHI),
    ("法治督察发现并整改重点问题12项。", 0, "supervision.issues_found", FAZHI),  # problems found, not studied
    # a part or a kind of the items: other items, one mode of approval, lists of reforms, items commented on
    ("保留政务服务事项500项，行政许可事项200项，公共服务等其他事项300项。", 0, "gov_services.items", FAZHI),
    ("保留政务服务事项500项，行政许可事项200项，公共服务等其他事项300项。", 2, None, FAZHI),
    ("其中，不见面审批事项1900项。", 0, None, FAZHI),
    ("推出“无感审批”事项120项。", 0, None, FAZHI),
    ("编制行政权力清单75项。", 0, "power_list.items", FAZHI),
    ("梳理公布改革事项清单9项，容缺事项清单150项。", 0, None, FAZHI),
    ("梳理公布改革事项清单9项，容缺事项清单150项。", 1, None, FAZHI),
    ("研究负面清单草案，对其中6项清单事项提出修改建议。", 0, None, FAZHI),
    ("对标8个指标12个问题。", 1, None, FAZHI),
    ("12个重点事项审批时限压缩60%。", 0, None, FAZHI),
    # attendance of study sessions, those who sat an exam, cases of the bundled services
    ("全县各党委（党组）集中开展专题学法1.5万人次。", 0, "legal_study.participants", FAZHI),
    ("全年开展集中学法12次。", 0, "legal_study.sessions", FAZHI),
    ("组织800余名干部参加全市领导干部网上学法用法考试。", 0, "legal_exam.participants", FAZHI),
    ("组织800余名干部参加法治专题培训。", 0, "legal_training.participants", FAZHI),
    # the cases of one kind of service (一件事) are a part of all cases handled (three judges: no id)
    ("全县“一件事”累计办理8200件，按时办结率达98%。", 0, None, FAZHI),
    ("推出“高效办成一件事”重点事项20个。", 0, "gov_services.items", FAZHI),
    # nothing before the figure: the words after it are its subject
    ("共聘请5名法律顾问、12名公职律师参与决策。", 1, "public_lawyers.count", FAZHI),
    ("全年，40项“高效办成一件事”落地见效。", 0, "gov_services.items", FAZHI),
    # requests still open are not requests answered; items over several platforms or of one key area
    ("已回复90件，5件正在办理中。", 1, None, XXGK),  # no request named in the sentence
    ("通过县政府门户网站、县融媒体中心等平台主动公开政府信息5100条。", 0, "info_disclosure.proactive_items", XXGK),
    ("在政府网站“稳岗就业”等重点领域信息栏目公开1200条。", 0, None, XXGK),
    # issue 14, the families of the independent judgement at c1c127c (seed 1411)
    # disputes over disclosure requests settled with the applicants are no dispute-mediation count
    ("全年排查化解矛盾纠纷860件。", 0, "mediation.disputes", FAZHI),
    ("各镇调解委员会调解矛盾纠纷1300件。", 0, "mediation.disputes", FAZHI),
    ("坚持依申请公开办前沟通，开展沟通20次，化解争议纠纷12件。", 1, None, XXGK),
    ("主动对接申请人，协调化解各类纠纷9件。", 0, None, XXGK),
    # the reporting body as a party to review (被申请人, its lawyers' cases) is no review body's caseload
    ("全年受理行政复议案件45件。", 0, "admin_review.cases_received", FAZHI),
    ("发挥公职律师作用，全年行政复议14件、行政诉讼25件，均无败诉。", 0, None, FAZHI),
    ("全年局机关作为被申请人的行政复议案件6件。", 0, None, FAZHI),
    ("全年行政复议14件、行政诉讼25件，均无败诉。", 1, "admin_litigation.cases", FAZHI),
    # and so for the outcomes: the bureau's cases upheld or corrected are not a review body's
    ("本局作为被申请人的行政复议案件12件，其中维持9件，撤销1件。", 1, None, FAZHI),
    ("全年以局为被申请人的行政复议案件8件，纠错率12.5%。", 1, None, FAZHI),
    ("全年被申请行政复议案件7件。", 0, None, FAZHI),
    ("全市受理行政复议案件300件，审结280件，纠错率11%。", 1, "admin_review.cases_concluded", FAZHI),
    ("全市受理行政复议案件300件，审结280件，纠错率11%。", 2, "admin_review.correction_rate", FAZHI),
    ("依法撤销、变更被申请人行政行为23件，纠错率10%。", 1, "admin_review.correction_rate", FAZHI),
    # the city level alone (市本级) after the city-wide count is a part of it
    ("全市办理行政许可2.1万件。", 0, "admin_licensing.cases", FAZHI),
    (
        "全市窗口办件5万件，其中行政许可3万件；市本级办件1.2万件，其中行政许可9000件。",
        0,
        "gov_services.cases_handled",
        FAZHI,
    ),
    (
        "全市窗口办件5万件，其中行政许可3万件；市本级办件1.2万件，其中行政许可9000件。",
        1,
        "admin_licensing.cases",
        FAZHI,
    ),
    ("全市窗口办件5万件，其中行政许可3万件；市本级办件1.2万件，其中行政许可9000件。", 2, None, FAZHI),
    ("全市窗口办件5万件，其中行政许可3万件；市本级办件1.2万件，其中行政许可9000件。", 3, None, FAZHI),
    # the new-media accounts' columns are not the website's
    ("在政府网站开设专题专栏12个。", 0, "gov_website.columns", XXGK),
    ("全年共维护专栏15个，其中新开3个。", 0, "gov_website.columns", XXGK),
    ("依托政务微信公众号开设《政策直通车》等专栏8个。", 0, None, XXGK),
    ("深化政务新媒体矩阵建设，开设《民生关注》等专栏6个。", 0, None, XXGK),
    # a category of the website's posts is no count of the proposals handled
    ("全年办理人大代表建议85件、政协提案120件。", 0, "deputy_proposals.handled", FAZHI),
    ("全年办理人大代表建议85件、政协提案120件。", 1, "deputy_proposals.handled", FAZHI),
    ("政府网站发布各类信息2000条，其中政策文件300条，建议提案办理40条。", 2, None, XXGK),
    ("主动公开政府信息900条，其中人大代表建议和政协提案办理结果35条。", 1, None, XXGK),
    # one kind of crime, one unit's or half a year's cases are parts of the criminal-case count
    ("全年共侦办刑事案件860起。", 0, "public_security.crime_cases", FAZHI),
    ("全县破获刑事案件420起。", 0, "public_security.crime_cases", FAZHI),
    ("经侦部门侦办侵害企业合法权益犯罪案件15起。", 0, None, FAZHI),
    ("全年侦办电信网络诈骗案件230起。", 0, None, FAZHI),
    ("今年上半年，全市共侦办刑事案件400起。", 0, None, FAZHI),
    # one channel's or one mode's share of the whole: booked cases, online petitions (parts the subject lists named)
    ("今年以来政务服务办件86万件，预约办件2.3万人次。", 0, "gov_services.cases_handled", FAZHI),
    ("今年以来政务服务办件86万件，预约办件2.3万人次。", 1, None, FAZHI),
    ("全年受理群众信访事项640件，其中网上信访420件。", 0, "petition.cases", FAZHI),
    ("全年受理群众信访事项640件，其中网上信访420件。", 1, None, FAZHI),
    ("全年受理网上信访事项420件。", 0, None, FAZHI),
    # the former level of a count cut or refined to another is a level of the same noun; a time limit is not
    ("将规划的30项具体措施细化为64项。", 0, "plan.tasks", FAZHI),
    ("将审批时限由20个工作日压缩至5个工作日。", 0, None, FAZHI),
    ("将审批时限由20个工作日压缩至5个工作日。", 1, None, FAZHI),
    # requests still being handled at the year's end are carried over; a ticket still open is not a request
    ("全年收到公开申请60件，已答复55件，5件正在办理中。", 2, "info_disclosure.requests_carried_out", XXGK),
    ("全年收到公开申请60件，已答复55件，5件正在办理中。", 1, "info_disclosure.requests_concluded", XXGK),
    ("12345热线受理工单900件，30件正在办理中。", 1, None, FAZHI),
    ("12345热线受理工单900件，30件正在办理中。", 0, "hotline_12345.tickets_received", FAZHI),
]


@pytest.mark.parametrize(("text", "position", "expected", "meta"), CASES)
def test_law_and_disclosure_families(text, position, expected, meta):
    got = ids(text, meta)
    assert got[position] == expected, (text, got)


def test_whole_of_names_the_entry_summing_a_part():
    taxonomy = Taxonomy(
        tuple(
            parse_taxonomy(
                '[[indicator]]\nid = "a.total"\nkinds = ["count"]\nsubject = ["申请"]\n'
                'units = ["件"]\nparts = ["a.part"]\n',
                "t",
            )
        )
    )
    assert taxonomy.whole_of("a.part", MetricKind.COUNT, "件") == "a.total"
    assert taxonomy.whole_of("a.part", MetricKind.COUNT, "条") is None  # a unit the whole does not take
    assert taxonomy.whole_of("a.other", MetricKind.COUNT, "件") is None


def test_sentence_and_tail_fields_are_read_and_checked():
    toml = '[[indicator]]\nid = "a.b"\nkinds = ["count"]\nsubject = ["事项"]\n'
    ind = parse_taxonomy(toml + 'sentence_exclude = ["微信"]\ntail_exclude = ["实现"]\nparts = ["a.c"]\n', "t")[0]
    assert (ind.sentence_exclude, ind.tail_exclude, ind.parts) == (("微信",), ("实现",), ("a.c",))
    for field in ("sentence_exclude", "tail_exclude", "parts"):
        with pytest.raises(DataFileError, match=field):
            parse_taxonomy(toml + f'{field} = "实现"\n', "t")


@pytest.mark.parametrize(
    ("context", "tail", "fits"),
    [
        ("全区", "", True),
        ("全区", "实现网上可办", False),  # the items with a property
        ("全区", "全部实现网上可办", True),  # all of them
        ("通过网站、微信", "", False),  # the sentence names another channel
    ],
)
def test_sentence_and_tail_exclusions_decide_the_score(context, tail, fits):
    ind = Indicator(
        id="a.b",
        label="x",
        kinds=frozenset({MetricKind.COUNT}),
        subject=("事项",),
        sentence_exclude=("微信",),
        tail_exclude=("实现",),
    )
    assert (ind.score("政务服务事项", context, MetricKind.COUNT, False, "项", None, tail) > 0) is fits
