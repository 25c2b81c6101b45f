package org.dutyboard.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.junit.jupiter.api.Test;

class RoleAssignmentTest {
  private static final List<RoleSpec> PRIMARY_SECONDARY_TERTIARY =
      List.of(
          new RoleSpec("primary", 0), new RoleSpec("secondary", 1), new RoleSpec("tertiary", 2));

  @Test
  void secondaryIsTheNextInLineWhoBecomesPrimaryAtTheNextHandoff() {
    RoleSpec primary = PRIMARY_SECONDARY_TERTIARY.get(0);
    RoleSpec secondary = PRIMARY_SECONDARY_TERTIARY.get(1);
    for (long shift = 0; shift < 20; shift++) {
      assertThat(RoleAssignment.rosterIndex(shift + 1, primary, 4))
          .isEqualTo(RoleAssignment.rosterIndex(shift, secondary, 4));
    }
  }

  @Test
  void everyRoleOfEveryShiftIsADifferentPerson() {
    List<String> roster = List.of("ana", "bo", "cy", "dee");
    for (long shift = 0; shift < 50; shift++) {
      final long s = shift;
      assertThat(
              PRIMARY_SECONDARY_TERTIARY.stream()
                  .map(r -> roster.get(RoleAssignment.rosterIndex(s, r, roster.size())))
                  .distinct())
          .hasSize(3);
    }
  }

  @Test
  void rejectsRostersThatCannotFillTheRoles() {
    assertThat(RoleAssignment.problem(PRIMARY_SECONDARY_TERTIARY, List.of("a", "b")))
        .contains("at least 3 people");
    assertThat(RoleAssignment.problem(PRIMARY_SECONDARY_TERTIARY, List.of("a", "b", "a")))
        .contains("twice");
    assertThat(
            RoleAssignment.problem(
                List.of(new RoleSpec("clinician", 0), new RoleSpec("backup", 3)),
                List.of("a", "b", "c")))
        .contains("collide");
    assertThat(RoleAssignment.problem(List.of(), List.of("a"))).contains("at least one role");
    assertThat(RoleAssignment.problem(PRIMARY_SECONDARY_TERTIARY, List.of("a", "b", "c"))).isNull();
  }

  @Test
  void negativeOffsetMakesLastWeeksPrimaryTheBackup() {
    RoleSpec backup = new RoleSpec("backup", -1);
    RoleSpec clinician = new RoleSpec("clinician", 0);
    assertThat(RoleAssignment.rosterIndex(5, backup, 4))
        .isEqualTo(RoleAssignment.rosterIndex(4, clinician, 4));
    assertThat(RoleAssignment.rosterIndex(0, backup, 4)).isEqualTo(3);
  }
}
