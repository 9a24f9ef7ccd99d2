-- The standard order of a case's materials (卷内文件排列), one template per enforcement category.
-- Data an administrator may edit. keywords: '|'-separated words that recognise a material by its title.
-- When several keywords match, the one outside brackets, ending last, then longest wins, so a title
-- like 行政处罚决定书送达回证 or 送达回证（处罚决定书） goes to 送达回证 (see TitleMatch).
-- Only materials are listed: the cover, directory, back sheet and back cover are printed by Anjuan and
-- bound in their fixed places (封面、卷内目录 before, 备考表、封底 after). Unrecognised titles go last.

-- 行政处罚一般程序: in the procedural order SPEC §2 gives (立案审批表 → 调查取证 → 告知 → 陈述申辩/听证 → 审批 →
-- 决定书 → 送达回证 → 执行), with the documents of standards.md §3.3 (whose guide puts the decision first;
-- an office that files that way edits this data). Inferred: 听证 items after 陈述申辩; 其他材料 last.
INSERT INTO order_template (category, position, title, keywords) VALUES
('PUNISHMENT_GENERAL', 1, '举报登记、案件移送书', '举报登记|投诉登记|举报记录|投诉举报|移送书|案件来源登记|案源登记'),
('PUNISHMENT_GENERAL', 2, '立案审批表', '立案申请表|立案审批表|立案呈批表|立案登记表|立案审批'),
('PUNISHMENT_GENERAL', 3, '现场检查笔录、检验报告（按时间顺序）', '现场检查笔录|检查笔录|现场笔录|勘验笔录|检查记录|检验报告|检测报告|鉴定意见|鉴定报告|抽样取证|现场照片'),
('PUNISHMENT_GENERAL', 4, '调查笔录、询问笔录（附身份证明）', '调查笔录|询问笔录|询问通知书|证人证言|营业执照|身份证'),
('PUNISHMENT_GENERAL', 5, '先行登记保存审批表', '先行登记保存审批表|先行登记保存证据审批表'),
('PUNISHMENT_GENERAL', 6, '先行登记保存通知书', '先行登记保存通知书|先行登记保存证据通知书|先行登记保存决定书|先行登记保存证据决定书'),
('PUNISHMENT_GENERAL', 7, '先行登记保存清单', '先行登记保存清单|先行登记保存证据清单|证据登记保存清单'),
('PUNISHMENT_GENERAL', 8, '查封扣押审批表', '查封扣押审批表|查封审批表|扣押审批表'),
('PUNISHMENT_GENERAL', 9, '查封扣押通知书（决定书）', '查封扣押通知书|查封扣押决定书|查封通知书|扣押通知书|查封决定书|扣押决定书'),
('PUNISHMENT_GENERAL', 10, '查封扣押清单', '查封扣押清单|查封清单|扣押清单|扣押物品清单|查封扣押物品清单'),
('PUNISHMENT_GENERAL', 11, '行政处理通知书', '行政处理通知书|责令改正通知书|责令限期改正通知书'),
('PUNISHMENT_GENERAL', 12, '解除先行登记保存通知书', '解除先行登记保存通知书|解除先行登记保存证据通知书|解除先行登记保存决定书|先行登记保存证据处理决定书|先行登记保存处理决定书'),
('PUNISHMENT_GENERAL', 13, '解除查封扣押通知书', '解除查封扣押通知书|解除查封扣押决定书|解除查封通知书|解除扣押通知书|解除查封决定书|解除扣押决定书'),
('PUNISHMENT_GENERAL', 14, '调查终结报告', '调查终结报告|终结报告|案件调查报告'),
('PUNISHMENT_GENERAL', 15, '行政处罚事先告知书', '事先告知书|处罚告知书|告知书'),
('PUNISHMENT_GENERAL', 16, '陈述申辩笔录', '陈述申辩笔录|陈述申辩|申辩书|陈述书'),
('PUNISHMENT_GENERAL', 17, '听证告知书、听证通知书', '听证告知书|听证通知书|听证申请书'),
('PUNISHMENT_GENERAL', 18, '听证笔录、听证报告', '听证笔录|听证报告|听证会记录'),
('PUNISHMENT_GENERAL', 19, '重大案件集体讨论记录', '集体讨论记录|集体讨论|重大案件讨论记录'),
('PUNISHMENT_GENERAL', 20, '合议记录', '合议记录|合议笔录'),
('PUNISHMENT_GENERAL', 21, '行政处罚审批表', '处罚审批表|处罚呈批表|处罚决定审批表|案件处理审批表|案件处理呈批表|案件审批表'),
('PUNISHMENT_GENERAL', 22, '行政处罚决定书（附没收清单）', '处罚决定书|没收清单|没收物品清单|罚款决定书'),
('PUNISHMENT_GENERAL', 23, '送达回证', '送达回证|送达回执|送达地址确认书|邮寄回执'),
('PUNISHMENT_GENERAL', 24, '没收物品处理审批表', '没收物品处理审批表|罚没物品处理审批表'),
('PUNISHMENT_GENERAL', 25, '没收物品处理清单', '没收物品处理清单|没收物品处理记录|罚没物品处理清单'),
('PUNISHMENT_GENERAL', 26, '延期（分期）缴纳罚款审批表', '延期缴纳|分期缴纳|暂缓缴纳'),
('PUNISHMENT_GENERAL', 27, '强制执行申请书、裁定书', '强制执行申请书|执行裁定书|催告书|罚款催缴通知书'),
('PUNISHMENT_GENERAL', 28, '罚没款收据（复印件）', '罚没款收据|罚款收据|缴款书|缴款收据|缴纳凭证'),
('PUNISHMENT_GENERAL', 29, '结案报告', '结案报告|结案审批表|结案呈批表'),
('PUNISHMENT_GENERAL', 30, '其他材料', '其他');

