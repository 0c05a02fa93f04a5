import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DepartmentCommand } from '@hazard/domain';
import type { GatewayContext } from '../auth/principal';
import { DepartmentsService } from './departments.service';
import { AddDepartmentInput, ChangeDepartmentSectorsInput, RenameDepartmentInput, RetireDepartmentInput } from './dto/department.input';
import { DepartmentVersionModel } from './models/reference.model';

/** The reporting units: the committee office adds, renames, re-sectors and retires them; everyone reads their history. */
@Resolver()
export class DepartmentsResolver {
  constructor(private readonly service: DepartmentsService) {}

  @Query(() => [DepartmentVersionModel], { description: 'Every version of a reporting unit, oldest first (empty for a code never added)' })
  departmentHistory(@Args('code') code: string): Promise<DepartmentVersionModel[]> {
    return this.service.history(code);
  }

  @Mutation(() => DepartmentVersionModel, { description: 'Adds a reporting unit (committee office); a code is never given out twice' })
  addDepartment(@Args('input') input: AddDepartmentInput, @Context() ctx: GatewayContext): Promise<DepartmentVersionModel> {
    const { code, name, sectors, hasDistrictUnits } = input;
    return this.run(ctx, input, { type: 'AddDepartment', data: { code, name, sectors: [...sectors], hasDistrictUnits } });
  }

  @Mutation(() => DepartmentVersionModel, { description: 'Renames a reporting unit; reports of earlier days keep the name it had' })
  renameDepartment(@Args('input') input: RenameDepartmentInput, @Context() ctx: GatewayContext): Promise<DepartmentVersionModel> {
    const { code, name, reason } = input;
    return this.run(ctx, input, { type: 'RenameDepartment', data: { code, name, reason } });
  }

  @Mutation(() => DepartmentVersionModel, { description: 'Replaces the sectors a reporting unit supervises' })
  changeDepartmentSectors(@Args('input') input: ChangeDepartmentSectorsInput, @Context() ctx: GatewayContext): Promise<DepartmentVersionModel> {
    const { code, sectors, reason } = input;
    return this.run(ctx, input, { type: 'ChangeDepartmentSectors', data: { code, sectors: [...sectors], reason } });
  }

  @Mutation(() => DepartmentVersionModel, { description: 'Retires a reporting unit: it takes no new hazards and no longer reports; its code is not given out again' })
  retireDepartment(@Args('input') input: RetireDepartmentInput, @Context() ctx: GatewayContext): Promise<DepartmentVersionModel> {
    const { code, reason } = input;
    return this.run(ctx, input, { type: 'RetireDepartment', data: { code, reason } });
  }

  private run(ctx: GatewayContext, input: { idempotencyKey?: string | null; expectedVersion?: number | null }, command: DepartmentCommand): Promise<DepartmentVersionModel> {
    return this.service.execute(ctx.principal, ctx.request, command, { idempotencyKey: input.idempotencyKey, expectedVersion: input.expectedVersion });
  }
}
