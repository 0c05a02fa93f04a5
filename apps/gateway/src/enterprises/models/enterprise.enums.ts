import { registerEnumType } from '@nestjs/graphql';
import { RISK_COLOURS } from '@hazard/domain';
import { asEnum } from '../../common/enums';

export const RiskColourEnum = asEnum(RISK_COLOURS);

registerEnumType(RiskColourEnum, { name: 'RiskColour', description: 'RED 红 重大风险, ORANGE 橙 较大风险, YELLOW 黄 一般风险, BLUE 蓝 低风险' });
