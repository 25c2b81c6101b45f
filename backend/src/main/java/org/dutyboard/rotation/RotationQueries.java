package org.dutyboard.rotation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/** Reading rotations. Viewers read. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class RotationQueries {
  @Inject Caller caller;
  @Inject RotationRepository repository;

  public Slice<RotationView> rotations(SliceRequest page, UUID teamId) {
    caller.require(Role.VIEWER);
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (teamId != null) {
      params.put("team", teamId);
      where.append(" and teamId = :team");
    }
    Keyset keyset = page.keyset("name", Keyset.KeyType.TEXT, Keyset.Order.ASCENDING);
    where.append(keyset.and());
    List<Rotation> rows =
        Rotation.<Rotation>find(where.toString(), Sort.by("name").and("id"), keyset.with(params))
            .page(0, page.fetchSize())
            .list();
    Slice<Rotation> cut = page.toSlice(rows, r -> r.name, r -> r.id);
    List<RotationView> views =
        repository.loadCurrent(cut.items()).stream().map(RotationViews::rotation).toList();
    return new Slice<>(views, cut.pageInfo());
  }

  public Optional<RotationView> rotation(UUID id) {
    caller.require(Role.VIEWER);
    return Rotation.<Rotation>findByIdOptional(id)
        .map(r -> repository.loadCurrent(List.of(r)).get(0))
        .map(RotationViews::rotation);
  }
}
