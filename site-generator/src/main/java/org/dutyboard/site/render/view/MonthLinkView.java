package org.dutyboard.site.render.view;

/** A month of the archive with its counts. */
public record MonthLinkView(String label, String path, int incidents, int maintenances) {}
