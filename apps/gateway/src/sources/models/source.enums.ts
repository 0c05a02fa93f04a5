import { registerEnumType } from '@nestjs/graphql';
import { RESPONSIBLE_ROLES, SITE_RESULTS, UNIT_KINDS } from '@hazard/domain';
import { asEnum } from '../../common/enums';

export const ResponsibleRoleEnum = asEnum(RESPONSIBLE_ROLES);
export const UnitKindEnum = asEnum(UNIT_KINDS);
export const SiteResultEnum = asEnum(SITE_RESULTS);

registerEnumType(ResponsibleRoleEnum, { name: 'ResponsibleRole', description: 'PRINCIPAL 主要负责人, TECHNICAL 技术负责人, OPERATIONAL 操作负责人' });
registerEnumType(SiteResultEnum, { name: 'SiteVerificationResult', description: 'CONSISTENT 一致, INCONSISTENT 不一致, NEW 新发现, TO_DEREGISTER 应注销' });
registerEnumType(UnitKindEnum, { name: 'HazardUnitKind', description: 'PRODUCTION 生产单元, STORAGE 储存单元' });
