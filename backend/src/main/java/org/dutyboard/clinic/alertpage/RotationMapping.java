package org.dutyboard.clinic.alertpage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.people.Team;
import org.dutyboard.rotation.Rotation;

/**
 * Resolves the rotation a page belongs to from a reference: a rotation id, or {@code team
 * name/rotation name} split at the first {@code /} (use the id when a team name contains one).
 */
@ApplicationScoped
class RotationMapping {

  Optional<Rotation> resolve(String reference) {
    if (reference == null || reference.isBlank()) {
      return Optional.empty();
    }
    String ref = reference.strip();
    try {
      return Rotation.findByIdOptional(UUID.fromString(ref));
    } catch (IllegalArgumentException notAnId) {
      int slash = ref.indexOf('/');
      if (slash <= 0 || slash == ref.length() - 1) {
        return Optional.empty();
      }
      return Team.<Team>find("name", ref.substring(0, slash).strip())
          .firstResultOptional()
          .flatMap(
              team ->
                  Rotation.<Rotation>find(
                          "teamId = ?1 and name = ?2", team.id, ref.substring(slash + 1).strip())
                      .firstResultOptional());
    }
  }
}
