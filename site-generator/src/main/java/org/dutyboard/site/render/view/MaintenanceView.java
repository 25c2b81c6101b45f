package org.dutyboard.site.render.view;

import java.util.List;

/** A scheduled maintenance; {@code updates} newest first. */
public record MaintenanceView(
    String id,
    String name,
    String path,
    String status,
    boolean active,
    TimeView from,
    TimeView until,
    List<String> components,
    String message,
    List<UpdateView> updates,
    String monthPath,
    String monthLabel) {}