-- 行政处罚简易程序: the documents of standards.md §3.3 in the procedural order of the 当场处罚 list in
-- standards.md §3.5 (笔录 → 决定书 → 送达回证 → 罚款凭据 → 结案报告); 其他材料 last.
INSERT INTO order_template (category, position, title, keywords) VALUES
('PUNISHMENT_SIMPLE', 1, '现场检查笔录、检验报告、调查笔录（按时间顺序）', '现场检查笔录|检查笔录|现场笔录|检查记录|检验报告|检测报告|调查笔录|询问笔录|现场照片'),
('PUNISHMENT_SIMPLE', 2, '当场行政处罚决定书', '处罚决定书|当场处罚决定书'),
('PUNISHMENT_SIMPLE', 3, '送达回证', '送达回证|送达回执'),
('PUNISHMENT_SIMPLE', 4, '罚款上缴收据（复印件）', '罚没款收据|罚款收据|缴款书|缴款收据|缴纳凭证'),
('PUNISHMENT_SIMPLE', 5, '结案报告', '结案报告|结案审批表'),
('PUNISHMENT_SIMPLE', 6, '其他材料', '其他');

-- 行政检查: standards.md §3.8 (itself an inference: no published order was found). 送达回证 is its own
-- step after the 责令改正 order it proves delivery of.
INSERT INTO order_template (category, position, title, keywords) VALUES
('INSPECTION', 1, '检查通知书、检查方案', '检查通知书|检查方案|检查计划|抽查通知书|检查任务'),
('INSPECTION', 2, '现场检查记录', '现场检查记录|现场检查笔录|检查记录|检查笔录|检查表|现场照片'),
('INSPECTION', 3, '责令（限期）改正指令书', '责令改正|责令限期改正|改正指令书|整改通知书|限期整改通知书'),
('INSPECTION', 4, '送达回证', '送达回证|送达回执'),
('INSPECTION', 5, '整改复查意见书', '整改复查意见书|复查意见书|复查记录|整改报告|整改情况'),
('INSPECTION', 6, '其他材料', '其他');

-- 行政许可 (inferred): the 行政许可法 procedure in time order, 申请 → 受理 → 审查 → 听证 → 决定 → 送达.
INSERT INTO order_template (category, position, title, keywords) VALUES
('PERMIT', 1, '行政许可申请书', '许可申请书|申请书|申请表'),
('PERMIT', 2, '申请材料（身份、资质证明、图纸）', '申请材料|营业执照|身份证明|身份证|授权委托书|资质证书|图纸'),
('PERMIT', 3, '受理通知书（补正、不予受理）', '受理通知书|受理决定书|补正通知书|补正材料通知书|一次性告知'),
('PERMIT', 4, '现场核查（勘验）记录', '现场核查|核查记录|现场勘验|勘验笔录|现场检查'),
('PERMIT', 5, '审查意见、审批表', '审查意见|审批表|审核表|呈批表|审查表|专家评审意见'),
('PERMIT', 6, '听证材料', '听证告知书|听证通知书|听证申请书|听证笔录|听证报告'),
('PERMIT', 7, '行政许可决定书（准予、不予）', '许可决定书|准予行政许可|不予行政许可|许可证|批准书|批复'),
('PERMIT', 8, '送达回证', '送达回证|送达回执|领取登记'),
('PERMIT', 9, '其他材料', '其他');

