package org.dutyboard.followup;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * OPEN -> IN_PROGRESS -> DONE; OPEN or IN_PROGRESS -> WONT_DO (with a reason); IN_PROGRESS -> OPEN;
 * DONE or WONT_DO -> OPEN (reopen).
 */
@Enum("FollowUpStatus")
@Description(
    "Follow-up lifecycle: OPEN -> IN_PROGRESS -> DONE, or WONT_DO with a reason; finished tasks"
        + " can be reopened.")
public enum FollowUpStatus {
  @Description("Not started.")
  OPEN,
  @Description("Someone is working on it.")
  IN_PROGRESS,
  @Description("Done.")
  DONE,
  @Description("Decided against, with a recorded reason.")
  WONT_DO;

  private static final Map<FollowUpStatus, Set<FollowUpStatus>> NEXT =
      Map.of(
          OPEN, EnumSet.of(IN_PROGRESS, DONE, WONT_DO),
          IN_PROGRESS, EnumSet.of(OPEN, DONE, WONT_DO),
          DONE, EnumSet.of(OPEN),
          WONT_DO, EnumSet.of(OPEN));

  public boolean canMoveTo(FollowUpStatus to) {
    return NEXT.get(this).contains(to);
  }

  /** The statuses that are still open ({@link #isOpen}), for queries over them. */
  public static final List<FollowUpStatus> OPEN_STATUSES =
      Arrays.stream(values()).filter(FollowUpStatus::isOpen).toList();

  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
