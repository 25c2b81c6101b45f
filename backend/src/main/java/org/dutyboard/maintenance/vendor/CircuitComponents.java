package org.dutyboard.maintenance.vendor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.dutyboard.component.Component;

/**
 * The configured table circuit id to status-page component ({@code
 * dutyboard.maintenance.vendor.circuit-components}), resolved against the catalogue: a value names
 * a component by id or by name (case-insensitive). Values that name no component are reported and
 * leave the circuit unmapped, so a typo never refuses a provider's notification.
 */
final class CircuitComponents {
  private final Map<String, UUID> byCircuit = new HashMap<>();

  CircuitComponents(
      Map<String, String> table, List<Component> catalogue, Consumer<String> unknownTarget) {
    Map<String, UUID> byName = new HashMap<>();
    catalogue.forEach(
        c -> {
          byName.put(c.id.toString(), c.id);
          byName.putIfAbsent(c.name.toLowerCase(Locale.ROOT), c.id);
        });
    table.forEach(
        (circuit, target) -> {
          UUID id = byName.get(target.strip().toLowerCase(Locale.ROOT));
          if (id == null) {
            unknownTarget.accept(circuit + "=" + target);
          } else {
            byCircuit.put(circuit.strip(), id);
          }
        });
  }

  /** The component of each circuit that has one, in the circuits' order. */
  Map<String, UUID> of(List<String> circuits) {
    Map<String, UUID> result = new LinkedHashMap<>();
    circuits.forEach(
        c -> {
          UUID id = byCircuit.get(c);
          if (id != null) {
            result.put(c, id);
          }
        });
    return result;
  }
}
