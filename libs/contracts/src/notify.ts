export interface NotifyInput {
  eventIds: string[];
}

/** One webhook delivery: an event to a subscription. */
export interface Delivery {
  subscriptionId: string;
  eventId: string;
}
