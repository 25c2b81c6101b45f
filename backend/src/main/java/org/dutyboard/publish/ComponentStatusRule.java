package org.dutyboard.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dutyboard.site.model.AffectedComponent;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.model.PublicIncident;
import org.dutyboard.site.model.PublicUpdate;

/**
 * The current public status of components: for every open (not closed) public incident, the status
 * its latest update naming a component states for it; the worst over all such incidents wins.
 * Components no open incident names are operational (absent from the map). This is the same rule
 * the uptime bars use, read at the end of the timeline. Then {@link #effective}: active maintenance
 * makes a component UNDER_MAINTENANCE unless incidents make it worse, and a manual override
 * replaces whatever was derived.
 */
final class ComponentStatusRule {
  private ComponentStatusRule() {}

  static Map<String, ComponentStatus> current(List<PublicIncident> incidents) {
    Map<String, ComponentStatus> result = new HashMap<>();
    for (PublicIncident incident : incidents) {
      if (!incident.active()) {
        continue;
      }
      Map<String, ComponentStatus> latest = new HashMap<>();
      for (PublicUpdate update : incident.updates()) { // oldest first: later ones overwrite
        for (AffectedComponent a : update.affectedComponents()) {
          latest.put(a.componentId(), a.status());
        }
      }
      latest.forEach((id, status) -> result.merge(id, status, ComponentStatus::worst));
    }
    return result;
  }

  /**
   * The status the site shows: the incidents' status, made UNDER_MAINTENANCE for components under
   * an active maintenance when that is worse (only OPERATIONAL is better), and replaced by a manual
   * override where one applies.
   */
  static Map<String, ComponentStatus> effective(
      Map<String, ComponentStatus> fromIncidents,
      Set<String> underMaintenance,
      Map<String, ComponentStatus> overrides) {
    Map<String, ComponentStatus> result = new HashMap<>(fromIncidents);
    underMaintenance.forEach(
        id -> result.merge(id, ComponentStatus.UNDER_MAINTENANCE, ComponentStatus::worst));
    result.putAll(overrides);
    return result;
  }
}
