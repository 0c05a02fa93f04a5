import { registerEnumType } from '@nestjs/graphql';
import { INSPECTION_FINDING_KINDS, SUPERVISION_METHODS, SUPERVISION_NOTICES } from '@hazard/domain';
import { asEnum } from '../../common/enums';

export const SupervisionMethodEnum = asEnum(SUPERVISION_METHODS);
export const SupervisionNoticeEnum = asEnum(SUPERVISION_NOTICES);
export const InspectionFindingKindEnum = asEnum(INSPECTION_FINDING_KINDS);
export const SupervisionTargetKindEnum = asEnum(['DISTRICT', 'DEPARTMENT', 'ENTERPRISE'] as const);

registerEnumType(SupervisionMethodEnum, { name: 'SupervisionMethod', description: 'OPEN 明查, COVERT 暗访, FOUR_NOS_TWO_DIRECTS 四不两直, RANDOM 随机抽查, FOLLOW_UP 回头看' });
registerEnumType(SupervisionNoticeEnum, { name: 'SupervisionNoticeKind', description: 'REMINDER 提醒, INTERVIEW 约谈, CIRCULAR 通报' });
registerEnumType(InspectionFindingKindEnum, { name: 'InspectionFindingKind' });
registerEnumType(SupervisionTargetKindEnum, { name: 'SupervisionTargetKind', description: 'ENTERPRISE is refused: enterprises are inspected (行政检查), not supervised' });
