package org.dutyboard.site.render.view;

/** One day of an uptime bar: CSS class (null for a fully operational day) and tooltip (or null). */
public record BarView(String css, String title) {}
