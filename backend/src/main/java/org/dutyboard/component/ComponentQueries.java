package org.dutyboard.component;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/**
 * Reads of the component catalogue. Everyone (also anonymous callers) may read the catalogue: it is
 * what the public status page shows. The override history needs VIEWER.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ComponentQueries {
  @Inject Caller caller;

  /** All components in status-page order: group, display order, name. */
  public List<ComponentView> components() {
    return Component.<Component>listAll(
            Sort.by("groupName", Sort.NullPrecedence.NULLS_FIRST).and("displayOrder").and("name"))
        .stream()
        .map(ComponentViews::of)
        .toList();
  }

  /** The component's sets and clears, newest first. Needs VIEWER. */
  public Slice<ComponentOverrideEventView> overrideHistory(UUID componentId, SliceRequest page) {
    caller.require(Role.VIEWER);
    Entities.require(Component.class, componentId, "componentId", "Component");
    Keyset keyset =
        page.keyset("at", Keyset.KeyType.INSTANT, Keyset.Order.DESCENDING_KEY_ASCENDING_ID);
    List<ComponentOverrideEvent> rows =
        ComponentOverrideEvent.<ComponentOverrideEvent>find(
                "componentId = :component" + keyset.and(),
                Sort.descending("at").and("id"),
                keyset.with(Map.of("component", componentId)))
            .page(0, page.fetchSize())
            .list();
    return page.toSlice(rows, e -> e.at.toString(), e -> e.id).map(ComponentViews::of);
  }
}
