package org.dutyboard.common.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.junit.jupiter.api.Test;

class KeysetTest {
  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000007");

  @Test
  void firstPageHasNoCondition() {
    Keyset keyset =
        SliceRequest.of(10, null).keyset("i.at", Keyset.KeyType.INSTANT, Keyset.Order.DESCENDING);
    assertEquals("", keyset.and());
    assertEquals("1 = 1", keyset.where());
    assertEquals(Map.of(), keyset.params());
  }

  @Test
  void continuesAfterTheCursorInTheListsOrder() {
    Instant at = Instant.parse("2026-12-01T10:00:00Z");
    SliceRequest page = SliceRequest.of(10, SliceRequest.cursor(at.toString(), ID));
    Keyset newestFirst = page.keyset("i.at", Keyset.KeyType.INSTANT, Keyset.Order.DESCENDING);
    assertEquals(
        " and (i.at < :afterKey or (i.at = :afterKey and i.id < :afterId))", newestFirst.and());
    assertEquals(Map.of("afterKey", at, "afterId", ID), newestFirst.params());
    assertEquals(
        "at < :afterKey or (at = :afterKey and id > :afterId)",
        page.keyset("at", Keyset.KeyType.INSTANT, Keyset.Order.DESCENDING_KEY_ASCENDING_ID)
            .where());
  }

  @Test
  void aTextCursorIsNotATimeCursor() {
    SliceRequest page = SliceRequest.of(10, SliceRequest.cursor("alice", ID));
    assertEquals(
        Map.of("afterKey", "alice", "afterId", ID),
        page.keyset("handle", Keyset.KeyType.TEXT, Keyset.Order.ASCENDING).params());
    DutyboardException e =
        assertThrows(
            DutyboardException.class,
            () -> page.keyset("at", Keyset.KeyType.INSTANT, Keyset.Order.ASCENDING));
    assertEquals("after", e.field().orElseThrow());
  }
}
