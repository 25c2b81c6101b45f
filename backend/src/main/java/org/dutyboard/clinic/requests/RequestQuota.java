package org.dutyboard.clinic.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One requested value of a request, in input order. */
@Entity
@Table(name = "clinic_request_quota")
public class RequestQuota extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "request_id", nullable = false)
  public UUID requestId;

  @Column(nullable = false)
  public int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public QuotaResource resource;

  @Column(name = "current_value", nullable = false)
  public long currentValue;

  @Column(name = "requested_value", nullable = false)
  public long requestedValue;

  QuotaChange change() {
    return new QuotaChange(resource, currentValue, requestedValue);
  }
}
