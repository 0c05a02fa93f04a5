import { graphql } from '../../gql';

/**
 * A block of the list; the count only with the first one (`withCount`), since it costs the server a count. Later
 * blocks are an offset after the first row's cursor (useHazardRows).
 */
export const HazardListPage = graphql(`
  query HazardListPage($filter: HazardFilter, $first: Int, $after: String, $offset: Int, $withCount: Boolean!) {
    hazards(filter: $filter, first: $first, after: $after, offset: $offset) {
      totalCount @include(if: $withCount)
      totalCountCapped @include(if: $withCount)
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }
    }
  }
`);

export const HazardListRegions = graphql(`
  query HazardListRegions { regions { code name } departments { code name } }
`);

export const HazardListRow = graphql(`
  query HazardListRow($id: ID!) { hazard(id: $id) { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }
`);
