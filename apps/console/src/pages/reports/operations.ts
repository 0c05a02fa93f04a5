import { graphql } from '../../gql';

/** 报表's operations (README "The daily report": the period report and the import); the server scopes every answer. */

export const PeriodReportQuery = graphql(`
  query PeriodReport($from: String!, $to: String!, $departmentCode: String!, $regionCode: String) {
    periodReport(from: $from, to: $to, departmentCode: $departmentCode, regionCode: $regionCode) {
      kind
      from
      to
      departmentCode
      departmentName
      regionCode
      unitName
      tier
      status
      cutoff
      contentHash
      xlsxSha256
      xlsxUrl
      csvUrls
      dueAt
      late
      submittedAt
      submittedBy
      documentNumber
      receipt { number submittedAt submittedBy late dueAt documentNumber contentHash }
      attachment1 { ...ReportHazardRowFields }
      attachment2 { ...ReportHazardRowFields }
      attachment3 {
        byRegion { ...ReportStatisticsRowFields }
        bySector { ...ReportStatisticsRowFields }
        total { ...ReportStatisticsRowFields }
      }
    }
  }
`);

export const SubmitPeriodReportMutation = graphql(`
  mutation SubmitPeriodReport($input: SubmitPeriodReportInput!) {
    submitPeriodReport(input: $input) {
      from
      to
      status
      contentHash
      receipt { number submittedAt late }
    }
  }
`);
