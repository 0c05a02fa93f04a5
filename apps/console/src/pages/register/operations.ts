import { graphql } from '../../gql';

/** The register's operations (README "The register of major hazard sources"); the server scopes every answer by region × department. */

export const RegisterOverviewQuery = graphql(`
  query RegisterOverview($regionCode: String) {
    registerOverview(regionCode: $regionCode) {
      regionCode
      sector
      enterprises
      keyUnits
      keyUnitsByColour { red orange yellow blue }
      keyUnitsVerifiedOnSite
      keyParts
      keyPartsVerifiedOnSite
      majorHazardSources
      majorHazardSourcesByLevel
      majorHazardSourcesVerifiedOnSite
      majorHazardSourcesWithOverduePatrols
      majorHazardSourcesWithVacantRoles
    }
  }
`);

export const EnterprisesQuery = graphql(`
  query RegisterEnterprises($filter: EnterpriseFilterInput) {
    enterprises(filter: $filter) {
      id
      creditCode
      version
      name
      regionCode
      departmentCode
      sector
      address
      keyUnit { riskColour riskColourLabel basis since }
      keyParts { id name location responsibleName responsiblePhone siteVerification { at result } }
      majorHazardSources { id name }
      siteVerification { at result verifiers discrepancies evidenceHashes }
    }
  }
`);

export const SourcesQuery = graphql(`
  query RegisterSources($filter: MajorHazardSourceFilter) {
    majorHazardSources(filter: $filter) {
      id
      version
      name
      enterpriseName
      enterpriseCreditCode
      unitKind
      location
      regionCode
      departmentCode
      assessment { isMajor level r population500m assessedAt reassessBy }
      reassessmentDue
      responsiblePersons { role roleLabel name phone lastPatrolAt patrolOverdue patrolOverdueReason }
      vacantRoles
      overduePatrols
      siteVerification { at result verifiers discrepancies evidenceHashes }
    }
  }
`);

export const GradeQuery = graphql(`
  query RegisterGrade($input: MajorHazardGradeInput!) {
    majorHazardGrade(input: $input) {
      standard
      isMajor
      level
      r
      s
      alpha
      terms { name quantityTonnes criticalQuantity beta ratio }
    }
  }
`);

export const RecordPatrolMutation = graphql(`
  mutation RegisterRecordPatrol($input: RecordPatrolInput!) {
    recordPatrol(input: $input) { source { id version overduePatrols } hazards { id code } }
  }
`);

export const VerifySourceMutation = graphql(`
  mutation RegisterVerifySource($input: VerifySourceOnSiteInput!) {
    verifySourceOnSite(input: $input) { source { id version } hazards { id code } }
  }
`);

export const VerifyEnterpriseMutation = graphql(`
  mutation RegisterVerifyEnterprise($input: VerifyEnterpriseOnSiteInput!) {
    verifyEnterpriseOnSite(input: $input) { enterprise { id version } hazards { id code } }
  }
`);

export const ChemicalsQuery = graphql(`
  query RegisterChemicals { hazardousChemicals { name cas aliases criticalQuantity beta standard } }
`);

export const CadenceQuery = graphql(`
  query RegisterCadence { patrolCadence { version source savedAt rules { role everyDays beforeHolidaysWithinDays beforeMajorEventsWithinDays } } }
`);

export const RegisterEnterpriseMutation = graphql(`
  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id creditCode version } }
`);

export const DesignateKeyUnitMutation = graphql(`
  mutation RegisterDesignateKeyUnit($input: DesignateKeyUnitInput!) { designateKeyUnit(input: $input) { id version keyUnit { riskColour } } }
`);

export const AddKeyPartMutation = graphql(`
  mutation RegisterAddKeyPart($input: AddKeyPartInput!) { addKeyPart(input: $input) { id version } }
`);

export const RegisterSourceMutation = graphql(`
  mutation RegisterSource($input: RegisterMajorHazardSourceInput!) { registerMajorHazardSource(input: $input) { id version } }
`);

export const AssessSourceMutation = graphql(`
  mutation RegisterAssessSource($input: AssessMajorHazardSourceInput!) { assessMajorHazardSource(input: $input) { id version assessment { level isMajor r } } }
`);

export const AssignPersonMutation = graphql(`
  mutation RegisterAssignPerson($input: AssignResponsiblePersonInput!) { assignResponsiblePerson(input: $input) { id version vacantRoles } }
`);