-- 行政强制 (inferred): 行政强制法 in time order: 措施 审批 → 现场笔录 → 决定 → 清单 → 延长 → 解除;
-- 执行 催告 → 陈述申辩 → 执行决定 → 送达 → 执行记录 → 申请法院执行; then 结案.
INSERT INTO order_template (category, position, title, keywords) VALUES
('COERCION', 1, '行政强制措施审批表', '强制措施审批表|查封扣押审批表|查封审批表|扣押审批表|审批表|呈批表'),
('COERCION', 2, '现场笔录', '现场笔录|检查笔录|勘验笔录|现场检查|现场照片|调查笔录|询问笔录'),
('COERCION', 3, '行政强制措施决定书（查封、扣押决定书）', '强制措施决定书|查封扣押决定书|查封决定书|扣押决定书|封存决定书|查封扣押通知书'),
('COERCION', 4, '查封扣押财物清单', '清单'),
('COERCION', 5, '延长查封扣押期限决定书', '延长查封扣押期限|延长期限|延长强制措施期限'),
('COERCION', 6, '催告书', '催告书|履行催告'),
('COERCION', 7, '陈述申辩笔录', '陈述申辩|申辩书|陈述书'),
('COERCION', 8, '行政强制执行决定书', '强制执行决定书|代履行决定书|执行决定书'),
('COERCION', 9, '送达回证', '送达回证|送达回执'),
('COERCION', 10, '强制执行记录（代履行）', '执行笔录|执行记录|代履行'),
('COERCION', 11, '解除强制措施决定书、财物退还清单', '解除查封扣押决定书|解除查封决定书|解除扣押决定书|解除强制措施决定书|解除查封扣押通知书|解除查封|解除扣押|退还清单'),
('COERCION', 12, '申请人民法院强制执行材料', '强制执行申请书|执行裁定书|裁定书'),
('COERCION', 13, '结案报告', '结案报告|结案审批表'),
('COERCION', 14, '其他材料', '其他');

-- 行政征收征用 (inferred; for a 国动办 e.g. 征用民用资源, 人防易地建设费): 审批 → 决定/通知 → 调查核实 →
-- 告知与陈述申辩 → 送达 → 补偿 → 缴费或返还 → 结案.
INSERT INTO order_template (category, position, title, keywords) VALUES
('EXPROPRIATION', 1, '征收（征用）审批表', '征收审批表|征用审批表|审批表|呈批表'),
('EXPROPRIATION', 2, '征收（征用）决定书、通知书', '征收决定书|征用决定书|征收通知书|征用通知书|缴费通知书|缴款通知书|征用令'),
('EXPROPRIATION', 3, '调查核实材料（现场勘查、评估、登记清单）', '调查笔录|现场勘查|勘验笔录|评估报告|核查|登记表|清单'),
('EXPROPRIATION', 4, '告知书、陈述申辩或听证材料', '告知书|陈述申辩|听证'),
('EXPROPRIATION', 5, '送达回证', '送达回证|送达回执'),
('EXPROPRIATION', 6, '补偿材料（补偿协议、补偿凭证）', '补偿协议|补偿决定书|补偿凭证|补偿'),
('EXPROPRIATION', 7, '缴费票据、返还清单', '票据|缴款书|收据|缴费凭证|返还清单|归还'),
('EXPROPRIATION', 8, '结案报告', '结案报告|结案审批表'),
('EXPROPRIATION', 9, '其他材料', '其他');

-- 其他 (inferred): the general course of any enforcement action, 立案 → 调查 → 告知 → 审批 → 决定 → 送达 → 执行 → 结案.
INSERT INTO order_template (category, position, title, keywords) VALUES
('OTHER', 1, '立案（受理）审批表', '立案审批表|立案登记表|受理登记|受理通知书|申请书|立案'),
('OTHER', 2, '调查取证材料', '调查笔录|询问笔录|现场笔录|检查笔录|勘验笔录|检查记录|鉴定意见|证据|照片'),
('OTHER', 3, '告知书、陈述申辩材料', '告知书|陈述申辩|听证'),
('OTHER', 4, '审批表、集体讨论记录', '审批表|呈批表|集体讨论|审查意见'),
('OTHER', 5, '决定书', '决定书|处理意见书'),
('OTHER', 6, '送达回证', '送达回证|送达回执'),
('OTHER', 7, '执行材料', '执行记录|履行|收据'),
('OTHER', 8, '结案报告', '结案报告|结案审批表'),
('OTHER', 9, '其他材料', '其他');
