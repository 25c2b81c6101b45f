package org.dutyboard.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** An incident: what happened, how bad, who may see it, and the moments that matter. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public long number;

  @Column(nullable = false)
  public String title;

  /** The headline the public status page shows; the internal title never leaves the API. */
  @Column(name = "public_title")
  public String publicTitle;

  public String summary;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public IncidentStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Visibility visibility;

  /** Comma-separated {@link Audience} names. */
  @Column(nullable = false)
  public String audiences;

  /** Comma-separated {@link DeclareCriterion} names ticked when declaring. */
  @Column(name = "declare_criteria", nullable = false)
  public String declareCriteria;

  @Enumerated(EnumType.STRING)
  @Column(name = "team_involvement", nullable = false)
  public TeamInvolvement teamInvolvement;

  @Column(name = "rollback_or_hotfix", nullable = false)
  public boolean rollbackOrHotfix;

  @Column(name = "rollback_during_testing_phase", nullable = false)
  public boolean rollbackDuringTestingPhase;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "detected_at")
  public Instant detectedAt;

  @Column(name = "declared_at", nullable = false)
  public Instant declaredAt;

  @Column(name = "acknowledged_at")
  public Instant acknowledgedAt;

  @Column(name = "mitigated_at")
  public Instant mitigatedAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Column(name = "made_public_at")
  public Instant madePublicAt;

  @Column(name = "reopen_count", nullable = false)
  public int reopenCount;

  @Column(name = "declared_by", nullable = false)
  public String declaredBy;

  @Column(name = "declared_by_person_id", nullable = false)
  public UUID declaredByPersonId;

  @Column(name = "report_waiver_reason")
  public String postmortemWaiverReason;

  @Column(name = "report_waived_by")
  public String postmortemWaivedBy;

  @Version public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public List<Audience> audienceList() {
    return parse(audiences, Audience.class);
  }

  public List<DeclareCriterion> criteriaList() {
    return parse(declareCriteria, DeclareCriterion.class);
  }

  static String join(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).distinct().sorted().collect(Collectors.joining(","));
  }

  private static <E extends Enum<E>> List<E> parse(String joined, Class<E> type) {
    if (joined == null || joined.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(joined.split(",")).map(n -> Enum.valueOf(type, n)).toList();
  }
}
