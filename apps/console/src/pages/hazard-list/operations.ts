import { graphql } from '../../gql';

/** A page of the list; the count only with the first page (`withCount`), since it costs the server a count. */
export const HazardListPage = graphql(`
  query HazardListPage($filter: HazardFilter, $first: Int, $after: String, $withCount: Boolean!) {
    hazards(filter: $filter, first: $first, after: $after) {
      totalCount @include(if: $withCount)
      totalCountCapped @include(if: $withCount)
      pageInfo { hasNextPage endCursor }
      edges { node { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }
    }
  }
`);

export const HazardListRegions = graphql(`
  query HazardListRegions { regions { code name } departments { code name } }
`);

export const HazardListRow = graphql(`
  query HazardListRow($id: ID!) { hazard(id: $id) { id code title level status enterpriseName regionCode deadline overdue escalationLevel foundAt version } }
`);
