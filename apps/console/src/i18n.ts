import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { SECTOR_LABELS } from '@hazard/domain';

/** Chinese by default; the choice is remembered in this browser. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const KEY = 'hazard-console.language';

const zh = {
  app: { name: '隐患整改闭环督办台', beijingTime: '所有时间均为北京时间（UTC+8）', skip: '跳到正文', signOut: '退出', language: 'English', languageLabel: '切换到英文', pending: '待发送 {{count}} 条' },
  nav: { inbox: '我的待办', hazards: '隐患台账', overdue: '逾期督办', map: '区域分布', report: '日报', audit: '审计', duty: '应急值守', register: '重点单位', campaigns: '专项行动', reports: '报表' },
  status: { FOUND: '已发现', LISTED: '已挂牌', SUPERVISED: '督办中', SUSPENDED: '停产整改', RECTIFIED: '已整改', CANCELLED: '已撤销' },
  level: { GENERAL: '一般隐患', MAJOR: '重大隐患' },
  listingLevel: { COUNTY: '县级', CITY: '市级', PROVINCE: '省级' },
  scope: { PARTIAL: '局部停产', FULL: '全部停产' },
  enforcement: { WARNING: '警告', FINE: '罚款', SUSPENSION_FOR_RECTIFICATION: '责令停产停业整顿', CLOSURE: '关闭' },
  source: {
    ENTERPRISE_SELF_INSPECTION: '企业自查',
    DEPARTMENT_INSPECTION: '部门检查',
    COVERT_INSPECTION: '暗查暗访',
    SUPERVISION_CHECK: '督导检查',
    PUBLIC_REPORT: '群众举报',
  },
  // the domain's own names, as the reports print them
  sector: { ...SECTOR_LABELS },

  common: {
    loading: '加载中…',
    none: '无',
    yes: '是',
    no: '否',
    all: '全部',
    overdue: '已超期',
    search: '搜索',
    retry: '重试',
    error: '出错了：{{message}}',
    live: '实时',
    offline: '连接中断，正在重连…',
    cancel: '取消',
    submit: '提交',
    close: '关闭',
    download: '下载',
    count: '{{count}} 条',
    escalation: '升级 {{level}} 级',
    version: '版本 {{version}}',
  },
};

type Dictionary = typeof zh;

const en: Dictionary = {
  app: { name: 'Hazard rectification console', beijingTime: 'All times are Beijing time (UTC+8)', skip: 'Skip to content', signOut: 'Sign out', language: '中文', languageLabel: 'Switch to Chinese', pending: '{{count}} waiting to send' },
  nav: { inbox: 'My inbox', hazards: 'Hazards', overdue: 'Overdue', map: 'Regions', report: 'Daily report', audit: 'Audit', duty: 'Duty desk', register: 'Register', campaigns: 'Campaigns', reports: 'Reports' },
  status: { FOUND: 'Found', LISTED: 'Listed', SUPERVISED: 'Supervised', SUSPENDED: 'Suspended', RECTIFIED: 'Rectified', CANCELLED: 'Cancelled' },
  level: { GENERAL: 'General', MAJOR: 'Major' },
  listingLevel: { COUNTY: 'County', CITY: 'City', PROVINCE: 'Province' },
  scope: { PARTIAL: 'Partial', FULL: 'Full' },
  enforcement: { WARNING: 'Warning', FINE: 'Fine', SUSPENSION_FOR_RECTIFICATION: 'Suspension for rectification', CLOSURE: 'Closure' },
  source: {
    ENTERPRISE_SELF_INSPECTION: 'Enterprise self-inspection',
    DEPARTMENT_INSPECTION: 'Department inspection',
    COVERT_INSPECTION: 'Covert inspection',
    SUPERVISION_CHECK: 'Supervision check',
    PUBLIC_REPORT: 'Public report',
  },
  sector: {
    HAZARDOUS_CHEMICALS: 'Hazardous chemicals',
    FIRE: 'Fire',
    ROAD_TRAFFIC: 'Road traffic',
    CONSTRUCTION: 'Construction',
    URBAN_GAS: 'Urban gas',
    HAZARDOUS_WASTE: 'Hazardous waste',
    TRANSPORT: 'Transport',
    NON_COAL_MINES: 'Non-coal mines',
    SPECIAL_EQUIPMENT: 'Special equipment',
    OTHER: 'Other',
    OILFIELD: 'Oilfield',
    INDUSTRY_TRADE: 'Industry and trade',
    FISHING_VESSELS: 'Fishing vessels',
  },
  common: {
    loading: 'Loading…',
    none: 'None',
    yes: 'Yes',
    no: 'No',
    all: 'All',
    overdue: 'Overdue',
    search: 'Search',
    retry: 'Retry',
    error: 'Something went wrong: {{message}}',
    live: 'Live',
    offline: 'Connection lost, reconnecting…',
    cancel: 'Cancel',
    submit: 'Submit',
    close: 'Close',
    download: 'Download',
    count: '{{count}} items',
    escalation: 'Escalation level {{level}}',
    version: 'Version {{version}}',
  },
};

function initialLanguage(): Language {
  const saved = localStorage.getItem(KEY);
  return saved === 'en' || saved === 'zh' ? saved : 'zh';
}

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language === 'en' ? 'en' : 'zh-CN';

export function setLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  void i18n.changeLanguage(language);
}

/** A page's own strings, as an i18next namespace (added when the page's module loads). */
export function addTexts<T extends Record<string, unknown>>(namespace: string, texts: { zh: T; en: T }): void {
  i18n.addResourceBundle('zh', namespace, texts.zh, true, true);
  i18n.addResourceBundle('en', namespace, texts.en, true, true);
}

export default i18n;
