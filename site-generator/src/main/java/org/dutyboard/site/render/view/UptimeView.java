package org.dutyboard.site.render.view;

import java.util.List;

/**
 * Uptime of one component: the bars (decorative) and their full text alternative.
 *
 * @param percent e.g. "99.87% uptime", or "No data"
 * @param summary sentence covering every day of the window, e.g. "88 of 90 days without disruption"
 * @param bars one per day, oldest first
 * @param notes the days that were not fully operational, oldest first
 */
public record UptimeView(
    String percent, String summary, List<BarView> bars, List<DayNoteView> notes) {}
