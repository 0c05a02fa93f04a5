import { registerEnumType } from '@nestjs/graphql';
import { INCIDENT_LEVELS, REPORT_KINDS } from '@hazard/domain';
import { asEnum } from '../../common/enums';

export const IncidentLevelEnum = asEnum(INCIDENT_LEVELS);
export const ReportKindEnum = asEnum(REPORT_KINDS);

registerEnumType(IncidentLevelEnum, { name: 'IncidentLevel', description: 'ORDINARY 一般, LARGER 较大, MAJOR 重大, ESPECIALLY_MAJOR 特别重大' });
registerEnumType(ReportKindEnum, { name: 'IncidentReportKind', description: 'UNIT_REPORT 单位报告, PHONE_FLASH 电话快报, WRITTEN_FIRST 书面首报, PASS_ON 逐级上报, FOLLOW_UP 续报, FINAL 终报, SUPPLEMENTARY 补报' });
