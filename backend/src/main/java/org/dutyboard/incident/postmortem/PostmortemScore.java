package org.dutyboard.incident.postmortem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One answered scorecard question of a report. */
@Entity
@Table(name = "report_score")
public class PostmortemScore extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "report_id", nullable = false)
  public UUID reportId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ScorecardQuestion question;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ScorecardAnswer answer;

  public String note;
}
