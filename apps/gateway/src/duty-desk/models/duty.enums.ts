import { registerEnumType } from '@nestjs/graphql';
import { CONDITIONS, DUTY_CHANNELS, DUTY_LEVELS, DUTY_ROLES, TEAM_TYPES } from '@hazard/domain';
import { asEnum } from '../../common/enums';

export const DutyRoleEnum = asEnum(DUTY_ROLES);
export const DutyLevelEnum = asEnum(DUTY_LEVELS);
export const DutyChannelEnum = asEnum(DUTY_CHANNELS);
export const TeamTypeEnum = asEnum(TEAM_TYPES);
export const ConditionEnum = asEnum(CONDITIONS);
export const PresenceEnum = asEnum(['ON_POST', 'OFF_POST'] as const);
export const ResourceKindEnum = asEnum(['TEAM', 'DEPOT'] as const);

registerEnumType(DutyRoleEnum, { name: 'DutyRole', description: 'DUTY_LEADER 带班领导, SHIFT_HEAD 值班长, DISPATCHER 调度员, INFORMATION_OFFICER 信息员, TECHNICAL_SUPPORT 技术保障' });
registerEnumType(DutyLevelEnum, { name: 'DutyLevel', description: 'CITY: all five roles; DISTRICT: duty leader, shift head, dispatcher (a roster may require more)' });
registerEnumType(DutyChannelEnum, { name: 'DutyChannel' });
registerEnumType(TeamTypeEnum, { name: 'RescueTeamType' });
registerEnumType(ConditionEnum, { name: 'StockCondition' });
registerEnumType(PresenceEnum, { name: 'DutyPresence' });
registerEnumType(ResourceKindEnum, { name: 'EmergencyResourceKind' });
