package org.dutyboard.clinic.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person's approval of a request, recorded with it (the seeds: "explicitly documented"). */
@Entity
@Table(name = "clinic_request_approval")
public class RequestApproval extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "request_id", nullable = false)
  public UUID requestId;

  @Column(name = "approver_person_id", nullable = false)
  public UUID approverPersonId;

  @Column(name = "approver_name", nullable = false)
  public String approverName;

  public String comment;

  @Column(name = "approved_at", nullable = false)
  public Instant approvedAt;
}
