package org.dutyboard.clinic.requests;

/**
 * One requested value: a resource from its current quota to the requested one. For a new project,
 * {@code current} is the default quota it would get.
 */
public record QuotaChange(QuotaResource resource, long current, long requested) {
  public QuotaChange {
    if (resource == null) {
      throw new IllegalArgumentException("resource is required");
    }
    if (current < 0 || requested < 0) {
      throw new IllegalArgumentException("quota values cannot be negative");
    }
  }
}
