import { addTexts } from '../i18n';

const zh = {
  title: '隐患详情',
  report: { title: '上报隐患', intro: '发现一项隐患：填写后提交，系统为它启动整改流程。带整改指令的，指令期限即为整改期限。', open: '上报隐患', done: '已上报，编号 {{code}}' },
  back: '返回台账',
  notFound: '没有这个隐患，或它不在你的管辖范围内。',
  fields: {
    code: '隐患编号', status: '状态', level: '等级', sector: '行业领域', region: '县区', department: '部门', enterprise: '单位名称', credit: '统一社会信用代码',
    location: '位置', basis: '判定依据', source: '发现方式', foundAt: '发现时间', reportedBy: '报告人', deadline: '整改期限', originalDeadline: '原定期限',
    progress: '整改进度', escalation: '升级级别', nextClock: '下一个时钟', version: '版本', description: '隐患描述',
  },
  sections: { fields: '基本信息', listing: '挂牌督办', plan: '整改方案（五落实）', suspension: '停产整改与盯守', submission: '整改提交', extension: '延期申请', timeline: '时间线', commands: '操作' },
  listing: { level: '挂牌级别', unit: '督办单位', doc: '文号', at: '挂牌时间', by: '挂牌人' },
  plan: { unit: '责任单位', person: '责任人', phone: '联系电话', measures: '整改措施', funding: '整改资金（元）', fundingSource: '资金来源', contingency: '应急预案' },
  suspension: { scope: '停产范围', reason: '原因', interval: '盯守检查间隔', since: '停产时间', lastCheck: '最近检查', checks: '检查次数', production: '发现生产次数', monitors: '盯守人员' },
  submission: { summary: '整改情况', at: '提交时间', by: '提交人', evidence: '证据（SHA-256）' },
  extension: { deadline: '申请延至', reason: '理由', by: '申请人', at: '申请时间' },
  timeline: { filter: '事件类型', all: '全部事件', occurred: '发生', recorded: '记录', by: '操作人', newBadge: '新', empty: '没有符合条件的事件' },
  commands: {
    ListHazard: '挂牌督办', SuperviseHazard: '下达督办（整改方案）', RectifyOnSpot: '立即整改', ReportProgress: '报告进度', SubmitRectification: '提交整改',
    VerifyRectification: '核查验收', RequestDeadlineExtension: '申请延期', DecideDeadlineExtension: '审批延期', SuspendOperations: '责令停产整改',
    RecordStandbyCheck: '记录盯守检查', RecordEnforcement: '记录执法', CancelHazard: '撤销隐患',
  },
  blocker: {
    ROLE: '你的角色不能执行此操作', CLOSED: '隐患已结束，不再接受操作', STATUS: '当前状态不允许（仅限：{{allowed}}）', PENDING_VERIFICATION: '整改正在等待核查',
    NOT_GENERAL: '只有一般隐患可以立即整改', LIST_FIRST: '重大隐患须先挂牌督办', NOTHING_TO_VERIFY: '没有待核查的整改', OWN_SUBMISSION: '“四眼原则”：不能核查自己提交的整改',
    EXTENSION_PENDING: '已有延期申请等待审批', NO_EXTENSION_REQUEST: '没有待审批的延期申请', OWN_REQUEST: '“四眼原则”：不能审批自己的延期申请',
  },
  form: {
    send: '确认提交', cancel: '取消', required: '必填', number: '请输入数字', range: '超出允许范围', datetime: '请填写完整的日期和时间', hashes: '每行一个 64 位十六进制 SHA-256',
    monitors: '每行一人：姓名,电话', beijing: '（北京时间）', sending: '提交中…', done: '已提交，隐患现为第 {{version}} 版。',
    changed: '你打开表单后隐患已更新（第 {{seen}} 版 → 第 {{now}} 版）。提交将按第 {{seen}} 版校验。',
    conflict: '版本冲突：别人已先一步修改了这个隐患（现为第 {{now}} 版）。你的操作没有生效。请查看时间线后重新打开表单。',
    reload: '按最新版本重新填写',
    labels: {
      listingLevel: '挂牌级别', supervisingUnit: '督办单位', documentNumber: '文号', deadline: '整改期限', responsibleUnit: '整改责任单位', responsiblePerson: '责任人', responsiblePhone: '责任人电话',
      measures: '整改措施', fundingAmount: '整改资金（元）', fundingSource: '资金来源', contingencyPlan: '应急预案', summary: '整改情况', evidenceHashes: '证据 SHA-256（每行一个）', percent: '进度（%）',
      note: '说明', accepted: '验收通过', requestedDeadline: '申请延至', reason: '理由', approved: '同意延期', scope: '停产范围', monitors: '盯守人员（每行：姓名,电话）', checkInterval: '检查间隔（ISO 8601，如 PT24H）',
      monitor: '盯守人员', productionObserved: '发现生产', kind: '执法类型', amount: '罚款金额（元）', decisionNumber: '处罚决定书文号',
      title: '隐患名称', description: '隐患描述', level: '隐患等级', sector: '行业领域', regionCode: '县区', departmentCode: '负责部门', enterpriseName: '单位名称',
      enterpriseCreditCode: '统一社会信用代码', location: '位置', judgementBasis: '判定依据（标准、条款、版本）', source: '发现方式', foundAt: '发现时间',
      orderDocumentNumber: '整改指令书文号', orderDeadline: '整改指令期限',
    },
  },
  clock: {
    DEADLINE_APPROACHING: '临近整改期限提醒', DEADLINE_MISSED: '整改期限届满', ESCALATION: '逾期升级', LISTING_OVERDUE: '挂牌时限', STANDBY_CHECK_MISSED: '盯守检查时限',
    SUPERVISION_OVERDUE: '下达督办时限', VERIFICATION_OVERDUE: '核查验收时限',
  },
  events: {
    HazardReported: '发现并报告', HazardListed: '挂牌督办', HazardSupervised: '下达督办', ProgressReported: '报告进度', RectificationSubmitted: '提交整改', RectifiedOnSpot: '立即整改',
    RectificationVerified: '验收通过', RectificationRejected: '验收不通过', DeadlineExtensionRequested: '申请延期', DeadlineExtensionApproved: '同意延期', DeadlineExtensionDenied: '驳回延期',
    OperationsSuspended: '责令停产', StandbyCheckRecorded: '盯守检查', IllegalResumptionSuspected: '疑似明停暗开', EnforcementRecorded: '执法', HazardCancelled: '撤销',
    DeadlineMissed: '逾期', Escalated: '升级', ListingOverdue: '挂牌逾期', SupervisionOverdue: '督办逾期', DeadlineApproaching: '临近期限', VerificationOverdue: '核查逾期', StandbyCheckMissed: '盯守漏检', ClosureRecommended: '建议关闭',
  },
};
type T = typeof zh;
const en: T = {
  title: 'Hazard',
  report: { title: 'Report a hazard', intro: 'A hazard was found: fill this in and its rectification starts. A rectification order’s deadline becomes the hazard’s deadline.', open: 'Report a hazard', done: 'Reported as {{code}}' },
  back: 'Back to the list',
  notFound: 'No such hazard, or it is outside your scope.',
  fields: {
    code: 'Code', status: 'Status', level: 'Level', sector: 'Sector', region: 'Region', department: 'Department', enterprise: 'Enterprise', credit: 'Credit code',
    location: 'Location', basis: 'Judgement basis', source: 'Found by', foundAt: 'Found at', reportedBy: 'Reported by', deadline: 'Deadline', originalDeadline: 'Original deadline',
    progress: 'Progress', escalation: 'Escalation', nextClock: 'Next clock', version: 'Version', description: 'Description',
  },
  sections: { fields: 'Details', listing: 'Listing', plan: 'Rectification plan', suspension: 'Suspension and standby monitoring', submission: 'Submitted rectification', extension: 'Extension request', timeline: 'Timeline', commands: 'Commands' },
  listing: { level: 'Listing level', unit: 'Supervising unit', doc: 'Document number', at: 'Listed at', by: 'Listed by' },
  plan: { unit: 'Responsible unit', person: 'Responsible person', phone: 'Phone', measures: 'Measures', funding: 'Funding (CNY)', fundingSource: 'Funding source', contingency: 'Contingency plan' },
  suspension: { scope: 'Scope', reason: 'Reason', interval: 'Check interval', since: 'Suspended at', lastCheck: 'Last check', checks: 'Checks', production: 'Production seen', monitors: 'Monitors' },
  submission: { summary: 'Summary', at: 'Submitted at', by: 'Submitted by', evidence: 'Evidence (SHA-256)' },
  extension: { deadline: 'Requested deadline', reason: 'Reason', by: 'Requested by', at: 'Requested at' },
  timeline: { filter: 'Event type', all: 'All events', occurred: 'occurred', recorded: 'recorded', by: 'by', newBadge: 'new', empty: 'No events match' },
  commands: {
    ListHazard: 'List for supervision', SuperviseHazard: 'Supervise (plan)', RectifyOnSpot: 'Rectify on the spot', ReportProgress: 'Report progress', SubmitRectification: 'Submit rectification',
    VerifyRectification: 'Verify', RequestDeadlineExtension: 'Request extension', DecideDeadlineExtension: 'Decide extension', SuspendOperations: 'Suspend operations',
    RecordStandbyCheck: 'Record standby check', RecordEnforcement: 'Record enforcement', CancelHazard: 'Cancel hazard',
  },
  blocker: {
    ROLE: 'Your role may not do this', CLOSED: 'The hazard is closed', STATUS: 'Not possible in this status (only: {{allowed}})', PENDING_VERIFICATION: 'A rectification waits for verification',
    NOT_GENERAL: 'Only a general hazard can be rectified on the spot', LIST_FIRST: 'A major hazard must be listed first', NOTHING_TO_VERIFY: 'Nothing waits for verification', OWN_SUBMISSION: 'Four eyes: you submitted this rectification',
    EXTENSION_PENDING: 'An extension request already waits', NO_EXTENSION_REQUEST: 'No extension request waits', OWN_REQUEST: 'Four eyes: you requested this extension',
  },
  form: {
    send: 'Send', cancel: 'Cancel', required: 'Required', number: 'Enter a number', range: 'Out of range', datetime: 'Enter a full date and time', hashes: 'One 64-hex-digit SHA-256 per line',
    monitors: 'One per line: name,phone', beijing: '(Beijing time)', sending: 'Sending…', done: 'Done; the hazard is now at version {{version}}.',
    changed: 'The hazard changed since you opened this form (version {{seen}} → {{now}}). Sending checks against version {{seen}}.',
    conflict: 'Version conflict: someone changed this hazard first (it is now at version {{now}}). Your command was not applied. Read the timeline, then open the form again.',
    reload: 'Start again from the latest version',
    labels: {
      listingLevel: 'Listing level', supervisingUnit: 'Supervising unit', documentNumber: 'Document number', deadline: 'Deadline', responsibleUnit: 'Responsible unit', responsiblePerson: 'Responsible person', responsiblePhone: 'Phone',
      measures: 'Measures', fundingAmount: 'Funding (CNY)', fundingSource: 'Funding source', contingencyPlan: 'Contingency plan', summary: 'Summary', evidenceHashes: 'Evidence SHA-256 (one per line)', percent: 'Progress (%)',
      note: 'Note', accepted: 'Accepted', requestedDeadline: 'Requested deadline', reason: 'Reason', approved: 'Approve', scope: 'Scope', monitors: 'Monitors (one per line: name,phone)', checkInterval: 'Check interval (ISO 8601, e.g. PT24H)',
      monitor: 'Monitor', productionObserved: 'Production observed', kind: 'Kind', amount: 'Fine (CNY)', decisionNumber: 'Decision number',
      title: 'Title', description: 'Description', level: 'Level', sector: 'Sector', regionCode: 'Region', departmentCode: 'Department', enterpriseName: 'Enterprise',
      enterpriseCreditCode: 'Unified social credit code', location: 'Location', judgementBasis: 'Judgement basis (standard, clause, version)', source: 'Found by', foundAt: 'Found at',
      orderDocumentNumber: 'Rectification order number', orderDeadline: 'Rectification order deadline',
    },
  },
  clock: {
    DEADLINE_APPROACHING: 'Deadline reminder', DEADLINE_MISSED: 'Deadline', ESCALATION: 'Escalation', LISTING_OVERDUE: 'Listing due', STANDBY_CHECK_MISSED: 'Standby check due',
    SUPERVISION_OVERDUE: 'Supervision due', VERIFICATION_OVERDUE: 'Verification due',
  },
  events: {
    HazardReported: 'Reported', HazardListed: 'Listed', HazardSupervised: 'Supervised', ProgressReported: 'Progress', RectificationSubmitted: 'Rectification submitted', RectifiedOnSpot: 'Rectified on the spot',
    RectificationVerified: 'Verified', RectificationRejected: 'Rejected', DeadlineExtensionRequested: 'Extension requested', DeadlineExtensionApproved: 'Extension approved', DeadlineExtensionDenied: 'Extension denied',
    OperationsSuspended: 'Suspended', StandbyCheckRecorded: 'Standby check', IllegalResumptionSuspected: 'Illegal resumption suspected', EnforcementRecorded: 'Enforcement', HazardCancelled: 'Cancelled',
    DeadlineMissed: 'Deadline missed', Escalated: 'Escalated', ListingOverdue: 'Listing overdue', SupervisionOverdue: 'Supervision overdue', DeadlineApproaching: 'Deadline approaching', VerificationOverdue: 'Verification overdue', StandbyCheckMissed: 'Standby check missed', ClosureRecommended: 'Closure recommended',
  },
};
addTexts('hazard', { zh, en });
