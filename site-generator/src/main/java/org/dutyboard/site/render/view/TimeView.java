package org.dutyboard.site.render.view;

/** A point in time: UTC ISO-8601 for {@code <time datetime>} and local text for people. */
public record TimeView(String iso, String text) {}
