package org.dutyboard.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DeliveryState")
@Description("Where a delivery of one week's report on one channel stands.")
public enum DeliveryState {
  @Description("Waiting for its first attempt.")
  PENDING,
  @Description("A sender claimed it and is sending; taken over by another after the lease.")
  SENDING,
  @Description("An attempt failed (see `lastError`); it is retried at `nextAttemptAt`.")
  RETRYING,
  @Description("Sent.")
  SENT,
  @Description("Given up after the configured number of attempts (see `lastError`).")
  FAILED,
  @Description("Not sent: the channel was removed from the team's settings before it was sent.")
  CANCELLED
}
