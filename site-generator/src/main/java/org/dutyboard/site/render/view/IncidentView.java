package org.dutyboard.site.render.view;

import java.util.List;

/**
 * An incident for the home page, its own page and the monthly archive.
 *
 * @param path site path of its page
 * @param impact e.g. "Major impact"
 * @param impactCss CSS class for the impact
 * @param resolved null while active
 * @param duration e.g. "2 h 5 min", or "ongoing"
 * @param components names of affected components
 * @param updates newest first
 * @param monthPath site path of the archive month it belongs to
 */
public record IncidentView(
    String id,
    String shortId,
    String name,
    String path,
    String impact,
    String impactCss,
    String status,
    boolean active,
    TimeView started,
    TimeView resolved,
    String duration,
    List<String> components,
    List<UpdateView> updates,
    String monthPath,
    String monthLabel) {}
